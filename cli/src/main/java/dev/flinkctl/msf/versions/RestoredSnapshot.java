package dev.flinkctl.msf.versions;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;

/**
 * The snapshot a rollback restores the job's state from. As JSON: {@code {"name": "update-fraud-1735732800000",
 * "createdAt": "2025-01-01T12:00:00Z", "version": 3}}.
 *
 * @param name      the snapshot name
 * @param createdAt when it was taken, or null
 * @param version   the application version it was taken of, or null
 */
@JsonPropertyOrder({"name", "createdAt", "version"})
public record RestoredSnapshot(String name, Instant createdAt, Long version) {

    static RestoredSnapshot of(SnapshotDetails snapshot) {
        return new RestoredSnapshot(snapshot.snapshotName(), snapshot.snapshotCreationTimestamp(),
                snapshot.applicationVersionId());
    }
}
