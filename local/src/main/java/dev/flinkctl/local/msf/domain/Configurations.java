package dev.flinkctl.local.msf.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationCodeConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationCodeConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationCodeConfigurationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfigurationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationSnapshotConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationSystemRollbackConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CheckpointConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CheckpointConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CheckpointConfigurationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CodeContent;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CodeContentDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CodeContentType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CodeContentUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ConfigurationType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.EnvironmentPropertyDescriptions;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.FlinkApplicationConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.FlinkApplicationConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.FlinkApplicationConfigurationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.LogLevel;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.MetricsLevel;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.MonitoringConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.MonitoringConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.MonitoringConfigurationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ParallelismConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ParallelismConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ParallelismConfigurationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RuntimeEnvironment;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.S3ApplicationCodeLocationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.S3ContentLocation;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.S3ContentLocationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.VpcConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.VpcConfigurationDescription;

/**
 * The configuration model of a Flink application: turns what CreateApplication and UpdateApplication
 * send into what DescribeApplication returns, fills in the service's defaults and checks the
 * service's limits. Defaults and limits are from the API reference and the developer guide.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_CheckpointConfiguration.html">CheckpointConfiguration</a>
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-scaling.html">Application scaling</a>
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/limits.html">Quota</a>
 */
public final class Configurations {
    /** With {@code DEFAULT} checkpointing the service forces a 60,000 ms interval. */
    public static final long DEFAULT_CHECKPOINT_INTERVAL_MS = 60_000;
    /** With {@code DEFAULT} checkpointing the service forces a 5,000 ms minimum pause. */
    public static final long DEFAULT_MIN_PAUSE_MS = 5_000;
    /** Default maximum parallelism of an application. */
    public static final int MAX_PARALLELISM = 256;
    /** Maximum parallelism per KPU. */
    public static final int MAX_PARALLELISM_PER_KPU = 8;
    private static final Pattern ID = Pattern.compile("[a-zA-Z0-9_.-]+");
    private static final int MAX_PROPERTY_GROUPS = 50;
    private static final int MAX_PROPERTIES_PER_GROUP = 50;
    private static final int MAX_PROPERTY_LENGTH = 2048;

    private Configurations() {}

    /**
     * The description of a new application's configuration, with the service's defaults.
     *
     * @throws MsfException InvalidArgumentException naming the field that breaks a limit
     */
    public static ApplicationConfigurationDescription describe(ApplicationConfiguration config) {
        ApplicationConfiguration c = config == null ? ApplicationConfiguration.builder().build() : config;
        FlinkApplicationConfiguration flink = c.flinkApplicationConfiguration() == null
                ? FlinkApplicationConfiguration.builder().build() : c.flinkApplicationConfiguration();
        var description = ApplicationConfigurationDescription.builder()
                .flinkApplicationConfigurationDescription(FlinkApplicationConfigurationDescription.builder()
                        .checkpointConfigurationDescription(checkpoint(flink.checkpointConfiguration()))
                        .monitoringConfigurationDescription(monitoring(flink.monitoringConfiguration()))
                        .parallelismConfigurationDescription(parallelism(flink.parallelismConfiguration()))
                        .build())
                .environmentPropertyDescriptions(properties(
                        c.environmentProperties() == null ? List.of() : c.environmentProperties().propertyGroups()))
                .applicationSnapshotConfigurationDescription(ApplicationSnapshotConfigurationDescription.builder()
                        .snapshotsEnabled(c.applicationSnapshotConfiguration() == null
                                || !Boolean.FALSE.equals(c.applicationSnapshotConfiguration().snapshotsEnabled()))
                        .build())
                .applicationSystemRollbackConfigurationDescription(ApplicationSystemRollbackConfigurationDescription.builder()
                        .rollbackEnabled(c.applicationSystemRollbackConfiguration() != null
                                && Boolean.TRUE.equals(c.applicationSystemRollbackConfiguration().rollbackEnabled()))
                        .build());
        if (c.applicationCodeConfiguration() != null) {
            description.applicationCodeConfigurationDescription(code(c.applicationCodeConfiguration()));
        }
        if (c.hasVpcConfigurations()) {
            List<VpcConfigurationDescription> vpcs = new ArrayList<>();
            for (VpcConfiguration vpc : c.vpcConfigurations()) {
                vpcs.add(VpcConfigurationDescription.builder().vpcConfigurationId(vpcs.size() + 1 + ".1")
                        .vpcId("vpc-local").subnetIds(vpc.subnetIds()).securityGroupIds(vpc.securityGroupIds()).build());
            }
            description.vpcConfigurationDescriptions(vpcs);
        }
        return description.build();
    }

