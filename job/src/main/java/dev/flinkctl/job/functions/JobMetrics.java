package dev.flinkctl.job.functions;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * The job's own metrics. They live in the metric group {@value #GROUP}, the group MSF publishes to
 * CloudWatch as custom metrics (namespace AWS/KinesisAnalytics).
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/monitoring-metrics-custom.html">MSF: Use custom metrics</a>
 */
public final class JobMetrics {
    /** The metric group MSF forwards to CloudWatch. */
    public static final String GROUP = "kinesisanalytics";
    /** Records dropped because they are not valid transactions (count). */
    public static final String MALFORMED_RECORDS = "malformedRecords";
    /** Transactions dropped because their event time is behind the watermark (count). */
    public static final String LATE_RECORDS = "lateRecords";
    /** Transactions that went on to the rules (count). */
    public static final String TRANSACTIONS_SCORED = "transactionsScored";

    private JobMetrics() {}

    /** A counter named {@code name} in the {@value #GROUP} group of {@code operatorGroup}. */
    public static Counter counter(MetricGroup operatorGroup, String name) {
        return operatorGroup.addGroup(GROUP).counter(name);
    }
}
