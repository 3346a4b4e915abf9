package dev.flinkctl.spec;

import java.time.Duration;
import java.util.Objects;

/**
 * Checkpointing (MSF {@code CheckpointConfiguration}). With {@code custom} false the spec asks for MSF's DEFAULT,
 * under which the service forces the values of {@link #defaults()} whatever else is set.
 *
 * @param custom          true when the spec sets checkpointing itself (CUSTOM), false for DEFAULT
 * @param enabled         whether the job checkpoints
 * @param interval        time between checkpoints, at least 1 ms
 * @param minPauseBetween least time from the end of one checkpoint to the start of the next, zero or more
 */
public record CheckpointSpec(boolean custom, boolean enabled, Duration interval, Duration minPauseBetween) {

    /** MSF's DEFAULT checkpoint interval. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    /** MSF's DEFAULT minimum pause between checkpoints. */
    static final Duration DEFAULT_MIN_PAUSE = Duration.ofSeconds(5);

    /** @throws NullPointerException when a duration is null */
    public CheckpointSpec {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(minPauseBetween, "minPauseBetween");
    }

    /** @return MSF's DEFAULT: enabled, every 60 s, at least 5 s apart */
    public static CheckpointSpec defaults() {
        return new CheckpointSpec(false, true, DEFAULT_INTERVAL, DEFAULT_MIN_PAUSE);
    }
}