    /**
     * The configuration after an update: every member the update sets replaces the old one; property
     * groups are replaced as a whole list, as the service does.
     *
     * @throws MsfException InvalidArgumentException naming the field that breaks a limit
     */
    public static ApplicationConfigurationDescription update(
            ApplicationConfigurationDescription current, ApplicationConfigurationUpdate update) {
        if (update == null) {
            return current;
        }
        var next = current.toBuilder();
        FlinkApplicationConfigurationUpdate flink = update.flinkApplicationConfigurationUpdate();
        if (flink != null) {
            var f = current.flinkApplicationConfigurationDescription().toBuilder();
            if (flink.checkpointConfigurationUpdate() != null) {
                f.checkpointConfigurationDescription(checkpoint(current.flinkApplicationConfigurationDescription()
                        .checkpointConfigurationDescription(), flink.checkpointConfigurationUpdate()));
            }
            if (flink.monitoringConfigurationUpdate() != null) {
                MonitoringConfigurationUpdate m = flink.monitoringConfigurationUpdate();
                MonitoringConfigurationDescription old = current.flinkApplicationConfigurationDescription().monitoringConfigurationDescription();
                f.monitoringConfigurationDescription(monitoring(MonitoringConfiguration.builder()
                        .configurationType(or(m.configurationTypeUpdateAsString(), old.configurationTypeAsString()))
                        .metricsLevel(or(m.metricsLevelUpdateAsString(), old.metricsLevelAsString()))
                        .logLevel(or(m.logLevelUpdateAsString(), old.logLevelAsString()))
                        .build()));
            }
            if (flink.parallelismConfigurationUpdate() != null) {
                ParallelismConfigurationUpdate p = flink.parallelismConfigurationUpdate();
                ParallelismConfigurationDescription old = current.flinkApplicationConfigurationDescription().parallelismConfigurationDescription();
                f.parallelismConfigurationDescription(parallelism(ParallelismConfiguration.builder()
                        .configurationType(or(p.configurationTypeUpdateAsString(), old.configurationTypeAsString()))
                        .parallelism(or(p.parallelismUpdate(), old.parallelism()))
                        .parallelismPerKPU(or(p.parallelismPerKPUUpdate(), old.parallelismPerKPU()))
                        .autoScalingEnabled(or(p.autoScalingEnabledUpdate(), old.autoScalingEnabled()))
                        .build()));
            }
            next.flinkApplicationConfigurationDescription(f.build());
        }
        if (update.environmentPropertyUpdates() != null) {
            next.environmentPropertyDescriptions(properties(update.environmentPropertyUpdates().propertyGroups()));
        }
        if (update.applicationSnapshotConfigurationUpdate() != null) {
            next.applicationSnapshotConfigurationDescription(ApplicationSnapshotConfigurationDescription.builder()
                    .snapshotsEnabled(Boolean.TRUE.equals(update.applicationSnapshotConfigurationUpdate().snapshotsEnabledUpdate()))
                    .build());
        }
        if (update.applicationSystemRollbackConfigurationUpdate() != null) {
            next.applicationSystemRollbackConfigurationDescription(ApplicationSystemRollbackConfigurationDescription.builder()
                    .rollbackEnabled(Boolean.TRUE.equals(update.applicationSystemRollbackConfigurationUpdate().rollbackEnabledUpdate()))
                    .build());
        }
        if (update.applicationCodeConfigurationUpdate() != null) {
            next.applicationCodeConfigurationDescription(code(current.applicationCodeConfigurationDescription(),
                    update.applicationCodeConfigurationUpdate()));
        }
        if (update.sqlApplicationConfigurationUpdate() != null || update.zeppelinApplicationConfigurationUpdate() != null) {
            throw new MsfException(ErrorType.UNSUPPORTED_OPERATION,
                    "SQL and Studio (Zeppelin) configuration is not supported: the local endpoint runs Flink applications only");
        }
        return next.build();
    }

