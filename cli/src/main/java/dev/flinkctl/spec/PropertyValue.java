package dev.flinkctl.spec;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * One runtime property value, already resolved. A sensitive value is shown only as {@code ****}: JSON, YAML and
 * {@link #toString()} all go through {@link #display()}, so printing a spec never leaks it.
 *
 * @param value     the resolved value, 1 to 2048 characters; send it to MSF, never print it
 * @param sensitive whether the value must never be printed
 * @param fromEnv   the environment variable the value came from, or null for a literal
 */
public record PropertyValue(String value, boolean sensitive, String fromEnv) {

    /** @throws NullPointerException when the value is null */
    public PropertyValue {
        Objects.requireNonNull(value, "value");
    }

    /** @return a plain, non-sensitive literal */
    static PropertyValue of(String value) {
        return new PropertyValue(value, false, null);
    }

    /** @return {@code ****} when sensitive, else the value: the only form printers may show */
    @JsonValue
    public String display() {
        return sensitive ? "****" : value;
    }

    /** @return {@link #display()}, so a spec's {@code toString} never contains a secret */
    @Override
    public String toString() {
        return display();
    }
}
