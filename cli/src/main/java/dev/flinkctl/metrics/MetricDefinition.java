package dev.flinkctl.metrics;

/**
 * One metric of namespace {@code AWS/KinesisAnalytics} at the application level (dimension {@code Application}), with
 * the statistic flinkctl reads it with.
 *
 * @param name        the CloudWatch metric name, e.g. {@code fullRestarts}
 * @param unit        how values are measured, which decides how they print
 * @param statistic   the default CloudWatch statistic per period, e.g. {@code Maximum}
 * @param description one short phrase for {@code metrics list} and help, e.g. "full restarts since the job started"
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html">MSF metrics and
 *     dimensions</a>
 */
public record MetricDefinition(String name, MetricUnit unit, String statistic, String description) {

    /** The same metric read with another statistic, e.g. {@code p99}. */
    public MetricDefinition withStatistic(String other) {
        return new MetricDefinition(name, unit, other, description);
    }
}
