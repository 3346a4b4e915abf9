package dev.flinkctl.local.msf.domain;

import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.FlinkRunConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RunConfigurationDescription;

/**
 * Where a job's state comes from when it starts.
 *
 * @param type the restore type the caller asked for (or the default, RESTORE_FROM_LATEST_SNAPSHOT)
 * @param snapshotName the snapshot restored, or null (nothing to restore, or a checkpoint)
 * @param path the savepoint or checkpoint restored, or null to start without state
 * @param allowNonRestoredState whether state that maps to no operator may be dropped
 */
record Restore(ApplicationRestoreType type, String snapshotName, String path, boolean allowNonRestoredState) {

    /**
     * Resolves a restore request against the application's snapshots (the caller holds its monitor).
     *
     * @throws MsfException InvalidArgumentException for a CUSTOM restore without a READY snapshot of that name
     */
    static Restore resolve(ApplicationRecord record, ApplicationRestoreConfiguration restore, FlinkRunConfiguration flink) {
        boolean allow = flink != null && Boolean.TRUE.equals(flink.allowNonRestoredState());
        ApplicationRestoreType type = restore == null || restore.applicationRestoreType() == null
                ? ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT : restore.applicationRestoreType();
        switch (type) {
            case SKIP_RESTORE_FROM_SNAPSHOT:
                return new Restore(type, null, null, allow);
            case RESTORE_FROM_CUSTOM_SNAPSHOT: {
                String name = restore.snapshotName();
                if (name == null) {
                    throw MsfException.invalidArgument("SnapshotName is required with RESTORE_FROM_CUSTOM_SNAPSHOT");
                }
                SnapshotRecord snapshot = record.snapshot(name).orElseThrow(() -> MsfException.invalidArgument(
                        "Snapshot " + name + " does not exist for application " + record.name()));
                if (!snapshot.ready()) {
                    throw MsfException.invalidArgument("Snapshot " + name + " is " + snapshot.status() + ", not READY");
                }
                return new Restore(type, name, snapshot.savepointPath(), allow);
            }
            case RESTORE_FROM_LATEST_SNAPSHOT:
                if (!Configurations.snapshotsEnabled(record.detail)) {
                    return new Restore(type, null, null, allow);
                }
                return record.latestReadySnapshot()
                        .map(s -> new Restore(type, s.name(), s.savepointPath(), allow))
                        .orElse(new Restore(type, null, null, allow));
            default:
                throw MsfException.invalidArgument("ApplicationRestoreType must be SKIP_RESTORE_FROM_SNAPSHOT, "
                        + "RESTORE_FROM_LATEST_SNAPSHOT or RESTORE_FROM_CUSTOM_SNAPSHOT");
        }
    }

    /** Restores a given snapshot. */
    static Restore of(SnapshotRecord snapshot, ApplicationRestoreType type, boolean allow) {
        return new Restore(type, snapshot.name(), snapshot.savepointPath(), allow);
    }

    /** Starts without state. */
    static Restore none() {
        return new Restore(ApplicationRestoreType.SKIP_RESTORE_FROM_SNAPSHOT, null, null, false);
    }

    /** How DescribeApplication reports the run configuration while the application runs. */
    RunConfigurationDescription description() {
        return RunConfigurationDescription.builder()
                .applicationRestoreConfigurationDescription(ApplicationRestoreConfiguration.builder()
                        .applicationRestoreType(type).snapshotName(type == ApplicationRestoreType.RESTORE_FROM_CUSTOM_SNAPSHOT
                                ? snapshotName : null).build())
                .flinkRunConfigurationDescription(FlinkRunConfiguration.builder().allowNonRestoredState(allowNonRestoredState).build())
                .build();
    }
}
