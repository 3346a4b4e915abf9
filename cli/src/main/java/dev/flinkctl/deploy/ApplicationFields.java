package dev.flinkctl.deploy;

import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.spec.PropertyValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CheckpointConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CloudWatchLoggingOptionDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.FlinkApplicationConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.MonitoringConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ParallelismConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.S3ApplicationCodeLocationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.VpcConfigurationDescription;

/**
 * An application flattened to {@code field → value} strings, so that the spec and a live {@code DescribeApplication}
 * compare field by field. Both sides use the same names (those of the spec file) and the same units (durations in
 * ms). With MSF's DEFAULT checkpoint and monitoring configurations the service reports its forced values
 * (checkpoints every 60,000 ms, 5,000 ms min pause; INFO, APPLICATION: see
 * https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_CheckpointConfiguration.html), so the spec side uses
 * those too.
 */
public final class ApplicationFields {
    static final String PROPERTIES = "properties.";
    static final String TAGS = "tags.";
    static final String MASK = "****";

    private ApplicationFields() {
    }

    /** @return the desired application's fields, in spec order; sensitive values as they are (mask on display) */
    public static Map<String, String> of(DesiredApplication desired) {
        ApplicationSpec spec = desired.spec();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("runtimeEnvironment", spec.runtimeEnvironment());
        f.put("serviceExecutionRole", desired.role());
        f.put("code", desired.code().uri());
        f.put("scaling.parallelism", Integer.toString(spec.scaling().parallelism()));
        f.put("scaling.parallelismPerKpu", Integer.toString(spec.scaling().parallelismPerKpu()));
        f.put("scaling.autoScaling", Boolean.toString(spec.scaling().autoScaling()));
        boolean customCheckpoints = spec.checkpointing().custom();
        f.put("checkpointing.configurationType", customCheckpoints ? "CUSTOM" : "DEFAULT");
        f.put("checkpointing.enabled", Boolean.toString(!customCheckpoints || spec.checkpointing().enabled()));
        f.put("checkpointing.intervalMs", Long.toString(customCheckpoints
                ? spec.checkpointing().interval().toMillis() : 60_000));
        f.put("checkpointing.minPauseBetweenMs", Long.toString(customCheckpoints
                ? spec.checkpointing().minPauseBetween().toMillis() : 5_000));
        boolean customMonitoring = spec.monitoring().custom();
        f.put("monitoring.configurationType", customMonitoring ? "CUSTOM" : "DEFAULT");
        f.put("monitoring.logLevel", customMonitoring ? spec.monitoring().logLevel() : "INFO");
        f.put("monitoring.metricsLevel", customMonitoring ? spec.monitoring().metricsLevel() : "APPLICATION");
        f.put("snapshots", Boolean.toString(spec.snapshots()));
        f.put("systemRollback", Boolean.toString(spec.systemRollback()));
        f.put("logging.logStreamArn", desired.logStreamArn());
        if (spec.vpc() != null) {
            f.put("vpc.subnetIds", String.join(",", spec.vpc().subnetIds()));
            f.put("vpc.securityGroupIds", String.join(",", spec.vpc().securityGroupIds()));
        }
        spec.properties().forEach((group, map) -> map.forEach((key, value) ->
                f.put(PROPERTIES + group + "." + key, value.value())));
        spec.tags().forEach((key, value) -> f.put(TAGS + key, value));
        f.values().removeIf(Objects::isNull);
        return f;
    }

