package dev.flinkctl.option;

import dev.flinkctl.spec.Durations;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code 500ms}, {@code 60s}, {@code 5m}, {@code 1h} or ISO-8601 {@code PT1M} option values. */
public final class DurationConverter implements ITypeConverter<Duration> {

    /** @throws TypeConversionException (exit code 2) naming the accepted forms */
    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
