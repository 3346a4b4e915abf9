package dev.flinkctl.msf.versions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;

/** Application versions for tests: a Flink application whose code, parallelism and properties vary. */
final class Details {
    static final Instant CREATED = Instant.parse("2025-01-01T12:00:00Z");

    private Details() {
    }

    /**
     * @param version       the version id
     * @param updatedFrom   ApplicationVersionUpdatedFrom, or null
     * @param objectVersion the S3 object version of the code, or null
     * @param parallelism   the configured parallelism
     * @param properties    the Counter group's properties
     */
    static ApplicationDetail version(long version, Long updatedFrom, String objectVersion, int parallelism,
                                     Map<String, String> properties) {
        return ApplicationDetail.builder().applicationName("fraud").applicationARN("arn:fraud")
                .applicationStatus("RUNNING").runtimeEnvironment("FLINK-1_20").serviceExecutionRole("arn:role")
                .applicationVersionId(version).applicationVersionUpdatedFrom(updatedFrom)
                .applicationVersionCreateTimestamp(CREATED.plusSeconds(version)).createTimestamp(CREATED)
                .applicationConfigurationDescription(c -> c
                        .applicationCodeConfigurationDescription(code -> code.codeContentType("ZIPFILE")
                                .codeContentDescription(content -> content.s3ApplicationCodeLocationDescription(s3 -> s3
                                        .bucketARN("arn:aws:s3:::code").fileKey("job.jar")
                                        .objectVersion(objectVersion))))
                        .flinkApplicationConfigurationDescription(f -> f.parallelismConfigurationDescription(p -> p
                                .configurationType("CUSTOM").parallelism(parallelism).parallelismPerKPU(1)
                                .autoScalingEnabled(false)))
                        .environmentPropertyDescriptions(e -> e.propertyGroupDescriptions(PropertyGroup.builder()
                                .propertyGroupId("Counter").propertyMap(new LinkedHashMap<>(properties)).build()))
                        .applicationSnapshotConfigurationDescription(s -> s.snapshotsEnabled(true)))
                .build();
    }

    /** Version {@code version}, updated from the one before, with parallelism 1 and no object version. */
    static ApplicationDetail version(long version, Map<String, String> properties) {
        return version(version, version > 1 ? version - 1 : null, null, 1, properties);
    }
}
