package dev.flinkctl.cost;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * How much an application read over a window, from the hourly averages of its {@code numRecordsInPerSecond} metric
 * (records per second, CloudWatch statistic Average, 1-hour periods), and whether that makes it idle. Pure: no AWS.
 *
 * <p>The window average is the mean of the hourly averages that have data, so an hour in which the application did
 * not run (or did not report) neither counts as zero nor dilutes the average. The records estimate assumes each hour
 * with data ran at its average for the whole hour: Σ hourly average × 3600. CloudWatch's hourly Average is the mean of
 * the data points in the hour, not weighted by time, so both figures are estimates, not counts.
 *
 * @param hoursWithData             hours of the window with at least one data point
 * @param averageRecordsInPerSecond the mean of the hourly averages, records per second; null without data
 * @param recordsIn                 the records read in the window, estimated as above and rounded to a whole record;
 *                                  null without data
 */
public record InputActivity(int hoursWithData, Double averageRecordsInPerSecond, Long recordsIn) {

    /** The input metric, as MSF publishes it at the application level (namespace AWS/KinesisAnalytics). */
    public static final String METRIC = "numRecordsInPerSecond";
    /** The default idle threshold in records per second: under about 860 records a day. */
    public static final double DEFAULT_THRESHOLD = 0.01;

    private static final int SECONDS_PER_HOUR = 3600;
    private static final MathContext SIGNIFICANT = new MathContext(3);

    /**
     * @param hourlyAverages the Average of {@code numRecordsInPerSecond} for each hour of the window that has data, in
     *                       records per second, in any order; hours without data are simply absent
     * @return the activity over the window
     * @throws IllegalArgumentException for a negative or non-finite average (CloudWatch never gives one)
     */
    public static InputActivity of(List<Double> hourlyAverages) {
        if (hourlyAverages.isEmpty()) {
            return new InputActivity(0, null, null);
        }
        double sum = 0;
        for (double average : hourlyAverages) {
            if (!(average >= 0) || Double.isInfinite(average)) {
                throw new IllegalArgumentException("an hourly average of records per second must be finite and zero "
                        + "or more, not " + average);
            }
            sum += average;
        }
        return new InputActivity(hourlyAverages.size(), sum / hourlyAverages.size(),
                Math.round(sum * SECONDS_PER_HOUR));
    }

    /** @return true when the window had at least one data point */
    public boolean hasData() {
        return hoursWithData > 0;
    }

    /**
     * @param thresholdRecordsPerSecond records per second, zero or more
     * @return true when the window average is below the threshold (exactly at it is not idle), or when the window has
     *     no data at all: a running application that reports no input is at least as suspicious as one that reads
     *     nothing
     */
    public boolean idle(double thresholdRecordsPerSecond) {
        return !hasData() || averageRecordsInPerSecond < thresholdRecordsPerSecond;
    }

    /** @return why it looks idle, e.g. {@code 0.0004 records/s on average} or {@code no numRecordsInPerSecond data} */
    public String reason() {
        return hasData() ? rate(averageRecordsInPerSecond) + " records/s on average" : "no " + METRIC + " data";
    }

    /**
     * @param recordsPerSecond a rate, zero or more
     * @return it with three significant digits and no exponent, e.g. {@code 0.000417}, {@code 38.7}, {@code 1230},
     *     {@code 0}
     */
    public static String rate(double recordsPerSecond) {
        return new BigDecimal(recordsPerSecond).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }
}
