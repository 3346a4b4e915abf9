package dev.flinkctl.billing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One stretch of time an application ran at a constant number of KPUs, for {@link Meter#runs}. A run that begins
 * exactly when the previous one stopped continues the same start (an autoscaling change), so the 10-minute minimum
 * applies once to both.
 *
 * @param start            when it started running (inclusive)
 * @param stop             when it stopped (exclusive), not before start
 * @param applicationKpus  application KPUs, zero or more: each gets 50 GB of running storage
 * @param orchestrationKpus orchestration KPUs, zero or more: 1 for a Flink application, 2 for Studio interactive mode
 */
public record Run(Instant start, Instant stop, int applicationKpus, int orchestrationKpus) {

    /** @throws IllegalArgumentException when stop is before start or a KPU count is negative */
    public Run {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
        if (stop.isBefore(start)) {
            throw new IllegalArgumentException("a run cannot stop (" + stop + ") before it starts (" + start + ")");
        }
        if (applicationKpus < 0 || orchestrationKpus < 0) {
            throw new IllegalArgumentException("KPUs cannot be negative: " + applicationKpus + " application, "
                    + orchestrationKpus + " orchestration");
        }
    }

    /**
     * @param start  when it started running
     * @param stop   when it stopped
     * @param config the KPUs it ran with
     * @return a run of that configuration
     */
    public static Run of(Instant start, Instant stop, KpuConfiguration config) {
        return new Run(start, stop, config.applicationKpus(), config.orchestrationKpus());
    }

    /**
     * From the CloudWatch {@code KPUs} metric, which counts the orchestration KPU too
     * (https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html).
     *
     * @param start             when it started running
     * @param stop              when it stopped
     * @param totalKpus         KPUs as the metric gives them, orchestration included
     * @param orchestrationKpus how many of them are orchestration KPUs (1, or 2 for Studio interactive mode)
     * @return a run with application KPUs = totalKpus − orchestrationKpus (at least 0)
     */
    public static Run ofTotalKpus(Instant start, Instant stop, int totalKpus, int orchestrationKpus) {
        return new Run(start, stop, Math.max(0, totalKpus - orchestrationKpus), Math.min(totalKpus, orchestrationKpus));
    }

    /** @return how long it ran */
    public Duration duration() {
        return Duration.between(start, stop);
    }

    /** @return application plus orchestration KPUs */
    public int totalKpus() {
        return applicationKpus + orchestrationKpus;
    }
}
