package dev.flinkctl.msf.versions;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;

/**
 * One row of {@code flinkctl version list}. {@code -o json} prints an array of these, newest first:
 * <pre>
 * [{"version": 4, "createdAt": "2025-01-01T12:04:00Z", "status": "RUNNING", "current": true,
 *   "rollbackTarget": false, "updatedFrom": 1, "comparedWith": 3, "changes": ["properties.Counter.rate"],
 *   "rolledBackFrom": 3, "rolledBackTo": 2, "summary": "rollback of version 3 to version 2"}, ...]
 * </pre>
 *
 * @param version        the ApplicationVersionId
 * @param createdAt      when the version was created (ApplicationVersionCreateTimestamp), or null
 * @param status         its status as ListApplicationVersions reports it, e.g. RUNNING, READY, ROLLED_BACK
 * @param current        true for the application's current version (DescribeApplication's ApplicationVersionId)
 * @param rollbackTarget true for the version {@code flinkctl version rollback} returns to: the current version's
 *                       ApplicationVersionUpdatedFrom
 * @param updatedFrom    the version this one was updated from (ApplicationVersionUpdatedFrom): where a rollback from
 *                       this version would go; null for the first version
 * @param comparedWith   the version {@link #changes} are relative to: the next older existing version, or null
 * @param changes        the fields that differ from {@link #comparedWith} ({@link VersionFields}); empty when none
 *                       or nothing to compare with
 * @param rolledBackFrom for a version a rollback created, the version current when RollbackApplication was called
 *                       (ApplicationVersionRolledBackFrom), else null
 * @param rolledBackTo   for a version a rollback created, the version whose configuration it restored
 *                       (ApplicationVersionRolledBackTo), else null
 * @param summary        what changed, in words: the changed fields, {@code rollback of version F to version T},
 *                       {@code created}, or {@code no configuration change}
 */
@JsonPropertyOrder({"version", "createdAt", "status", "current", "rollbackTarget", "updatedFrom", "comparedWith",
    "changes", "rolledBackFrom", "rolledBackTo", "summary"})
public record VersionEntry(long version, Instant createdAt, String status, boolean current, boolean rollbackTarget,
                           Long updatedFrom, Long comparedWith, List<String> changes, Long rolledBackFrom,
                           Long rolledBackTo, String summary) {

    /**
     * @param detail   the version (DescribeApplicationVersion)
     * @param status   its status as ListApplicationVersions reports it
     * @param previous the next older existing version, or null when there is none
     * @param current  the application now (DescribeApplication)
     * @return the row
     */
    public static VersionEntry of(ApplicationDetail detail, String status, ApplicationDetail previous,
                                  ApplicationDetail current) {
        long id = detail.applicationVersionId();
        List<String> changes = previous == null ? List.of()
                : VersionFields.changes(previous, detail).stream().map(FieldChange::field).toList();
        Long from = detail.applicationVersionRolledBackFrom();
        Long to = detail.applicationVersionRolledBackTo();
        String summary;
        if (from != null && to != null) {
            summary = "rollback of version " + from + " to version " + to;
        } else if (previous == null) {
            summary = id == 1 ? "created" : "no older version to compare with";
        } else {
            summary = changes.isEmpty() ? "no configuration change" : String.join(", ", changes);
        }
        return new VersionEntry(id, detail.applicationVersionCreateTimestamp(), status,
                Objects.equals(current.applicationVersionId(), id),
                Objects.equals(current.applicationVersionUpdatedFrom(), id), detail.applicationVersionUpdatedFrom(),
                previous == null ? null : previous.applicationVersionId(), changes, from, to, summary);
    }
}
