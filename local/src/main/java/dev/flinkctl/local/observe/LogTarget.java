package dev.flinkctl.local.observe;

import java.util.Objects;

/**
 * Where {@link CloudWatchLogShipper} ships an application's log lines, and the application fields MSF writes into
 * each line.
 *
 * @param stream the CloudWatch Logs stream (the application's {@code CloudWatchLoggingOption} {@code LogStreamARN})
 * @param applicationArn written as {@code applicationARN}
 * @param applicationVersionId written as {@code applicationVersionId} (as a string, as MSF does)
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/cloudwatch-logs-writing.html">MSF: write custom
 *     messages to CloudWatch Logs</a>
 */
public record LogTarget(LogStreamArn stream, String applicationArn, long applicationVersionId) {
    public LogTarget {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(applicationArn, "applicationArn");
    }
}
