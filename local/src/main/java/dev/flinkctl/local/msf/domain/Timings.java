package dev.flinkctl.local.msf.domain;

import java.time.Duration;

/**
 * How the endpoint judges a starting job (emulator choices; MSF does not document its own).
 *
 * @param stableTime how long every task must run without a failure before a start or update succeeds
 * @param maxStartFailures how many job failures while starting make the start or update fail
 * @param startTimeout how long a job may take to start; MSF's own soft limit is 5 minutes
 * @param pollInterval how often a starting job's health is checked
 */
public record Timings(Duration stableTime, int maxStartFailures, Duration startTimeout, Duration pollInterval) {
    /** The defaults: 2 s stable, 3 failures, 5 minutes, 100 ms. */
    public static Timings defaults() {
        return new Timings(Duration.ofSeconds(2), 3, Duration.ofMinutes(5), Duration.ofMillis(100));
    }
}