    /**
     * Checks a runtime environment: a known Flink runtime the service still lets you create or start.
     *
     * @throws MsfException InvalidArgumentException or UnsupportedOperationException naming the fix
     * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/limits.html">end of support for Flink 1.6, 1.8 and 1.11</a>
     */
    public static void checkRuntime(String runtime) {
        if (runtime == null) {
            throw MsfException.invalidArgument("RuntimeEnvironment is required, e.g. FLINK-1_20");
        }
        RuntimeEnvironment known = RuntimeEnvironment.fromValue(runtime);
        if (known == RuntimeEnvironment.UNKNOWN_TO_SDK_VERSION) {
            throw MsfException.invalidArgument("RuntimeEnvironment " + runtime + " is not a known runtime, e.g. FLINK-1_20");
        }
        if (!runtime.startsWith("FLINK-")) {
            throw new MsfException(ErrorType.UNSUPPORTED_OPERATION,
                    "RuntimeEnvironment " + runtime + " is not supported: the local endpoint runs Flink applications only");
        }
        if (runtime.equals("FLINK-1_6") || runtime.equals("FLINK-1_8") || runtime.equals("FLINK-1_11")) {
            throw MsfException.invalidArgument("RuntimeEnvironment " + runtime + " has reached end of support; use FLINK-1_20");
        }
    }

    /** Checks a name against the model's pattern for application, snapshot and property group names. */
    public static void checkName(String what, String name, int maxLength) {
        if (name == null || name.isEmpty() || name.length() > maxLength || !ID.matcher(name).matches()) {
            throw MsfException.invalidArgument(what + " '" + name + "' is not valid: use 1-" + maxLength
                    + " characters from [a-zA-Z0-9_.-]");
        }
    }

    /** The application's parallelism (its default job parallelism). */
    public static int parallelism(ApplicationDetail app) {
        return app.applicationConfigurationDescription().flinkApplicationConfigurationDescription()
                .parallelismConfigurationDescription().parallelism();
    }

    /**
     * KPUs the application is billed for while running: ceil(parallelism / parallelism per KPU) plus
     * one orchestration KPU.
     *
     * @see <a href="https://aws.amazon.com/managed-service-apache-flink/pricing/">pricing</a>
     */
    public static int kpus(ApplicationDetail app) {
        ParallelismConfigurationDescription p = app.applicationConfigurationDescription()
                .flinkApplicationConfigurationDescription().parallelismConfigurationDescription();
        return (p.parallelism() + p.parallelismPerKPU() - 1) / p.parallelismPerKPU() + 1;
    }

    /** Whether the service takes snapshots on stop and update, and accepts CreateApplicationSnapshot. */
    public static boolean snapshotsEnabled(ApplicationDetail app) {
        var s = app.applicationConfigurationDescription().applicationSnapshotConfigurationDescription();
        return s != null && Boolean.TRUE.equals(s.snapshotsEnabled());
    }

    /** Whether a failed update rolls back by itself. */
    public static boolean systemRollbackEnabled(ApplicationDetail app) {
        var s = app.applicationConfigurationDescription().applicationSystemRollbackConfigurationDescription();
        return s != null && Boolean.TRUE.equals(s.rollbackEnabled());
    }

    /** The checkpoint settings in effect. */
    public static CheckpointConfigurationDescription checkpointing(ApplicationDetail app) {
        return app.applicationConfigurationDescription().flinkApplicationConfigurationDescription().checkpointConfigurationDescription();
    }

    /** The runtime property groups, as the job will read them. */
    public static List<PropertyGroup> propertyGroups(ApplicationDetail app) {
        EnvironmentPropertyDescriptions p = app.applicationConfigurationDescription().environmentPropertyDescriptions();
        return p == null ? List.of() : p.propertyGroupDescriptions();
    }

    private static CheckpointConfigurationDescription checkpoint(CheckpointConfiguration c) {
        if (c == null || c.configurationType() != ConfigurationType.CUSTOM) {
            return CheckpointConfigurationDescription.builder().configurationType(ConfigurationType.DEFAULT)
                    .checkpointingEnabled(true).checkpointInterval(DEFAULT_CHECKPOINT_INTERVAL_MS)
                    .minPauseBetweenCheckpoints(DEFAULT_MIN_PAUSE_MS).build();
        }
        long interval = or(c.checkpointInterval(), DEFAULT_CHECKPOINT_INTERVAL_MS);
        long pause = or(c.minPauseBetweenCheckpoints(), DEFAULT_MIN_PAUSE_MS);
        if (interval < 1) {
            throw MsfException.invalidArgument("CheckpointInterval must be at least 1 ms, not " + interval);
        }
        if (pause < 0) {
            throw MsfException.invalidArgument("MinPauseBetweenCheckpoints must be at least 0 ms, not " + pause);
        }
        return CheckpointConfigurationDescription.builder().configurationType(ConfigurationType.CUSTOM)
                .checkpointingEnabled(!Boolean.FALSE.equals(c.checkpointingEnabled()))
                .checkpointInterval(interval).minPauseBetweenCheckpoints(pause).build();
    }

