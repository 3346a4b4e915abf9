package dev.flinkctl.deploy;

import dev.flinkctl.spec.ApplicationSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfigurationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CloudWatchLoggingOptionDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CodeContentType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ConfigurationType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CreateApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.FlinkApplicationConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.FlinkApplicationConfigurationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RunConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RunConfigurationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.Tag;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.UpdateApplicationRequest;

/**
 * Builds the {@code kinesisanalyticsv2} requests a deploy sends, from the desired application. Updates carry the whole
 * configuration (code, Flink settings, all property groups: MSF replaces the groups as a whole), the live
 * application's {@code ConditionalToken}, and an explicit restore type and AllowNonRestoredState, so nothing depends
 * on service defaults (see https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_UpdateApplication.html).
 */
public final class Requests {

    private Requests() {
    }

    /** @return the CreateApplication request, tags included */
    public static CreateApplicationRequest create(DesiredApplication desired) {
        ApplicationSpec spec = desired.spec();
        CreateApplicationRequest.Builder request = CreateApplicationRequest.builder()
                .applicationName(spec.name())
                .applicationDescription(spec.description())
                .runtimeEnvironment(spec.runtimeEnvironment())
                .serviceExecutionRole(desired.role())
                .applicationConfiguration(configuration(desired));
        if (desired.logStreamArn() != null) {
            request.cloudWatchLoggingOptions(option -> option.logStreamARN(desired.logStreamArn()));
        }
        if (!spec.tags().isEmpty()) {
            request.tags(tags(spec.tags()));
        }
        return request.build();
    }

    /**
     * @param desired               the desired application
     * @param live                  the live application: its token, logging option id and VPC configuration id
     * @param allowStateLoss        true to start without state (SKIP_RESTORE_FROM_SNAPSHOT)
     * @param allowNonRestoredState true to let a restore skip state that no operator claims
     * @return the UpdateApplication request
     */
    public static UpdateApplicationRequest update(DesiredApplication desired, ApplicationDetail live,
                                                  boolean allowStateLoss, boolean allowNonRestoredState) {
        ApplicationSpec spec = desired.spec();
        ApplicationConfigurationUpdate.Builder config = ApplicationConfigurationUpdate.builder()
                .applicationCodeConfigurationUpdate(code -> code
                        .codeContentTypeUpdate(CodeContentType.ZIPFILE)
                        .codeContentUpdate(content -> content.s3ContentLocationUpdate(s3 -> s3
                                .bucketARNUpdate(desired.code().bucketArn())
                                .fileKeyUpdate(desired.code().key())
                                .objectVersionUpdate(desired.code().objectVersion()))))
                .flinkApplicationConfigurationUpdate(flinkUpdate(spec))
                .environmentPropertyUpdates(properties -> properties.propertyGroups(propertyGroups(spec)))
                .applicationSnapshotConfigurationUpdate(snapshots -> snapshots.snapshotsEnabledUpdate(spec.snapshots()))
                .applicationSystemRollbackConfigurationUpdate(rollback -> rollback
                        .rollbackEnabledUpdate(spec.systemRollback()));
        if (spec.vpc() != null && live.applicationConfigurationDescription() != null
                && live.applicationConfigurationDescription().hasVpcConfigurationDescriptions()
                && !live.applicationConfigurationDescription().vpcConfigurationDescriptions().isEmpty()) {
            String id = live.applicationConfigurationDescription().vpcConfigurationDescriptions().get(0)
                    .vpcConfigurationId();
            config.vpcConfigurationUpdates(vpc -> vpc.vpcConfigurationId(id)
                    .subnetIdUpdates(spec.vpc().subnetIds()).securityGroupIdUpdates(spec.vpc().securityGroupIds()));
        }
        UpdateApplicationRequest.Builder request = UpdateApplicationRequest.builder()
                .applicationName(spec.name())
                .conditionalToken(live.conditionalToken())
                .serviceExecutionRoleUpdate(desired.role().equals(live.serviceExecutionRole()) ? null : desired.role())
                .applicationConfigurationUpdate(config.build())
                .runConfigurationUpdate(RunConfigurationUpdate.builder()
                        .flinkRunConfiguration(flink -> flink.allowNonRestoredState(allowNonRestoredState))
                        .applicationRestoreConfiguration(restore -> restore.applicationRestoreType(allowStateLoss
                                ? ApplicationRestoreType.SKIP_RESTORE_FROM_SNAPSHOT
                                : ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT))
                        .build());
        if (!spec.runtimeEnvironment().equals(live.runtimeEnvironmentAsString())) {
            request.runtimeEnvironmentUpdate(spec.runtimeEnvironment());
        }
        List<CloudWatchLoggingOptionDescription> logging = live.cloudWatchLoggingOptionDescriptions();
        if (desired.logStreamArn() != null && logging != null && !logging.isEmpty()
                && !desired.logStreamArn().equals(logging.get(0).logStreamARN())) {
            request.cloudWatchLoggingOptionUpdates(option -> option
                    .cloudWatchLoggingOptionId(logging.get(0).cloudWatchLoggingOptionId())
                    .logStreamARNUpdate(desired.logStreamArn()));
        }
        return request.build();
    }

