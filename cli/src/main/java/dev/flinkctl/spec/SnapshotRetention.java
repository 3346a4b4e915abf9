package dev.flinkctl.spec;

import java.time.Duration;

/**
 * Which snapshots {@code flinkctl snapshot prune} and {@code flinkctl deploy} keep. MSF never deletes snapshots
 * itself and allows at most 1,000 per application
 * (https://docs.aws.amazon.com/managed-flink/latest/java/how-snapshots.html), so without a policy they pile up.
 * A snapshot goes only when both limits that are set say so: it is not among the {@code keep} newest READY ones,
 * and it is older than {@code olderThan}.
 *
 * @param keep      how many of the newest READY snapshots to keep, at least 1; null for no count limit
 * @param olderThan only snapshots older than this go; null for no age limit
 */
public record SnapshotRetention(Integer keep, Duration olderThan) {
    /** No policy: nothing is pruned. */
    public static final SnapshotRetention NONE = new SnapshotRetention(null, null);

    /** @throws IllegalArgumentException for keep below 1 or a negative age */
    public SnapshotRetention {
        if (keep != null && keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, not " + keep);
        }
        if (olderThan != null && olderThan.isNegative()) {
            throw new IllegalArgumentException("olderThan must not be negative");
        }
    }

    /** @return true if the policy sets any limit */
    public boolean defined() {
        return keep != null || olderThan != null;
    }

    /** @return e.g. {@code keep 10, older than 7d}, or {@code none} */
    public String describe() {
        if (!defined()) {
            return "none";
        }
        String count = keep == null ? null : "keep " + keep;
        String age = olderThan == null ? null : "older than " + Durations.format(olderThan);
        return count == null ? age : age == null ? count : count + ", " + age;
    }
}