    private static CheckpointConfigurationDescription checkpoint(CheckpointConfigurationDescription old, CheckpointConfigurationUpdate u) {
        return checkpoint(CheckpointConfiguration.builder()
                .configurationType(or(u.configurationTypeUpdateAsString(), old.configurationTypeAsString()))
                .checkpointingEnabled(or(u.checkpointingEnabledUpdate(), old.checkpointingEnabled()))
                .checkpointInterval(u.checkpointIntervalUpdate() != null ? u.checkpointIntervalUpdate()
                        : old.configurationType() == ConfigurationType.CUSTOM ? old.checkpointInterval() : null)
                .minPauseBetweenCheckpoints(u.minPauseBetweenCheckpointsUpdate() != null ? u.minPauseBetweenCheckpointsUpdate()
                        : old.configurationType() == ConfigurationType.CUSTOM ? old.minPauseBetweenCheckpoints() : null)
                .build());
    }

    private static MonitoringConfigurationDescription monitoring(MonitoringConfiguration m) {
        if (m == null || m.configurationType() != ConfigurationType.CUSTOM) {
            return MonitoringConfigurationDescription.builder().configurationType(ConfigurationType.DEFAULT)
                    .metricsLevel(MetricsLevel.APPLICATION).logLevel(LogLevel.INFO).build();
        }
        if (m.metricsLevel() == MetricsLevel.UNKNOWN_TO_SDK_VERSION || m.logLevel() == LogLevel.UNKNOWN_TO_SDK_VERSION) {
            throw MsfException.invalidArgument("MetricsLevel must be APPLICATION, TASK, OPERATOR or PARALLELISM and "
                    + "LogLevel INFO, WARN, ERROR or DEBUG");
        }
        return MonitoringConfigurationDescription.builder().configurationType(ConfigurationType.CUSTOM)
                .metricsLevel(m.metricsLevel() == null ? MetricsLevel.APPLICATION : m.metricsLevel())
                .logLevel(m.logLevel() == null ? LogLevel.INFO : m.logLevel()).build();
    }

