package dev.flinkctl.spec;

import java.util.Objects;

/**
 * What the application logs and which metrics it publishes (MSF {@code MonitoringConfiguration}).
 *
 * @param custom       true when the spec sets monitoring itself (CUSTOM), false for MSF's DEFAULT
 * @param logLevel     INFO, WARN, ERROR or DEBUG
 * @param metricsLevel APPLICATION, TASK, OPERATOR or PARALLELISM
 */
public record MonitoringSpec(boolean custom, String logLevel, String metricsLevel) {

    /** @throws NullPointerException when a level is null */
    public MonitoringSpec {
        Objects.requireNonNull(logLevel, "logLevel");
        Objects.requireNonNull(metricsLevel, "metricsLevel");
    }

    /** @return MSF's DEFAULT: INFO logs, APPLICATION metrics */
    public static MonitoringSpec defaults() {
        return new MonitoringSpec(false, "INFO", "APPLICATION");
    }
}
