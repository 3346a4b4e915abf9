package dev.flinkctl.local.observe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a stream's queued lines into {@code PutLogEvents} batches: chronological, at most {@value #MAX_EVENTS}
 * events and {@value #MAX_BYTES} bytes (UTF-8 message bytes + {@value #EVENT_OVERHEAD_BYTES} per event) each, and
 * spanning less than 24 hours.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html">CloudWatch
 *     Logs PutLogEvents</a>
 */
final class LogBatches {
    static final int MAX_EVENTS = 10_000;
    static final int MAX_BYTES = 1_048_576;
    static final int EVENT_OVERHEAD_BYTES = 26;
    static final long MAX_SPAN_MS = 24 * 60 * 60 * 1000L - 1;

    /** A queued line: its event time (ms since the epoch), the order it was queued in, the JSON line. */
    record Line(long timestampMs, long sequence, String message) {}

    private LogBatches() {}

    /** The lines sorted by time (ties in queue order), cut into batches that respect the limits. */
    static List<List<Line>> split(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingLong(Line::timestampMs).thenComparingLong(Line::sequence));
        List<List<Line>> batches = new ArrayList<>();
        List<Line> batch = new ArrayList<>();
        long bytes = 0;
        for (Line line : sorted) {
            int size = line.message().getBytes(StandardCharsets.UTF_8).length + EVENT_OVERHEAD_BYTES;
            if (!batch.isEmpty() && (batch.size() == MAX_EVENTS || bytes + size > MAX_BYTES
                    || line.timestampMs() - batch.get(0).timestampMs() > MAX_SPAN_MS)) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(line);
            bytes += size;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}
