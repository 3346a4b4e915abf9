package dev.flinkctl.metrics;

/**
 * The units MSF publishes its metrics in (the CloudWatch {@code StandardUnit} names), and {@link #NONE} for a metric
 * flinkctl does not know. GetMetricData returns bare numbers, so flinkctl keeps the unit of each known metric itself.
 */
public enum MetricUnit {
    /** CloudWatch {@code Milliseconds}. */
    MILLISECONDS("Milliseconds"),
    /** CloudWatch {@code Count}. */
    COUNT("Count"),
    /** CloudWatch {@code Bytes}. */
    BYTES("Bytes"),
    /** CloudWatch {@code Count/Second}. */
    COUNT_PER_SECOND("Count/Second"),
    /** CloudWatch {@code Percent}. */
    PERCENT("Percent"),
    /** Not known to flinkctl. */
    NONE("None");

    private final String cloudWatchName;

    MetricUnit(String cloudWatchName) {
        this.cloudWatchName = cloudWatchName;
    }

    /** @return the unit as CloudWatch names it, e.g. {@code Count/Second}; what JSON output carries */
    public String cloudWatchName() {
        return cloudWatchName;
    }
}