    private static ParallelismConfigurationDescription parallelism(ParallelismConfiguration p) {
        if (p == null || p.configurationType() != ConfigurationType.CUSTOM) {
            return ParallelismConfigurationDescription.builder().configurationType(ConfigurationType.DEFAULT)
                    .parallelism(1).parallelismPerKPU(1).currentParallelism(1).autoScalingEnabled(true).build();
        }
        int parallelism = or(p.parallelism(), 1);
        int perKpu = or(p.parallelismPerKPU(), 1);
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw MsfException.invalidArgument("Parallelism must be between 1 and " + MAX_PARALLELISM + ", not " + parallelism);
        }
        if (perKpu < 1 || perKpu > MAX_PARALLELISM_PER_KPU) {
            throw MsfException.invalidArgument("ParallelismPerKPU must be between 1 and " + MAX_PARALLELISM_PER_KPU + ", not " + perKpu);
        }
        return ParallelismConfigurationDescription.builder().configurationType(ConfigurationType.CUSTOM)
                .parallelism(parallelism).parallelismPerKPU(perKpu).currentParallelism(parallelism)
                .autoScalingEnabled(!Boolean.FALSE.equals(p.autoScalingEnabled())).build();
    }

    private static EnvironmentPropertyDescriptions properties(List<PropertyGroup> groups) {
        if (groups.size() > MAX_PROPERTY_GROUPS) {
            throw MsfException.invalidArgument("at most " + MAX_PROPERTY_GROUPS + " property groups are allowed, not " + groups.size());
        }
        for (PropertyGroup group : groups) {
            checkName("PropertyGroupId", group.propertyGroupId(), 50);
            Map<String, String> map = group.propertyMap();
            if (map.isEmpty() || map.size() > MAX_PROPERTIES_PER_GROUP) {
                throw MsfException.invalidArgument("property group " + group.propertyGroupId() + " must have 1-"
                        + MAX_PROPERTIES_PER_GROUP + " properties, not " + map.size());
            }
            map.forEach((key, value) -> {
                if (key.isEmpty() || key.length() > MAX_PROPERTY_LENGTH || value == null || value.isEmpty()
                        || value.length() > MAX_PROPERTY_LENGTH) {
                    throw MsfException.invalidArgument("property " + group.propertyGroupId() + "." + key
                            + ": keys and values must have 1-" + MAX_PROPERTY_LENGTH + " characters");
                }
            });
        }
        return EnvironmentPropertyDescriptions.builder().propertyGroupDescriptions(groups).build();
    }

    private static ApplicationCodeConfigurationDescription code(ApplicationCodeConfiguration code) {
        CodeContent content = code.codeContent();
        if (code.codeContentType() != CodeContentType.ZIPFILE || content == null
                || (content.s3ContentLocation() == null && content.zipFileContent() == null)) {
            throw MsfException.invalidArgument("a Flink application's code must be CodeContentType ZIPFILE with an "
                    + "S3ContentLocation (BucketARN, FileKey) or ZipFileContent");
        }
        CodeContentDescription.Builder description = CodeContentDescription.builder();
        if (content.s3ContentLocation() != null) {
            S3ContentLocation s3 = content.s3ContentLocation();
            description.s3ApplicationCodeLocationDescription(s3Location(s3.bucketARN(), s3.fileKey(), s3.objectVersion()));
        } else {
            throw new MsfException(ErrorType.UNSUPPORTED_OPERATION, "ZipFileContent is not supported by the local endpoint: "
                    + "upload the jar to S3 and use S3ContentLocation");
        }
        return ApplicationCodeConfigurationDescription.builder().codeContentType(CodeContentType.ZIPFILE)
                .codeContentDescription(description.build()).build();
    }

    private static ApplicationCodeConfigurationDescription code(ApplicationCodeConfigurationDescription old,
            ApplicationCodeConfigurationUpdate update) {
        CodeContentUpdate content = update.codeContentUpdate();
        if (content == null) {
            return old;
        }
        if (content.zipFileContentUpdate() != null) {
            return code(ApplicationCodeConfiguration.builder().codeContentType(CodeContentType.ZIPFILE)
                    .codeContent(CodeContent.builder().zipFileContent(content.zipFileContentUpdate()).build()).build());
        }
        if (content.textContentUpdate() != null) {
            throw MsfException.invalidArgument("TextContentUpdate is for SQL applications; a Flink application's code is a jar");
        }
        S3ContentLocationUpdate s3 = content.s3ContentLocationUpdate();
        if (s3 == null) {
            return old;
        }
        S3ApplicationCodeLocationDescription before = old == null || old.codeContentDescription() == null ? null
                : old.codeContentDescription().s3ApplicationCodeLocationDescription();
        String bucket = s3.bucketARNUpdate() != null ? s3.bucketARNUpdate() : before == null ? null : before.bucketARN();
        String key = s3.fileKeyUpdate() != null ? s3.fileKeyUpdate() : before == null ? null : before.fileKey();
        // A new key without a new object version means the latest object under that key.
        String version = s3.objectVersionUpdate() != null ? s3.objectVersionUpdate()
                : s3.fileKeyUpdate() != null || s3.bucketARNUpdate() != null ? null : before == null ? null : before.objectVersion();
        return ApplicationCodeConfigurationDescription.builder().codeContentType(CodeContentType.ZIPFILE)
                .codeContentDescription(CodeContentDescription.builder()
                        .s3ApplicationCodeLocationDescription(s3Location(bucket, key, version)).build())
                .build();
    }

    private static S3ApplicationCodeLocationDescription s3Location(String bucketArn, String key, String version) {
        if (bucketArn == null || !bucketArn.startsWith("arn:") || !bucketArn.contains(":s3:::") || key == null || key.isEmpty()) {
            throw MsfException.invalidArgument("S3ContentLocation needs a BucketARN like arn:aws:s3:::my-bucket and a FileKey, not "
                    + bucketArn + " and " + key);
        }
        return S3ApplicationCodeLocationDescription.builder().bucketARN(bucketArn).fileKey(key).objectVersion(version).build();
    }

    private static <T> T or(T value, T fallback) {
        return Objects.requireNonNullElse(value, fallback);
    }
}
