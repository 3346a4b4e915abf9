package dev.flinkctl.metrics;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.spec.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A {@code --since}/{@code --until} value: a duration before now ({@code 3h}, {@code 90m}, {@code 2d}, {@code PT1H}),
 * an ISO-8601 instant ({@code 2026-11-21T10:00:00Z}) or a date ({@code 2026-11-21}, midnight UTC).
 *
 * @param ago how long before now, or null for an absolute time
 * @param at  the absolute time, or null for a relative one
 */
public record TimeArgument(Duration ago, Instant at) {

    /**
     * @throws FlinkctlException {@link ExitCodes#USAGE} naming the accepted forms
     */
    public static TimeArgument parse(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.contains("T") && Character.isDigit(trimmed.charAt(0))) {
                return new TimeArgument(null, Instant.parse(trimmed));
            }
            if (trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new TimeArgument(null, LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            Duration ago = Durations.parse(trimmed);
            if (ago.isNegative()) {
                throw new IllegalArgumentException("negative");
            }
            return new TimeArgument(ago, null);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new FlinkctlException(ExitCodes.USAGE, "cannot read the time '" + text
                    + "': give a duration before now (3h, 90m, 2d) or a UTC time (2026-11-21T10:00:00Z)");
        }
    }

    /** @return the instant this argument means at {@code now} */
    public Instant resolve(Instant now) {
        return at != null ? at : now.minus(ago);
    }
}
