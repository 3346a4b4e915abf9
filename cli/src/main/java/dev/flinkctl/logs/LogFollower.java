package dev.flinkctl.logs;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/**
 * Reads an application's log stream with {@code FilterLogEvents} (every page), and while following reads it again
 * every poll interval, as {@code aws logs tail --follow} does
 * (https://docs.aws.amazon.com/cli/latest/reference/logs/tail.html). API:
 * https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_FilterLogEvents.html.
 *
 * <p>Each read after the first starts {@value #OVERLAP_SECONDS} s before the newest timestamp seen, and skips the
 * event ids it has seen before: events that share a millisecond with the newest one, or that arrived up to
 * {@value #OVERLAP_SECONDS} s late, are printed once and not lost. An event that arrives later than that behind the
 * newest one is missed. Events are passed on in the order CloudWatch Logs returns them (by timestamp), except that a
 * late one comes after newer ones already printed.
 *
 * <p>The filter pattern is applied by CloudWatch Logs; the minimum level here, on each event's {@code messageType}.
 */
public final class LogFollower {
    /** How far each read reaches back behind the newest timestamp seen, in seconds. */
    public static final long OVERLAP_SECONDS = 5;

    private final CloudWatchLogsClient logs;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration overlap;

    /** Waits between reads; tests pass one that does not wait. */
    @FunctionalInterface
    public interface Sleeper {
        /** @throws InterruptedException when interrupted, which ends the follow */
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param logs    the CloudWatch Logs client, owned (and closed) by the caller
     * @param clock   gives "now", from which {@link LogQuery#since()} counts back
     * @param sleeper waits between reads
     */
    public LogFollower(CloudWatchLogsClient logs, Clock clock, Sleeper sleeper) {
        this(logs, clock, sleeper, Duration.ofSeconds(OVERLAP_SECONDS));
    }

    LogFollower(CloudWatchLogsClient logs, Clock clock, Sleeper sleeper, Duration overlap) {
        this.logs = Objects.requireNonNull(logs, "logs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.overlap = Objects.requireNonNull(overlap, "overlap");
    }

    /**
     * Passes the stream's events from {@code query.since()} ago on to {@code sink}, oldest first, each once; with
     * {@code query.follow()} it then polls for new ones until the thread is interrupted.
     *
     * @param stream the log group and stream
     * @param query  how far back, which events, follow or not, how often
     * @param sink   receives each event that passes the query, on the calling thread
     * @throws InterruptedException when the thread is interrupted (the only way a follow ends)
     * @throws FlinkctlException    {@link ExitCodes#NOT_FOUND} when the log group or stream does not exist
     * @throws software.amazon.awssdk.core.exception.SdkException when CloudWatch Logs cannot be reached or refuses
     */
    public void follow(LogStream stream, LogQuery query, Consumer<LogEvent> sink) throws InterruptedException {
        long start = clock.instant().minus(query.since()).toEpochMilli();
        SeenEvents seen = new SeenEvents(overlap.toMillis());
        read(stream, query, seen.startTime(start), seen, sink);
        while (query.follow()) {
            sleeper.sleep(query.poll());
            read(stream, query, seen.startTime(start), seen, sink);
        }
    }

    private void read(LogStream stream, LogQuery query, long startTime, SeenEvents seen, Consumer<LogEvent> sink)
            throws InterruptedException {
        FilterLogEventsRequest request = FilterLogEventsRequest.builder()
                .logGroupName(stream.logGroup())
                .logStreamNames(stream.logStream())
                .startTime(startTime)
                .filterPattern(query.filterPattern())
                .build();
        try {
            for (FilterLogEventsResponse page : logs.filterLogEventsPaginator(request)) {
                for (FilteredLogEvent found : page.events()) {
                    if (seen.firstTime(found.eventId(), found.timestamp())) {
                        LogEvent event = LogEvent.parse(Instant.ofEpochMilli(found.timestamp()), found.eventId(),
                                found.logStreamName() == null ? stream.logStream() : found.logStreamName(),
                                Objects.toString(found.message(), ""));
                        if (event.atLeast(query.minimumLevel())) {
                            sink.accept(event);
                        }
                    }
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException("interrupted while reading " + stream);
                }
            }
        } catch (AbortedException e) {
            // The SDK's word for "the calling thread was interrupted during a call". No cause: ErrorHandler would
            // otherwise report it as an AWS error rather than an interruption.
            throw new InterruptedException("interrupted while reading " + stream);
        } catch (ResourceNotFoundException e) {
            // MSF writes only to an existing stream; 'flinkctl deploy' creates it (deploy/LogDestination).
            throw new FlinkctlException(ExitCodes.NOT_FOUND, "log group '" + stream.logGroup() + "' or its stream '"
                    + stream.logStream() + "' does not exist: run 'flinkctl deploy', which creates both, or 'aws logs "
                    + "create-log-group' and 'aws logs create-log-stream' with these names", e);
        }
        seen.forgetOld();
    }
}