    /**
     * @param allowStateLoss        true to start without state
     * @param allowNonRestoredState true to let the restore skip unclaimed state
     * @param fresh                 true for an application that never ran (nothing to restore)
     * @return StartApplication's run configuration, restore type always explicit
     */
    public static RunConfiguration start(boolean allowStateLoss, boolean allowNonRestoredState, boolean fresh) {
        return RunConfiguration.builder()
                .flinkRunConfiguration(flink -> flink.allowNonRestoredState(allowNonRestoredState))
                .applicationRestoreConfiguration(restore -> restore.applicationRestoreType(allowStateLoss || fresh
                        ? ApplicationRestoreType.SKIP_RESTORE_FROM_SNAPSHOT
                        : ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT))
                .build();
    }

    private static ApplicationConfiguration configuration(DesiredApplication desired) {
        ApplicationSpec spec = desired.spec();
        ApplicationConfiguration.Builder config = ApplicationConfiguration.builder()
                .applicationCodeConfiguration(code -> code
                        .codeContentType(CodeContentType.ZIPFILE)
                        .codeContent(content -> content.s3ContentLocation(s3 -> s3
                                .bucketARN(desired.code().bucketArn())
                                .fileKey(desired.code().key())
                                .objectVersion(desired.code().objectVersion()))))
                .flinkApplicationConfiguration(flink(spec))
                .applicationSnapshotConfiguration(snapshots -> snapshots.snapshotsEnabled(spec.snapshots()))
                .applicationSystemRollbackConfiguration(rollback -> rollback.rollbackEnabled(spec.systemRollback()));
        if (!spec.properties().isEmpty()) {
            config.environmentProperties(properties -> properties.propertyGroups(propertyGroups(spec)));
        }
        if (spec.vpc() != null) {
            config.vpcConfigurations(vpc -> vpc.subnetIds(spec.vpc().subnetIds())
                    .securityGroupIds(spec.vpc().securityGroupIds()));
        }
        return config.build();
    }

    private static FlinkApplicationConfiguration flink(ApplicationSpec spec) {
        FlinkApplicationConfiguration.Builder flink = FlinkApplicationConfiguration.builder()
                .parallelismConfiguration(p -> p.configurationType(ConfigurationType.CUSTOM)
                        .parallelism(spec.scaling().parallelism())
                        .parallelismPerKPU(spec.scaling().parallelismPerKpu())
                        .autoScalingEnabled(spec.scaling().autoScaling()));
        if (spec.checkpointing().custom()) {
            flink.checkpointConfiguration(c -> c.configurationType(ConfigurationType.CUSTOM)
                    .checkpointingEnabled(spec.checkpointing().enabled())
                    .checkpointInterval(spec.checkpointing().interval().toMillis())
                    .minPauseBetweenCheckpoints(spec.checkpointing().minPauseBetween().toMillis()));
        } else {
            flink.checkpointConfiguration(c -> c.configurationType(ConfigurationType.DEFAULT));
        }
        if (spec.monitoring().custom()) {
            flink.monitoringConfiguration(m -> m.configurationType(ConfigurationType.CUSTOM)
                    .logLevel(spec.monitoring().logLevel()).metricsLevel(spec.monitoring().metricsLevel()));
        } else {
            flink.monitoringConfiguration(m -> m.configurationType(ConfigurationType.DEFAULT));
        }
        return flink.build();
    }

    private static FlinkApplicationConfigurationUpdate flinkUpdate(ApplicationSpec spec) {
        FlinkApplicationConfigurationUpdate.Builder flink = FlinkApplicationConfigurationUpdate.builder()
                .parallelismConfigurationUpdate(p -> p.configurationTypeUpdate(ConfigurationType.CUSTOM)
                        .parallelismUpdate(spec.scaling().parallelism())
                        .parallelismPerKPUUpdate(spec.scaling().parallelismPerKpu())
                        .autoScalingEnabledUpdate(spec.scaling().autoScaling()));
        if (spec.checkpointing().custom()) {
            flink.checkpointConfigurationUpdate(c -> c.configurationTypeUpdate(ConfigurationType.CUSTOM)
                    .checkpointingEnabledUpdate(spec.checkpointing().enabled())
                    .checkpointIntervalUpdate(spec.checkpointing().interval().toMillis())
                    .minPauseBetweenCheckpointsUpdate(spec.checkpointing().minPauseBetween().toMillis()));
        } else {
            flink.checkpointConfigurationUpdate(c -> c.configurationTypeUpdate(ConfigurationType.DEFAULT));
        }
        if (spec.monitoring().custom()) {
            flink.monitoringConfigurationUpdate(m -> m.configurationTypeUpdate(ConfigurationType.CUSTOM)
                    .logLevelUpdate(spec.monitoring().logLevel()).metricsLevelUpdate(spec.monitoring().metricsLevel()));
        } else {
            flink.monitoringConfigurationUpdate(m -> m.configurationTypeUpdate(ConfigurationType.DEFAULT));
        }
        return flink.build();
    }

    private static List<PropertyGroup> propertyGroups(ApplicationSpec spec) {
        List<PropertyGroup> groups = new ArrayList<>();
        spec.properties().forEach((group, map) -> {
            Map<String, String> values = new LinkedHashMap<>();
            map.forEach((key, value) -> values.put(key, value.value()));
            groups.add(PropertyGroup.builder().propertyGroupId(group).propertyMap(values).build());
        });
        return groups;
    }

    private static List<Tag> tags(Map<String, String> tags) {
        List<Tag> list = new ArrayList<>();
        tags.forEach((key, value) -> list.add(Tag.builder().key(key).value(value).build()));
        return list;
    }
}
