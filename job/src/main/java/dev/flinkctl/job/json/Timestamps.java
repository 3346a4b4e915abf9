package dev.flinkctl.job.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** ISO-8601 timestamps as the job reads and writes them. */
public final class Timestamps {
    /** Always three fraction digits and a {@code Z}: {@code 2026-11-21T10:10:00.000Z}. */
    private static final DateTimeFormatter MILLIS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    /** Formats epoch milliseconds as UTC with millisecond precision. */
    public static String format(long epochMillis) {
        return MILLIS_UTC.format(Instant.ofEpochMilli(epochMillis));
    }

    /**
     * Parses an ISO-8601 date-time with an offset ({@code Z} or {@code +01:00}) into epoch milliseconds.
     *
     * @throws DateTimeParseException when the text is not such a date-time
     */
    public static long parse(String text) {
        // ISO_OFFSET_DATE_TIME behaves the same on Java 11 (MSF) and 17, unlike Instant.parse with offsets.
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().toEpochMilli();
    }
}
