package dev.flinkctl.spec;

import java.time.Duration;
import java.util.Objects;

/**
 * After a deploy reaches RUNNING, how long flinkctl watches the job before calling it healthy, and how much trouble
 * it tolerates meanwhile.
 *
 * @param period               how long to watch; zero turns the gate off
 * @param maxRestarts          full restarts tolerated during the period
 * @param maxFailedCheckpoints failed checkpoints tolerated during the period
 */
public record HealthGateSpec(Duration period, int maxRestarts, int maxFailedCheckpoints) {

    /** @throws NullPointerException when the period is null */
    public HealthGateSpec {
        Objects.requireNonNull(period, "period");
    }

    /** @return 60 s, no restarts, no failed checkpoints */
    static HealthGateSpec defaults() {
        return new HealthGateSpec(Duration.ofSeconds(60), 0, 0);
    }

    /** @return false when the period is zero: the deploy ends once the application is RUNNING */
    public boolean enabled() {
        return !period.isZero();
    }
}
