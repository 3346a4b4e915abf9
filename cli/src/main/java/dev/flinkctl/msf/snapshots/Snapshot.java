package dev.flinkctl.msf.snapshots;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;

/**
 * One application snapshot (an MSF snapshot is a Flink savepoint the service manages,
 * https://docs.aws.amazon.com/managed-flink/latest/java/how-snapshots.html). As JSON:
 * <pre>
 * {"name": "v3-20261121-101500", "status": "READY", "applicationVersion": 3, "runtimeEnvironment": "FLINK-1_20",
 *  "createdAt": "2026-11-21T10:15:00Z", "ageSeconds": 3600, "pinned": false}
 * </pre>
 *
 * @param name               the snapshot name
 * @param status             CREATING, READY, DELETING or FAILED
 * @param applicationVersion the application version that was current when it was taken
 * @param runtimeEnvironment the runtime it was taken on, e.g. {@code FLINK-1_20}, or null if MSF does not say
 * @param createdAt          when it was taken; DeleteApplicationSnapshot needs it
 * @param ageSeconds         its age when listed, in seconds
 * @param pinned             true if a pin tag on the application protects it from pruning ({@link Pins})
 */
@JsonPropertyOrder({"name", "status", "applicationVersion", "runtimeEnvironment", "createdAt", "ageSeconds", "pinned"})
public record Snapshot(String name, String status, Long applicationVersion, String runtimeEnvironment,
                       Instant createdAt, long ageSeconds, boolean pinned) {

    /**
     * @param details as ListApplicationSnapshots returns it
     * @param pinned  whether it is pinned
     * @param now     the time its age is measured at
     * @return the snapshot
     */
    static Snapshot of(SnapshotDetails details, boolean pinned, Instant now) {
        Instant created = details.snapshotCreationTimestamp();
        long age = created == null ? 0 : Math.max(0, Duration.between(created, now).toSeconds());
        return new Snapshot(details.snapshotName(), details.snapshotStatusAsString(), details.applicationVersionId(),
                details.runtimeEnvironmentAsString(), created, age, pinned);
    }

    /** @return true if it is READY: a start or rollback can restore it */
    @JsonIgnore
    public boolean ready() {
        return "READY".equals(status);
    }

    /** @return true while MSF is still creating or deleting it: it can be neither deleted nor restored */
    @JsonIgnore
    public boolean inTransition() {
        return "CREATING".equals(status) || "DELETING".equals(status);
    }

    /** @return its age when listed */
    @JsonIgnore
    public Duration age() {
        return Duration.ofSeconds(ageSeconds);
    }
}
