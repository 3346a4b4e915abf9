package dev.flinkctl.msf.snapshots;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RunConfigurationDescription;

/**
 * The snapshots an application may still need, which no retention policy deletes:
 * <ul>
 *   <li>the latest READY one: a start restores it (RESTORE_FROM_LATEST_SNAPSHOT), and RollbackApplication "loads
 *       state data from the last successful snapshot"
 *       (https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_RollbackApplication.html);</li>
 *   <li>the one the current version's run configuration names (RESTORE_FROM_CUSTOM_SNAPSHOT);</li>
 *   <li>the newest READY one of the previous version (ApplicationVersionUpdatedFrom): the state that matches the
 *       code a rollback returns to.</li>
 * </ul>
 */
final class Protection {
    private Protection() {
    }

    /**
     * @param detail      the application as DescribeApplication reports it
     * @param newestFirst its snapshots, newest first
     * @return snapshot name to why it is kept, in the order above
     */
    static Map<String, String> of(ApplicationDetail detail, List<Snapshot> newestFirst) {
        Map<String, String> reasons = new LinkedHashMap<>();
        newestFirst.stream().filter(Snapshot::ready).findFirst().ifPresent(latest -> reasons.put(latest.name(),
                "latest READY: a start or rollback restores it"));
        String configured = configuredRestore(detail);
        if (configured != null) {
            reasons.putIfAbsent(configured, "version " + detail.applicationVersionId()
                    + " restores it (RESTORE_FROM_CUSTOM_SNAPSHOT)");
        }
        Long previous = detail.applicationVersionUpdatedFrom();
        if (previous != null) {
            newestFirst.stream().filter(s -> s.ready() && Objects.equals(s.applicationVersion(), previous))
                    .findFirst().ifPresent(s -> reasons.putIfAbsent(s.name(), "newest of the previous version, "
                            + previous + ": its state matches the code a rollback returns to"));
        }
        return reasons;
    }

    private static String configuredRestore(ApplicationDetail detail) {
        if (detail.applicationConfigurationDescription() == null) {
            return null;
        }
        RunConfigurationDescription run = detail.applicationConfigurationDescription().runConfigurationDescription();
        if (run == null || run.applicationRestoreConfigurationDescription() == null) {
            return null;
        }
        ApplicationRestoreConfiguration restore = run.applicationRestoreConfigurationDescription();
        return restore.applicationRestoreType() == ApplicationRestoreType.RESTORE_FROM_CUSTOM_SNAPSHOT
                ? restore.snapshotName() : null;
    }
}
