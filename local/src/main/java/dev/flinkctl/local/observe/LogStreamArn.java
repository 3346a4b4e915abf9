package dev.flinkctl.local.observe;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CloudWatch Logs log stream ARN, {@code arn:aws:logs:REGION:ACCOUNT:log-group:GROUP:log-stream:STREAM}: the form
 * of an MSF application's {@code CloudWatchLoggingOption.LogStreamARN}.
 *
 * <p>Only the {@code aws} partition is accepted (emulator choice: the local endpoint emulates commercial regions).
 *
 * @param region e.g. {@code us-east-1}
 * @param accountId 12 digits
 * @param logGroup 1–512 characters of {@code [.-_/#A-Za-z0-9]}
 * @param logStream 1–512 characters, neither {@code :} nor {@code *}
 * @see <a href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html#amazoncloudwatchlogs-resources-for-iam-policies">CloudWatch
 *     Logs resource types (ARN formats)</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogStream.html">CreateLogStream
 *     (name rules)</a>
 */
public record LogStreamArn(String region, String accountId, String logGroup, String logStream) {
    private static final String FORM = "arn:aws:logs:REGION:ACCOUNT:log-group:GROUP:log-stream:STREAM";
    private static final Pattern ARN = Pattern.compile(
            "arn:aws:logs:([a-z0-9-]+):(\\d{12}):log-group:([.\\-_/#A-Za-z0-9]{1,512}):log-stream:([^:*\\p{Cntrl}]{1,512})");

    public LogStreamArn {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(logGroup, "logGroup");
        Objects.requireNonNull(logStream, "logStream");
    }

    /**
     * Parses a log stream ARN.
     *
     * @throws IllegalArgumentException (one line, naming the expected form) when {@code arn} is not a log stream ARN
     */
    public static LogStreamArn parse(String arn) {
        Matcher m = ARN.matcher(arn == null ? "" : arn);
        if (!m.matches()) {
            String shown = arn == null ? "null" : "'" + arn.replaceAll("\\s", " ") + "'";
            throw new IllegalArgumentException("not a CloudWatch Logs log stream ARN: " + shown + "; expected " + FORM);
        }
        return new LogStreamArn(m.group(1), m.group(2), m.group(3), m.group(4));
    }

    /** This stream's ARN, in the form {@link #parse} accepts. */
    public String arn() {
        return "arn:aws:logs:" + region + ":" + accountId + ":log-group:" + logGroup + ":log-stream:" + logStream;
    }
}
