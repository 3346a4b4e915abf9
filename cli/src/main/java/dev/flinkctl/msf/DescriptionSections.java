package dev.flinkctl.msf;

import dev.flinkctl.msf.ApplicationDescription.Field;
import dev.flinkctl.msf.ApplicationDescription.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CheckpointConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.FlinkApplicationConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.MonitoringConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ParallelismConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RunConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.S3ApplicationCodeLocationDescription;

/** Builds the readable sections of {@link ApplicationDescription} from an ApplicationDetail. */
final class DescriptionSections {
    /** The version history shows at most this many versions, newest first. */
    static final int VERSIONS_SHOWN = 10;

    private final List<Section> sections = new ArrayList<>();
    private List<Field> fields;

    private DescriptionSections() {
    }

    static List<Section> of(ApplicationDetail detail, List<ApplicationVersionSummary> versions) {
        ApplicationConfigurationDescription config = detail.applicationConfigurationDescription();
        DescriptionSections s = new DescriptionSections();
        s.section("Application")
                .field("name", detail.applicationName()).field("arn", detail.applicationARN())
                .field("description", detail.applicationDescription())
                .field("status", detail.applicationStatusAsString())
                .field("version", detail.applicationVersionId())
                .field("runtime", detail.runtimeEnvironmentAsString())
                .field("role", detail.serviceExecutionRole())
                .field("created", detail.createTimestamp()).field("last update", detail.lastUpdateTimestamp())
                .field("updated from", detail.applicationVersionUpdatedFrom())
                .field("rolled back from", detail.applicationVersionRolledBackFrom())
                .field("rolled back to", detail.applicationVersionRolledBackTo());
        S3ApplicationCodeLocationDescription s3 = CodeLocations.s3(detail);
        s.section("Code").field("location", CodeLocations.of(detail))
                .field("object version", s3 == null ? null : s3.objectVersion());
        if (config != null && config.applicationCodeConfigurationDescription() != null) {
            s.field("content type", config.applicationCodeConfigurationDescription().codeContentTypeAsString());
            var content = config.applicationCodeConfigurationDescription().codeContentDescription();
            s.field("size (bytes)", content == null ? null : content.codeSize())
                    .field("md5", content == null ? null : content.codeMD5());
        }
        s.flink(config == null ? null : config.flinkApplicationConfigurationDescription());
        s.properties(config);
        s.snapshots(config);
        s.section("Logging");
        if (detail.hasCloudWatchLoggingOptionDescriptions() && !detail.cloudWatchLoggingOptionDescriptions().isEmpty()) {
            detail.cloudWatchLoggingOptionDescriptions().forEach(o -> s.field("log stream", o.logStreamARN()));
        } else {
            s.field("cloudwatch", "off");
        }
        s.section("Versions").field("history", history(versions));
        return s.sections.stream().map(x -> new Section(x.title(), List.copyOf(x.fields()))).toList();
    }

    private void flink(FlinkApplicationConfigurationDescription flink) {
        section("Flink configuration");
        if (flink == null) {
            return;
        }
        CheckpointConfigurationDescription c = flink.checkpointConfigurationDescription();
        if (c != null) {
            field("checkpointing", join(c.configurationTypeAsString(), Boolean.FALSE.equals(c.checkpointingEnabled())
                    ? "off" : "on", c.checkpointInterval() == null ? null : "every " + c.checkpointInterval() + " ms",
                    c.minPauseBetweenCheckpoints() == null ? null
                            : "min pause " + c.minPauseBetweenCheckpoints() + " ms"));
        }
        ParallelismConfigurationDescription p = flink.parallelismConfigurationDescription();
        if (p != null) {
            field("parallelism", join(p.configurationTypeAsString(), p.parallelism() == null ? null
                    : String.valueOf(p.parallelism()), p.currentParallelism() == null ? null
                    : "current " + p.currentParallelism(), p.parallelismPerKPU() == null ? null
                    : p.parallelismPerKPU() + " per KPU", p.autoScalingEnabled() == null ? null
                    : "autoscaling " + (p.autoScalingEnabled() ? "on" : "off")));
        }
        MonitoringConfigurationDescription m = flink.monitoringConfigurationDescription();
        if (m != null) {
            field("monitoring", join(m.configurationTypeAsString(), m.metricsLevel() == null ? null
                    : "metrics " + m.metricsLevelAsString(), m.logLevel() == null ? null : "log " + m.logLevelAsString()));
        }
        field("job plan", flink.jobPlanDescription());
    }

    private void properties(ApplicationConfigurationDescription config) {
        section("Property groups");
        if (config == null || config.environmentPropertyDescriptions() == null
                || config.environmentPropertyDescriptions().propertyGroupDescriptions().isEmpty()) {
            field("groups", "none");
            return;
        }
        config.environmentPropertyDescriptions().propertyGroupDescriptions().forEach(group ->
                group.propertyMap().forEach((key, value) -> field(group.propertyGroupId() + "." + key, value)));
    }

    private void snapshots(ApplicationConfigurationDescription config) {
        section("Snapshots");
        if (config == null) {
            return;
        }
        field("enabled", config.applicationSnapshotConfigurationDescription() == null ? null
                : yesNo(config.applicationSnapshotConfigurationDescription().snapshotsEnabled()));
        field("system rollback", config.applicationSystemRollbackConfigurationDescription() == null ? null
                : yesNo(config.applicationSystemRollbackConfigurationDescription().rollbackEnabled()));
        RunConfigurationDescription run = config.runConfigurationDescription();
        if (run != null && run.applicationRestoreConfigurationDescription() != null) {
            field("restored with", join(run.applicationRestoreConfigurationDescription().applicationRestoreTypeAsString(),
                    run.applicationRestoreConfigurationDescription().snapshotName()));
        }
        if (run != null && run.flinkRunConfigurationDescription() != null) {
            field("allow non-restored state", yesNo(run.flinkRunConfigurationDescription().allowNonRestoredState()));
        }
    }

    static String history(List<ApplicationVersionSummary> versions) {
        if (versions.isEmpty()) {
            return "-";
        }
        String shown = versions.stream().limit(VERSIONS_SHOWN)
                .map(v -> v.applicationVersionId() + " " + v.applicationStatusAsString())
                .collect(Collectors.joining(", "));
        int older = versions.size() - VERSIONS_SHOWN;
        return shown + (older > 0 ? " (and " + older + " older)" : "");
    }

    private DescriptionSections section(String title) {
        fields = new ArrayList<>();
        sections.add(new Section(title, fields));
        return this;
    }

    private DescriptionSections field(String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            fields.add(new Field(key, value.toString()));
        }
        return this;
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

    private static String join(String... parts) {
        String joined = java.util.Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }
}
