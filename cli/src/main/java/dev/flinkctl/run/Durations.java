package dev.flinkctl.run;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations flinkctl accepts on the command line. */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)");

    private Durations() {
    }

    /**
     * Parses a whole number with a unit ({@code 500ms}, {@code 60s}, {@code 5m}, {@code 1h}) or an ISO-8601
     * duration ({@code PT1M}).
     *
     * @param text the duration as typed
     * @return the duration; it may be zero or, for ISO-8601 input, negative: callers check their own bounds
     * @throws FlinkctlException with {@link ExitCodes#USAGE} when the text is neither form
     */
    public static Duration parse(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = SHORT.matcher(trimmed);
        try {
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                return switch (matcher.group(2)) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            }
            if (trimmed.startsWith("p")) {
                return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            // fall through to the one error message below
        }
        throw new FlinkctlException(ExitCodes.USAGE,
                "'" + text + "' is not a duration: write a number with a unit (500ms, 60s, 5m, 1h) or ISO-8601 (PT1M)");
    }
}
