package dev.flinkctl.local.observe;

/**
 * Application-level metric values of one Flink job, as {@link ApplicationMetricsReader} derives them from Flink's
 * REST API. Names and units follow the MSF metric table; how each value is derived is described on
 * {@link ApplicationMetricsReader}.
 *
 * @param uptimeMs time the job has been running without interruption, in milliseconds (Flink {@code uptime}; -1 when
 *     the job has completed)
 * @param downtimeMs for a failing or recovering job, the time elapsed during the outage, in milliseconds (Flink
 *     {@code downtime}; 0 while running)
 * @param fullRestarts restarts since the job was submitted, a count (Flink {@code fullRestarts}, or {@code
 *     numRestarts} where the former is absent)
 * @param numberOfFailedCheckpoints checkpoints that failed, a count
 * @param lastCheckpointDurationMs time the last completed checkpoint took, in milliseconds (-1 before the first)
 * @param lastCheckpointSizeBytes size of the last completed checkpoint, in bytes (-1 before the first)
 * @param numRecordsInPerSecond records the job's sources emit, per second
 * @param numRecordsOutPerSecond records the job's sink vertices take in, per second
 * @param heapMemoryUtilizationPercent heap used / heap max of the task managers, in percent (0–100); null when no
 *     task manager reports it
 * @param cpuUtilizationPercent task-manager JVM CPU use over the time since the previous read, in percent of the
 *     available cores (0–100); null on the first read of a job
 * @param millisBehindLatestMs how far the Kinesis source is behind the tip of its stream, in milliseconds; null when
 *     the job has no Kinesis consumer
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html">MSF metrics and dimensions</a>
 */
public record ApplicationMetricValues(
        double uptimeMs,
        double downtimeMs,
        double fullRestarts,
        double numberOfFailedCheckpoints,
        double lastCheckpointDurationMs,
        double lastCheckpointSizeBytes,
        double numRecordsInPerSecond,
        double numRecordsOutPerSecond,
        Double heapMemoryUtilizationPercent,
        Double cpuUtilizationPercent,
        Double millisBehindLatestMs) {}
