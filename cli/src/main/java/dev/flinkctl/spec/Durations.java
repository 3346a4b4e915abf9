package dev.flinkctl.spec;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations a spec file accepts: Flink's and Go's notation ({@code 500ms}, {@code 5s}, {@code 10min},
 * {@code 1m}, {@code 1h}, {@code 2h30m}, and days: {@code 7d}) and ISO-8601 ({@code PT5S}).
 */
public final class Durations {
    // "ms" and "min" before "m" and "s", so the longest unit wins.
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|min|s|m|h|d)\\s*");
    private static final long MILLIS_PER_SECOND = 1000;
    private static final long SECONDS_PER_MINUTE = 60;
    private static final long SECONDS_PER_HOUR = 3600;
    private static final long SECONDS_PER_DAY = 86_400;

    private Durations() {
    }

    /**
     * Parses one or more whole numbers with units ({@code 500ms}, {@code 90s}, {@code 10min}, {@code 1h30m}) or an
     * ISO-8601 duration ({@code PT5S}, any case). Units: ms, s, m or min, h, d (24 h).
     *
     * @param text the duration as written
     * @return the duration; zero is allowed and ISO-8601 input may be negative: callers check their own bounds
     * @throws IllegalArgumentException when the text is neither form; the message shows the accepted forms
     */
    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        try {
            if (trimmed.startsWith("p")) {
                return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            }
            if (!trimmed.isEmpty()) {
                Matcher part = PART.matcher(trimmed);
                Duration total = Duration.ZERO;
                int at = 0;
                while (at < trimmed.length() && part.region(at, trimmed.length()).lookingAt()) {
                    total = total.plus(of(Long.parseLong(part.group(1)), part.group(2)));
                    at = part.end();
                }
                if (at == trimmed.length()) {
                    return total;
                }
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            // a number too large, or not ISO-8601 after all: the one message below covers both
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration: write numbers with units "
                + "(500ms, 5s, 10min, 1h, 2h30m, 7d) or ISO-8601 (PT5S)");
    }

    private static Duration of(long amount, String unit) {
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /**
     * Formats {@code duration} in the shortest form {@link #parse} reads back: {@code 500ms}, {@code 1m30s},
     * {@code 10m}, {@code 2h30m}, {@code 7d}, {@code 0s}. Durations with a fraction of a millisecond come out as ISO-8601.
     *
     * @param duration any duration, negative ones get a leading {@code -}
     * @return the text
     */
    public static String format(Duration duration) {
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.getNano() % 1_000_000 != 0) {
            return duration.toString();
        }
        long seconds = duration.getSeconds();
        StringBuilder text = new StringBuilder();
        append(text, seconds / SECONDS_PER_DAY, "d");
        append(text, seconds % SECONDS_PER_DAY / SECONDS_PER_HOUR, "h");
        append(text, seconds % SECONDS_PER_HOUR / SECONDS_PER_MINUTE, "m");
        append(text, seconds % SECONDS_PER_MINUTE, "s");
        append(text, duration.getNano() / 1_000_000 % MILLIS_PER_SECOND, "ms");
        return text.toString();
    }

    private static void append(StringBuilder text, long amount, String unit) {
        if (amount != 0) {
            text.append(amount).append(unit);
        }
    }
}
