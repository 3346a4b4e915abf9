package dev.flinkctl.msf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.msf.ApplicationDescription.Field;
import dev.flinkctl.msf.ApplicationDescription.Section;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;

class ApplicationDescriptionTest {
    static final ApplicationDetail DETAIL = ApplicationDetail.builder().applicationName("fraud")
            .applicationStatus("READY").applicationVersionId(2L).runtimeEnvironment("FLINK-1_20")
            .createTimestamp(Instant.parse("2025-01-01T12:00:00Z"))
            .applicationConfigurationDescription(c -> c
                    .applicationCodeConfigurationDescription(code -> code.codeContentType("ZIPFILE")
                            .codeContentDescription(content -> content.codeSize(1024L)
                                    .s3ApplicationCodeLocationDescription(s3 -> s3.bucketARN("arn:aws:s3:::b")
                                            .fileKey("job.jar"))))
                    .environmentPropertyDescriptions(e -> e.propertyGroupDescriptions(PropertyGroup.builder()
                            .propertyGroupId("Db").propertyMap(Map.of("db.password", "hunter2")).build()))
                    .applicationSnapshotConfigurationDescription(s -> s.snapshotsEnabled(true)))
            .build();

    static List<ApplicationVersionSummary> versions(long newest) {
        return LongStream.iterate(newest, v -> v >= 1, v -> v - 1).mapToObj(v -> ApplicationVersionSummary.builder()
                .applicationVersionId(v).applicationStatus("READY").build()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Object property(Map<String, Object> document) {
        var config = (Map<String, Object>) document.get("ApplicationConfigurationDescription");
        var env = (Map<String, Object>) config.get("EnvironmentPropertyDescriptions");
        var groups = (List<Map<String, Object>>) env.get("PropertyGroupDescriptions");
        return ((Map<String, Object>) groups.get(0).get("PropertyMap")).get("db.password");
    }

    @Test
    void shouldShapeTheDocumentAsTheApiDoesWithSecretsMasked() {
        ApplicationDescription description = ApplicationDescription.of(DETAIL, versions(2), false);

        assertThat(description.document()).containsEntry("ApplicationName", "fraud")
                .containsEntry("ApplicationStatus", "READY").containsEntry("ApplicationVersionId", 2L)
                .containsEntry("CreateTimestamp", Instant.parse("2025-01-01T12:00:00Z"))
                .doesNotContainKey("CloudWatchLoggingOptionDescriptions");
        assertThat(property(description.document())).isEqualTo("****");
    }

    @Test
    void shouldShowValuesWhenAsked() {
        assertThat(property(ApplicationDescription.of(DETAIL, versions(2), true).document())).isEqualTo("hunter2");
    }

    @Test
    void shouldListReadableSections() {
        List<Section> sections = ApplicationDescription.of(DETAIL, versions(12), false).sections();

        assertThat(sections).extracting(Section::title).containsExactly("Application", "Code",
                "Flink configuration", "Property groups", "Snapshots", "Logging", "Versions");
        assertThat(sections.get(1).fields()).contains(new Field("location", "s3://b/job.jar"),
                new Field("size (bytes)", "1024"));
        assertThat(sections.get(3).fields()).containsExactly(new Field("Db.db.password", "****"));
        assertThat(sections.get(5).fields()).containsExactly(new Field("cloudwatch", "off"));
        assertThat(sections.get(6).fields().get(0).value())
                .startsWith("12 READY, 11 READY").endsWith("3 READY (and 2 older)");
    }

    @Test
    void shouldEncodeBlobsAsBase64() {
        var sql = software.amazon.awssdk.services.kinesisanalyticsv2.model.CodeContentDescription.builder()
                .textContent("SELECT 1").build();
        assertThat(ModelMaps.toMap(sql)).containsExactly(Map.entry("TextContent", "SELECT 1"));
        var zip = software.amazon.awssdk.services.kinesisanalyticsv2.model.CodeContent.builder()
                .zipFileContent(SdkBytes.fromUtf8String("PK")).build();
        assertThat(ModelMaps.toMap(zip)).containsEntry("ZipFileContent", "UEs=");
    }
}
