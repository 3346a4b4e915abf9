package dev.flinkctl.logs;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link LogFollower} reads from a log stream: from how far back, which events, and whether to keep following.
 *
 * @param since         how far back from now to start (zero: only what arrives from now on)
 * @param filterPattern a CloudWatch Logs filter pattern, applied by the service, or null for every event; see
 *                      https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/logs/FilterAndPatternSyntax.html
 * @param minimumLevel  the least severe level to keep, applied here (see {@link LogEvent#atLeast}), or null for all
 * @param follow        true to keep polling for new events until interrupted; false to read once and return
 * @param poll          the time between two reads while following (CloudWatch Logs makes events searchable within
 *                      seconds of their arrival, so a few seconds suffice)
 */
public record LogQuery(Duration since, String filterPattern, LogLevel minimumLevel, boolean follow,
                       Duration poll) {

    /**
     * @throws NullPointerException when since or poll is null
     * @throws FlinkctlException    {@link ExitCodes#USAGE} when {@code since} is negative or {@code poll} not positive
     */
    public LogQuery {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(poll, "poll");
        if (since.isNegative()) {
            throw new FlinkctlException(ExitCodes.USAGE, "--since must not be negative, was " + since);
        }
        if (poll.isNegative() || poll.isZero()) {
            throw new FlinkctlException(ExitCodes.USAGE, "--poll must be positive, e.g. 2s");
        }
        if (filterPattern != null && filterPattern.isBlank()) {
            filterPattern = null;
        }
    }
}
