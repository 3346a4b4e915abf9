package dev.flinkctl.logs;

import java.util.HashMap;
import java.util.Map;

/**
 * The events {@link LogFollower} has already handled, for the reads that overlap: each read after the first starts
 * {@code overlap} before the newest timestamp seen, so events with that very timestamp (or slightly older ones that
 * arrived late) are not lost; their ids say which ones were handled before. Only ids inside the overlap window are
 * kept, so memory stays bounded by the events of that window.
 */
final class SeenEvents {
    private final long overlapMs;
    private final Map<String, Long> timestamps = new HashMap<>();
    private long newest = Long.MIN_VALUE;

    /** @param overlapMs how far before the newest timestamp the next read starts, in ms (zero or more) */
    SeenEvents(long overlapMs) {
        this.overlapMs = overlapMs;
    }

    /**
     * @param initial the start of the first read, in epoch ms
     * @return the start of the next read, in epoch ms: {@code initial} until an event was seen, then {@code overlap}
     *     before the newest timestamp seen (never before {@code initial})
     */
    long startTime(long initial) {
        return newest == Long.MIN_VALUE ? initial : Math.max(initial, newest - overlapMs);
    }

    /**
     * @param eventId     CloudWatch Logs' event id
     * @param timestampMs the event's timestamp, in epoch ms
     * @return true the first time an id is offered (within the window), false when it was seen before
     */
    boolean firstTime(String eventId, long timestampMs) {
        if (timestamps.putIfAbsent(eventId, timestampMs) != null) {
            return false;
        }
        newest = Math.max(newest, timestampMs);
        return true;
    }

    /** Forgets the ids older than the window: the next read, which starts at {@link #startTime}, cannot return them. */
    void forgetOld() {
        long start = newest - overlapMs;
        timestamps.values().removeIf(timestamp -> timestamp < start);
    }

    /** @return how many ids are remembered */
    int size() {
        return timestamps.size();
    }
}
