package dev.flinkctl.spec;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One Managed Flink application, as an application spec file ({@code flinkctl.yaml}) describes it, with every
 * default filled in. {@link SpecReader} reads and validates one; {@link #defaults()} stands in when there is no file.
 *
 * @param file                 the spec file (absolute), or null when built from defaults
 * @param name                 application name: 1 to 128 letters, digits, {@code _ . -}
 * @param description          application description, or null
 * @param runtimeEnvironment   MSF runtime, e.g. {@code FLINK-1_20}
 * @param serviceExecutionRole IAM role ARN the application runs as, or null for the deploy target's
 * @param code                 which job to run and where its jar goes
 * @param scaling              parallelism and autoscaling
 * @param checkpointing        checkpointing, DEFAULT unless the file sets it
 * @param snapshots            whether MSF takes a snapshot when the application stops or updates
 * @param systemRollback       whether MSF rolls back an update that fails
 * @param monitoring           log and metrics levels, DEFAULT unless the file sets them
 * @param logging              CloudWatch Logs destination
 * @param properties           runtime property groups: group id to key to value, in file order, unmodifiable
 * @param vpc                  VPC configuration, or null
 * @param tags                 application tags in file order, unmodifiable
 * @param deploy               how {@code flinkctl deploy} waits and judges health
 * @param snapshotRetention    which snapshots deploy and {@code snapshot prune} keep; {@link SnapshotRetention#NONE}
 *                             when the file sets no policy
 * @param cost                 how cost estimates are priced; {@link CostSpec#NONE} when the file has no cost section
 */
public record ApplicationSpec(Path file, String name, String description, String runtimeEnvironment,
                              String serviceExecutionRole, CodeSpec code, ScalingSpec scaling,
                              CheckpointSpec checkpointing, boolean snapshots, boolean systemRollback,
                              MonitoringSpec monitoring, LoggingSpec logging,
                              Map<String, Map<String, PropertyValue>> properties, VpcSpec vpc,
                              Map<String, String> tags, DeploySpec deploy, SnapshotRetention snapshotRetention,
                              CostSpec cost) {

    /** The spec file commands read when not given {@code -f}. */
    public static final String DEFAULT_FILE = "flinkctl.yaml";
    /** The application name when there is no spec file, and {@code flinkctl init}'s default. */
    public static final String DEFAULT_NAME = "fraud-detection";
    /**
     * Tag keys flinkctl manages itself (snapshot pins): a spec may not set them, and deploy neither shows nor removes
     * them.
     */
    public static final String MANAGED_TAG_PREFIX = "flinkctl:";
    /** The runtime when the spec sets none. */
    public static final String DEFAULT_RUNTIME = "FLINK-1_20";

    /**
     * Copies both maps into unmodifiable ones that keep their order.
     *
     * @throws NullPointerException when a component other than file, description, serviceExecutionRole or vpc is
     *                              null
     */
    public ApplicationSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(runtimeEnvironment, "runtimeEnvironment");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(checkpointing, "checkpointing");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(logging, "logging");
        Objects.requireNonNull(deploy, "deploy");
        Objects.requireNonNull(snapshotRetention, "snapshotRetention");
        Objects.requireNonNull(cost, "cost");
        Map<String, Map<String, PropertyValue>> groups = new LinkedHashMap<>();
        properties.forEach((group, values) ->
                groups.put(group, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        properties = Collections.unmodifiableMap(groups);
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** @return the spec used when there is no spec file: the included job and every default, named DEFAULT_NAME */
    public static ApplicationSpec defaults() {
        return new ApplicationSpec(null, DEFAULT_NAME, null, DEFAULT_RUNTIME, null, CodeSpec.included(),
                ScalingSpec.defaults(), CheckpointSpec.defaults(), true, false, MonitoringSpec.defaults(),
                LoggingSpec.defaults(DEFAULT_NAME), Map.of(), null, Map.of(), DeploySpec.defaults(),
                SnapshotRetention.NONE, CostSpec.NONE);
    }

    /** @return a copy that runs as {@code role} (an IAM role ARN) */
    public ApplicationSpec withServiceExecutionRole(String role) {
        return new ApplicationSpec(file, name, description, runtimeEnvironment, role, code, scaling, checkpointing,
                snapshots, systemRollback, monitoring, logging, properties, vpc, tags, deploy, snapshotRetention,
                cost);
    }

    /**
     * @return a copy named {@code newName}; a log group that was the default for the old name becomes the default
     *         for the new one, as if the file had said the new name
     */
    public ApplicationSpec withName(String newName) {
        LoggingSpec renamed = logging.logGroup().equals(LoggingSpec.defaultLogGroup(name))
                ? new LoggingSpec(logging.enabled(), LoggingSpec.defaultLogGroup(newName), logging.logStream())
                : logging;
        return new ApplicationSpec(file, newName, description, runtimeEnvironment, serviceExecutionRole, code,
                scaling, checkpointing, snapshots, systemRollback, monitoring, renamed, properties, vpc, tags, deploy,
                snapshotRetention, cost);
    }
}
