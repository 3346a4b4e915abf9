package dev.flinkctl.local.msf.domain;

import java.time.Instant;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;

/**
 * One snapshot of an application: a Flink savepoint under the endpoint's data directory.
 *
 * @param name the snapshot name
 * @param status CREATING, READY, DELETING or FAILED
 * @param applicationVersionId the application version current when it was taken
 * @param createdAt when it was requested, at millisecond precision (DeleteApplicationSnapshot must echo it to the second)
 * @param runtimeEnvironment the runtime it was taken on, e.g. FLINK-1_20
 * @param savepointPath the Flink savepoint, once READY
 */
public record SnapshotRecord(
        String name, String status, long applicationVersionId, Instant createdAt, String runtimeEnvironment, String savepointPath) {

    /** This snapshot with another status and savepoint path. */
    SnapshotRecord with(String newStatus, String path) {
        return new SnapshotRecord(name, newStatus, applicationVersionId, createdAt, runtimeEnvironment, path);
    }

    boolean ready() {
        return "READY".equals(status);
    }

    /** As the API describes it. */
    SnapshotDetails details() {
        return SnapshotDetails.builder().snapshotName(name).snapshotStatus(status).applicationVersionId(applicationVersionId)
                .snapshotCreationTimestamp(createdAt).runtimeEnvironment(runtimeEnvironment).build();
    }
}
