package dev.flinkctl.logs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;

/**
 * A log stream that serves FilterLogEvents from a list, {@value #PAGE_SIZE} events a page, so tests can add events
 * with the same or older timestamps between reads (which moto_server cannot be made to do on demand). It ignores
 * filter patterns; it records every request.
 */
final class FakeLogs implements CloudWatchLogsClient {
    static final int PAGE_SIZE = 2;

    final List<FilterLogEventsRequest> requests = new ArrayList<>();
    private final List<FilteredLogEvent> events = new ArrayList<>();
    private RuntimeException failure;

    /** Stores an event; ids must be unique. */
    FakeLogs add(long timestampMs, String eventId, String message) {
        events.add(FilteredLogEvent.builder().timestamp(timestampMs).eventId(eventId).message(message)
                .logStreamName("stream").build());
        return this;
    }

    /** Makes every following call throw {@code error}. */
    void failWith(RuntimeException error) {
        failure = error;
    }

    @Override
    public FilterLogEventsResponse filterLogEvents(FilterLogEventsRequest request) {
        requests.add(request);
        if (failure != null) {
            throw failure;
        }
        List<FilteredLogEvent> matching = events.stream().filter(e -> e.timestamp() >= request.startTime())
                .sorted(Comparator.comparing(FilteredLogEvent::timestamp)).toList();
        int from = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
        int to = Math.min(from + PAGE_SIZE, matching.size());
        return FilterLogEventsResponse.builder().events(matching.subList(from, to))
                .nextToken(to < matching.size() ? String.valueOf(to) : null).build();
    }

    @Override
    public String serviceName() {
        return "logs";
    }

    @Override
    public void close() {
    }
}
