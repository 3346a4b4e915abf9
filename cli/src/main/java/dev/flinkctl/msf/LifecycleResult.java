package dev.flinkctl.msf;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What {@code flinkctl start}, {@code stop} or {@code delete} did. As JSON ({@code -o json}):
 * <pre>
 * {"application": "fraud-detection", "action": "stop", "changed": true, "status": "READY",
 *  "operationId": "9zfV2CMtNzOS", "operationStatus": "SUCCESSFUL",
 *  "snapshot": {"name": "stop-fraud-detection-1735732800000", "createdAt": "2025-01-01T12:00:00Z"} | null}
 * </pre>
 *
 * @param application     the application name
 * @param action          {@code start}, {@code stop}, {@code force-stop}, {@code delete} or {@code restore}
 * @param changed         false when nothing was done: already running (start), already stopped (stop)
 * @param status          the application status afterwards, e.g. {@code RUNNING}; {@code STARTING} (or another
 *                        transient status) when not waited for; {@code DELETED} once a delete is through
 * @param operationId     the operation MSF started, or null (nothing done, or a delete: it has none)
 * @param operationStatus {@code SUCCESSFUL} when waited for, {@code IN_PROGRESS} with {@code --no-wait} (also for a
 *                        delete, which has no operation id), null when nothing was done or a delete is through
 * @param snapshot        the snapshot a graceful stop took (also the stop before a restore of a running
 *                        application), or null (force stop, snapshots disabled, not waited, or another action)
 */
@JsonPropertyOrder({"application", "action", "changed", "status", "operationId", "operationStatus", "snapshot"})
public record LifecycleResult(String application, String action, boolean changed, String status, String operationId,
                              String operationStatus, ApplicationOverview.Snapshot snapshot) {

    /** The status of a deleted application, which MSF no longer knows. */
    public static final String DELETED = "DELETED";

    /** @return true if the command waited for the operation to succeed (or there was nothing to wait for) */
    public boolean finished() {
        return operationStatus == null || "SUCCESSFUL".equals(operationStatus);
    }
}
