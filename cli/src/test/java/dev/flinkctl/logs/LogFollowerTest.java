package dev.flinkctl.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

class LogFollowerTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final long T = NOW.minusSeconds(60).toEpochMilli();
    private static final LogStream STREAM = new LogStream("/aws/kinesis-analytics/fraud", "kinesis-analytics-log-stream");
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofSeconds(2);

    private final FakeLogs logs = new FakeLogs();
    private final List<LogEvent> printed = new ArrayList<>();
    private final List<Duration> slept = new ArrayList<>();
    /** What happens in each pause between reads; when none is left, the follow is interrupted. */
    private final Deque<Runnable> pauses = new ArrayDeque<>();

    private LogFollower follower(Duration overlap) {
        return new LogFollower(logs, Clock.fixed(NOW, ZoneOffset.UTC), pause -> {
            slept.add(pause);
            if (pauses.isEmpty()) {
                throw new InterruptedException("Ctrl-C");
            }
            pauses.poll().run();
        }, overlap);
    }

    private static LogQuery following(LogLevel minimum) {
        return new LogQuery(Duration.ofMinutes(10), null, minimum, true, POLL);
    }

    private List<String> printedIds() {
        return printed.stream().map(LogEvent::eventId).toList();
    }

    private List<Long> startTimes() {
        return logs.requests.stream().filter(r -> r.nextToken() == null).map(FilterLogEventsRequest::startTime)
                .toList();
    }

    @Test
    void shouldReadEveryPageOnceFromSinceAgoWhenNotFollowing() throws Exception {
        logs.add(T, "a", "one").add(T + 1, "b", "two").add(T + 2, "c", "three");
        LogQuery once = new LogQuery(Duration.ofMinutes(10), "ERROR", null, false, POLL);

        follower(OVERLAP).follow(STREAM, once, printed::add);

        assertThat(printedIds()).containsExactly("a", "b", "c");
        assertThat(printed.get(2).message()).isEqualTo("three");
        assertThat(printed.get(2).timestamp()).isEqualTo(Instant.ofEpochMilli(T + 2));
        assertThat(slept).isEmpty();
        assertThat(logs.requests).hasSize(2).allSatisfy(request -> {
            assertThat(request.logGroupName()).isEqualTo("/aws/kinesis-analytics/fraud");
            assertThat(request.logStreamNames()).containsExactly("kinesis-analytics-log-stream");
            assertThat(request.filterPattern()).isEqualTo("ERROR");
            assertThat(request.startTime()).isEqualTo(NOW.minus(Duration.ofMinutes(10)).toEpochMilli());
        });
        assertThat(logs.requests.get(1).nextToken()).isEqualTo("2");
    }

    @Test
    void shouldPrintEventsThatShareTheNewestMillisecondOnceAndNotLoseThoseThatArriveLater() {
        logs.add(T, "a", "one").add(T, "b", "two");
        pauses.add(() -> logs.add(T, "c", "same millisecond, arrived after the first read").add(T + 1000, "d", "new"));
        pauses.add(() -> logs.add(T + 900, "e", "older than d, arrived late but within the overlap"));
        pauses.add(() -> { });

        assertThatThrownBy(() -> follower(OVERLAP).follow(STREAM, following(null), printed::add))
                .isInstanceOf(InterruptedException.class);

        assertThat(printedIds()).containsExactly("a", "b", "c", "d", "e");
        assertThat(slept).containsOnly(POLL).hasSize(4);
        long initial = NOW.minus(Duration.ofMinutes(10)).toEpochMilli();
        assertThat(startTimes()).containsExactly(initial, T - 5000, T + 1000 - 5000, T + 1000 - 5000);
    }

    @Test
    void shouldRereadFromTheNewestTimestampItselfWithoutOverlap() {
        logs.add(T, "a", "one");
        pauses.add(() -> logs.add(T, "b", "same millisecond").add(T - 1, "late", "too late: before the newest"));
        pauses.add(() -> { });

        assertThatThrownBy(() -> follower(Duration.ZERO).follow(STREAM, following(null), printed::add))
                .isInstanceOf(InterruptedException.class);

        assertThat(printedIds()).containsExactly("a", "b");
        assertThat(startTimes().subList(1, 3)).containsOnly(T);
    }

    @Test
    void shouldKeepOnlyTheMinimumLevelButMoveOnPastTheEventsItLeavesOut() {
        logs.add(T, "i", json("INFO", "starting")).add(T + 1, "w", json("WARN", "slow"))
                .add(T + 2, "e", json("ERROR", "failed")).add(T + 3, "p", "plain text");
        pauses.add(() -> logs.add(T + 20_000, "d", json("DEBUG", "detail")));
        pauses.add(() -> { });

        assertThatThrownBy(() -> follower(OVERLAP).follow(STREAM, following(LogLevel.WARN), printed::add))
                .isInstanceOf(InterruptedException.class);

        assertThat(printed).extracting(LogEvent::eventId, LogEvent::level, LogEvent::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("w", LogLevel.WARN, "slow"),
                        org.assertj.core.groups.Tuple.tuple("e", LogLevel.ERROR, "failed"));
        // the left-out DEBUG and plain lines still count as seen: the next reads start behind them
        assertThat(startTimes().subList(1, 3)).containsExactly(T + 3 - 5000, T + 20_000 - 5000);
    }

    @Test
    void shouldEndAsInterruptedWhenTheSdkCallIsAborted() {
        logs.failWith(AbortedException.builder().message("Thread was interrupted").build());

        assertThatThrownBy(() -> follower(OVERLAP).follow(STREAM, following(null), printed::add))
                .isInstanceOf(InterruptedException.class).hasNoCause();
    }

    @Test
    void shouldNameTheGroupAndStreamWhenTheyDoNotExist() {
        logs.failWith(ResourceNotFoundException.builder().message("The specified log group does not exist.").build());

        assertThatThrownBy(() -> follower(OVERLAP).follow(STREAM, following(null), printed::add))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
                    assertThat(e.getMessage()).contains("'/aws/kinesis-analytics/fraud'",
                            "'kinesis-analytics-log-stream'", "does not exist", "flinkctl deploy")
                            .doesNotContain("\n");
                });
    }

    @Test
    void shouldRememberOnlyTheIdsInsideTheOverlapWindow() {
        SeenEvents seen = new SeenEvents(5000);
        for (long second = 0; second <= 100; second++) {
            assertThat(seen.firstTime("e" + second, second * 1000)).isTrue();
        }
        assertThat(seen.firstTime("e100", 100_000)).isFalse();

        seen.forgetOld();

        assertThat(seen.size()).isEqualTo(6); // 95 s to 100 s
        assertThat(seen.firstTime("e95", 95_000)).isFalse();
        assertThat(seen.startTime(0)).isEqualTo(95_000);
        assertThat(seen.startTime(99_000)).isEqualTo(99_000);
    }

    private static String json(String level, String message) {
        return "{\"logger\":\"dev.Job\",\"message\":\"" + message + "\",\"messageType\":\"" + level + "\"}";
    }
}
