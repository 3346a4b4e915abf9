package dev.flinkctl.metrics;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What to read from CloudWatch: some metrics of one application, one point per {@code period} between {@code start}
 * and {@code end}. The constructor checks what CloudWatch would otherwise refuse or silently answer with nothing.
 *
 * <p>CloudWatch rules: a period is 1, 5, 10, 20 or 30 seconds (only high-resolution metrics have data at those) or a
 * multiple of 60 s; data older than 15 days is kept only in 5-minute periods, and older than 63 days only in 1-hour
 * periods.
 *
 * @param application the application name (dimension {@code Application})
 * @param metrics     the metrics with their statistics, at least one
 * @param start       the first instant, inclusive ({@link #aligned} aligns it to the period)
 * @param end         the last instant, exclusive; after {@code start}
 * @param period      the length of one point
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricStat.html">MetricStat
 *     (period rules and retention)</a>
 */
public record MetricQuery(String application, List<MetricDefinition> metrics, Instant start, Instant end,
                          Duration period) {
    /** Data older than this is only kept in 5-minute periods. */
    static final Duration FIVE_MINUTE_RETENTION = Duration.ofDays(15);
    /** Data older than this is only kept in 1-hour periods. */
    static final Duration ONE_HOUR_RETENTION = Duration.ofDays(63);
    private static final List<Long> SHORT_PERIODS = List.of(1L, 5L, 10L, 20L, 30L);

    /**
     * Copies the list.
     *
     * @throws FlinkctlException {@link ExitCodes#USAGE} for an empty metric list, a period CloudWatch does not take,
     *     or a start at or after the end
     */
    public MetricQuery {
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new FlinkctlException(ExitCodes.USAGE, "no metrics chosen: give --metric NAME or --preset");
        }
        checkPeriod(period);
        if (!start.isBefore(end)) {
            throw new FlinkctlException(ExitCodes.USAGE, "the time range is empty: --since must be before --until");
        }
    }

    /**
     * A query whose start is aligned down to a multiple of the period since the epoch, so that repeated queries see
     * the same periods (moto_server starts its periods at the start time; CloudWatch rounds it down itself).
     *
     * @throws FlinkctlException as the constructor does
     */
    public static MetricQuery aligned(String application, List<MetricDefinition> metrics, Instant start, Instant end,
                                      Duration period) {
        checkPeriod(period);
        return new MetricQuery(application, metrics, align(start, period), end, period);
    }

    /**
     * Checks {@code period} against CloudWatch's rules.
     *
     * @throws FlinkctlException {@link ExitCodes#USAGE} naming the accepted periods
     */
    public static void checkPeriod(Duration period) {
        long seconds = period.getSeconds();
        boolean whole = period.getNano() == 0;
        if (!whole || seconds <= 0 || !(SHORT_PERIODS.contains(seconds) || seconds % 60 == 0)) {
            throw new FlinkctlException(ExitCodes.USAGE, "CloudWatch cannot use a period of " + period.toString()
                    .substring(2).toLowerCase() + ": use 1s, 5s, 10s, 20s, 30s or a multiple of 1m");
        }
    }

    /**
     * Checks that CloudWatch still keeps data at this period for the start of the range.
     *
     * @param now the current time
     * @throws FlinkctlException {@link ExitCodes#USAGE} naming the period to use instead
     */
    public void checkRetention(Instant now) {
        Duration age = Duration.between(start, now);
        long seconds = period.getSeconds();
        if (age.compareTo(ONE_HOUR_RETENTION) > 0 && seconds % 3600 != 0) {
            throw new FlinkctlException(ExitCodes.USAGE, "CloudWatch keeps data older than 63 days only per hour: "
                    + "use --period 1h (or a multiple)");
        }
        if (age.compareTo(FIVE_MINUTE_RETENTION) > 0 && seconds % 300 != 0) {
            throw new FlinkctlException(ExitCodes.USAGE, "CloudWatch keeps data older than 15 days only in 5-minute "
                    + "periods: use --period 5m (or a multiple)");
        }
    }

    /** @return the number of periods in the range, rounded up */
    public long periods() {
        long seconds = period.getSeconds();
        return (Duration.between(start, end).getSeconds() + seconds - 1) / seconds;
    }

    private static Instant align(Instant instant, Duration period) {
        long seconds = period.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), seconds) * seconds);
    }
}
