package dev.flinkctl.msf.versions;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What {@code flinkctl version rollback} did. As JSON ({@code -o json}):
 * <pre>
 * {"application": "fraud-detection", "fromVersion": 3, "toVersion": 2, "newVersion": 4,
 *  "snapshot": {"name": "update-fraud-detection-1735732800000", "createdAt": "2025-01-01T12:00:00Z", "version": 2},
 *  "status": "RUNNING", "operationId": "9zfV2CMtNzOS", "operationStatus": "SUCCESSFUL",
 *  "changes": [{"field": "properties.Counter.rate", "from": "50", "to": "40"}]}
 * </pre>
 *
 * @param application     the application name
 * @param fromVersion     the version that was current (CurrentApplicationVersionId)
 * @param toVersion       the version whose configuration runs again (ApplicationVersionUpdatedFrom of fromVersion)
 * @param newVersion      the version id the application has afterwards, as MSF reports it, or null if it did not say
 * @param snapshot        the snapshot the state was restored from (the newest READY one when previewed)
 * @param status          the application status afterwards: RUNNING when waited for, else e.g. ROLLING_BACK
 * @param operationId     the RollbackApplication operation
 * @param operationStatus SUCCESSFUL when waited for, IN_PROGRESS with {@code --no-wait}
 * @param changes         what the rollback changed, from fromVersion to toVersion
 */
@JsonPropertyOrder({"application", "fromVersion", "toVersion", "newVersion", "snapshot", "status", "operationId",
    "operationStatus", "changes"})
public record RollbackResult(String application, long fromVersion, long toVersion, Long newVersion,
                             RestoredSnapshot snapshot, String status, String operationId, String operationStatus,
                             List<FieldChange> changes) {

    /** @return true if the command waited for the rollback to succeed */
    public boolean finished() {
        return "SUCCESSFUL".equals(operationStatus);
    }
}
