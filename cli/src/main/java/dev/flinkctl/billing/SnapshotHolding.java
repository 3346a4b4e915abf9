package dev.flinkctl.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One snapshot as durable application backup storage: its size and how long it is held. MSF never deletes snapshots
 * by itself, so they are billed until deleted, also while the application is stopped
 * (https://docs.aws.amazon.com/managed-flink/latest/java/how-snapshots.html). AWS gives no formula for a snapshot's
 * billed size; the savepoint size is the best stand-in.
 *
 * @param name      the snapshot name, for reports
 * @param sizeGb    its size in GB, zero or more
 * @param createdAt when it was taken
 * @param deletedAt when it was deleted, or null while it is still held
 */
public record SnapshotHolding(String name, BigDecimal sizeGb, Instant createdAt, Instant deletedAt) {

    /** @throws IllegalArgumentException when the size is negative or it was deleted before it was taken */
    public SnapshotHolding {
        Objects.requireNonNull(createdAt, "createdAt");
        if (sizeGb == null || sizeGb.signum() < 0) {
            throw new IllegalArgumentException("snapshot '" + name + "' size must be zero GB or more, not " + sizeGb);
        }
        if (deletedAt != null && deletedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("snapshot '" + name + "' cannot be deleted before it is taken");
        }
    }
}
