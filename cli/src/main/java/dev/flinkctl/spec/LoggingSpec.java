package dev.flinkctl.spec;

import java.util.Objects;

/**
 * Where the application's logs go in CloudWatch Logs (MSF {@code CloudWatchLoggingOptions}).
 *
 * @param enabled   whether the application logs to CloudWatch Logs at all
 * @param logGroup  the log group, by default {@code /aws/kinesis-analytics/<application name>}
 * @param logStream the log stream in that group
 */
public record LoggingSpec(boolean enabled, String logGroup, String logStream) {

    /** The log stream MSF's console creates. */
    static final String DEFAULT_LOG_STREAM = "kinesis-analytics-log-stream";

    /** @throws NullPointerException when the group or stream is null */
    public LoggingSpec {
        Objects.requireNonNull(logGroup, "logGroup");
        Objects.requireNonNull(logStream, "logStream");
    }

    /** @return logging enabled, to the default group of application {@code name} and the default stream */
    static LoggingSpec defaults(String name) {
        return new LoggingSpec(true, defaultLogGroup(name), DEFAULT_LOG_STREAM);
    }

    /** @return the log group MSF's console uses for application {@code name} */
    static String defaultLogGroup(String name) {
        return "/aws/kinesis-analytics/" + name;
    }

    /**
     * The ARN that {@code CloudWatchLoggingOptions.LogStreamARN} expects. It uses the {@code aws} partition, the only
     * one flinkctl supports.
     *
     * @param region    AWS region, e.g. {@code eu-west-1}
     * @param accountId 12-digit account id
     * @return {@code arn:aws:logs:REGION:ACCOUNT:log-group:GROUP:log-stream:STREAM}
     */
    public String logStreamArn(String region, String accountId) {
        return "arn:aws:logs:" + region + ":" + accountId + ":log-group:" + logGroup + ":log-stream:" + logStream;
    }
}
