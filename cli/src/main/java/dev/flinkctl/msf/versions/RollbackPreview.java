package dev.flinkctl.msf.versions;

import java.util.List;

/**
 * What {@code flinkctl version rollback} will do, shown before it asks: which version goes back to which, what
 * changes, and the snapshot the state comes from. {@link Rollbacks#execute} acts on exactly this preview.
 *
 * @param application the application name
 * @param status      its status when previewed: RUNNING, UPDATING or AUTOSCALING
 * @param fromVersion its current version, sent as CurrentApplicationVersionId
 * @param toVersion   the version whose configuration comes back: the current version's ApplicationVersionUpdatedFrom
 * @param snapshot    the newest READY snapshot, which the rollback restores
 * @param changes     what the rollback changes: the differences from {@code fromVersion} to {@code toVersion}
 */
public record RollbackPreview(String application, String status, long fromVersion, long toVersion,
                              RestoredSnapshot snapshot, List<FieldChange> changes) {
}
