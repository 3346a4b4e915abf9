package dev.flinkctl.logs;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CloudWatchLoggingOptionDescription;

/**
 * The CloudWatch Logs stream an MSF application logs to, as its logging option names it: the
 * {@code LogStreamARN} of {@code CloudWatchLoggingOptionDescriptions}, of the form
 * {@code arn:PARTITION:logs:REGION:ACCOUNT:log-group:GROUP:log-stream:STREAM}. Sources:
 * https://docs.aws.amazon.com/managed-flink/latest/java/cloudwatch-logs.html (the logging option) and
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogStream.html (name rules: group
 * names are 1-512 of {@code [.-_/#A-Za-z0-9]}, stream names 1-512 characters without {@code :} or {@code *}).
 *
 * @param logGroup  the log group, e.g. {@code /aws/kinesis-analytics/fraud-detection}
 * @param logStream the log stream in that group, e.g. {@code kinesis-analytics-log-stream}
 */
public record LogStream(String logGroup, String logStream) {
    // Neither name may contain ':', so ":log-group:" and ":log-stream:" split the ARN unambiguously.
    private static final Pattern ARN = Pattern.compile(
            "arn:[a-z-]+:logs:[a-z0-9-]*:\\d*:log-group:([.\\-_/#A-Za-z0-9]{1,512}):log-stream:([^:*]{1,512})");

    /** @throws NullPointerException when the group or stream is null */
    public LogStream {
        Objects.requireNonNull(logGroup, "logGroup");
        Objects.requireNonNull(logStream, "logStream");
    }

    /**
     * @param arn a log stream ARN, {@code arn:aws:logs:REGION:ACCOUNT:log-group:GROUP:log-stream:STREAM}
     * @return its group and stream
     * @throws FlinkctlException {@link ExitCodes#FAILED} when {@code arn} is not a log stream ARN
     */
    public static LogStream parse(String arn) {
        Matcher matcher = ARN.matcher(arn == null ? "" : arn);
        if (!matcher.matches()) {
            throw new FlinkctlException(ExitCodes.FAILED, "not a CloudWatch Logs log stream ARN: '" + arn
                    + "' (expected arn:aws:logs:REGION:ACCOUNT:log-group:GROUP:log-stream:STREAM)");
        }
        return new LogStream(matcher.group(1), matcher.group(2));
    }

    /**
     * @param application an application's description (DescribeApplication)
     * @return the stream of its logging option; MSF allows one, so with several the first is used
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} when it has no logging option, naming the fix
     */
    public static LogStream of(ApplicationDetail application) {
        return application.cloudWatchLoggingOptionDescriptions().stream()
                .map(CloudWatchLoggingOptionDescription::logStreamARN)
                .filter(Objects::nonNull)
                .findFirst()
                .map(LogStream::parse)
                .orElseThrow(() -> new FlinkctlException(ExitCodes.NOT_FOUND, "application '"
                        + application.applicationName() + "' has no CloudWatch logging option: enable 'logging:' in "
                        + "its spec and run 'flinkctl deploy', or add one with 'aws kinesisanalyticsv2 "
                        + "add-application-cloud-watch-logging-option'"));
    }

    /** @return e.g. {@code /aws/kinesis-analytics/fraud-detection:kinesis-analytics-log-stream}, for messages */
    @Override
    public String toString() {
        return logGroup + ":" + logStream;
    }
}
