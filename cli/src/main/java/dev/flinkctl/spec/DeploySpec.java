package dev.flinkctl.spec;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code flinkctl deploy} behaves; none of it is part of the MSF application.
 *
 * @param timeout    how long to wait for each status change
 * @param healthGate what counts as a healthy deploy
 */
public record DeploySpec(Duration timeout, HealthGateSpec healthGate) {

    /** @throws NullPointerException when an argument is null */
    public DeploySpec {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(healthGate, "healthGate");
    }

    /** @return a 10-minute timeout and the default health gate (60 s, nothing tolerated) */
    public static DeploySpec defaults() {
        return new DeploySpec(Duration.ofMinutes(10), HealthGateSpec.defaults());
    }
}