    /**
     * @param live the application as DescribeApplication reports it
     * @param tags its tags
     * @return its fields
     */
    public static Map<String, String> of(ApplicationDetail live, Map<String, String> tags) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("runtimeEnvironment", live.runtimeEnvironmentAsString());
        f.put("serviceExecutionRole", live.serviceExecutionRole());
        ApplicationConfigurationDescription config = live.applicationConfigurationDescription();
        if (config != null) {
            if (config.applicationCodeConfigurationDescription() != null
                    && config.applicationCodeConfigurationDescription().codeContentDescription() != null) {
                S3ApplicationCodeLocationDescription s3 = config.applicationCodeConfigurationDescription()
                        .codeContentDescription().s3ApplicationCodeLocationDescription();
                if (s3 != null) {
                    f.put("code", "s3://" + s3.bucketARN().replaceFirst("^arn:aws[a-z-]*:s3:::", "") + "/"
                            + s3.fileKey());
                }
            }
            flink(config.flinkApplicationConfigurationDescription(), f);
            if (config.applicationSnapshotConfigurationDescription() != null) {
                f.put("snapshots", Boolean.toString(
                        config.applicationSnapshotConfigurationDescription().snapshotsEnabled()));
            }
            f.put("systemRollback", Boolean.toString(config.applicationSystemRollbackConfigurationDescription() != null
                    && Boolean.TRUE.equals(config.applicationSystemRollbackConfigurationDescription().rollbackEnabled())));
            List<CloudWatchLoggingOptionDescription> logging = live.cloudWatchLoggingOptionDescriptions();
            if (logging != null && !logging.isEmpty()) {
                f.put("logging.logStreamArn", logging.get(0).logStreamARN());
            }
            if (config.vpcConfigurationDescriptions() != null && !config.vpcConfigurationDescriptions().isEmpty()) {
                VpcConfigurationDescription vpc = config.vpcConfigurationDescriptions().get(0);
                f.put("vpc.subnetIds", String.join(",", vpc.subnetIds()));
                f.put("vpc.securityGroupIds", String.join(",", vpc.securityGroupIds()));
            }
            if (config.environmentPropertyDescriptions() != null) {
                for (PropertyGroup group : config.environmentPropertyDescriptions().propertyGroupDescriptions()) {
                    new TreeMap<>(group.propertyMap()).forEach((key, value) ->
                            f.put(PROPERTIES + group.propertyGroupId() + "." + key, value));
                }
            }
        }
        tags.forEach((key, value) -> f.put(TAGS + key, value));
        f.values().removeIf(Objects::isNull);
        return f;
    }

    private static void flink(FlinkApplicationConfigurationDescription flink, Map<String, String> f) {
        if (flink == null) {
            return;
        }
        ParallelismConfigurationDescription parallelism = flink.parallelismConfigurationDescription();
        if (parallelism != null) {
            f.put("scaling.parallelism", String.valueOf(parallelism.parallelism()));
            f.put("scaling.parallelismPerKpu", String.valueOf(parallelism.parallelismPerKPU()));
            f.put("scaling.autoScaling", String.valueOf(parallelism.autoScalingEnabled()));
        }
        CheckpointConfigurationDescription checkpoints = flink.checkpointConfigurationDescription();
        if (checkpoints != null) {
            f.put("checkpointing.configurationType", checkpoints.configurationTypeAsString());
            f.put("checkpointing.enabled", String.valueOf(checkpoints.checkpointingEnabled()));
            f.put("checkpointing.intervalMs", String.valueOf(checkpoints.checkpointInterval()));
            f.put("checkpointing.minPauseBetweenMs", String.valueOf(checkpoints.minPauseBetweenCheckpoints()));
        }
        MonitoringConfigurationDescription monitoring = flink.monitoringConfigurationDescription();
        if (monitoring != null) {
            f.put("monitoring.configurationType", monitoring.configurationTypeAsString());
            f.put("monitoring.logLevel", monitoring.logLevelAsString());
            f.put("monitoring.metricsLevel", monitoring.metricsLevelAsString());
        }
    }

    /**
     * @param live      the live fields
     * @param desired   the desired fields
     * @param sensitive fields whose values must never be shown (both sides are masked)
     * @return the differences, in desired order then removed fields; values masked where sensitive
     */
    public static List<Change> diff(Map<String, String> live, Map<String, String> desired, Set<String> sensitive) {
        Set<String> fields = new LinkedHashSet<>(desired.keySet());
        fields.addAll(live.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String from = live.get(field);
            String to = desired.get(field);
            if (!Objects.equals(from, to)) {
                // A property the spec no longer has may have been a secret: its old value is never shown.
                boolean secret = sensitive.contains(field) || (to == null && field.startsWith(PROPERTIES));
                changes.add(new Change(field, secret && from != null ? MASK : from, secret && to != null ? MASK : to,
                        !field.startsWith(TAGS)));
            }
        }
        return changes;
    }

    /** @return the fields of the spec's sensitive properties, e.g. {@code properties.Database.password} */
    public static Set<String> sensitive(ApplicationSpec spec) {
        Set<String> fields = new LinkedHashSet<>();
        spec.properties().forEach((group, map) -> map.forEach((key, value) -> {
            if (value.sensitive()) {
                fields.add(PROPERTIES + group + "." + key);
            }
        }));
        return fields;
    }

    /** @return the display value of one property: masked when sensitive */
    static String display(PropertyValue value) {
        return value.sensitive() ? MASK : value.value();
    }
}
