package dev.flinkctl.local.observe;

import java.util.Objects;

/**
 * One application whose Flink job should be reported to CloudWatch.
 *
 * @param applicationName the value of the {@code Application} dimension
 * @param jobId the Flink job id as a 32-digit hex string
 * @param kpus Kinesis Processing Units in use, including the orchestration KPU:
 *     {@code ceil(parallelism / parallelismPerKpu) + 1}, computed by the caller
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-scaling.html">MSF application scaling
 *     (allocated KPUs = Parallelism / ParallelismPerKPU, plus one KPU for orchestration)</a>
 */
public record MetricsSource(String applicationName, String jobId, int kpus) {
    public MetricsSource {
        Objects.requireNonNull(applicationName, "applicationName");
        Objects.requireNonNull(jobId, "jobId");
    }
}
