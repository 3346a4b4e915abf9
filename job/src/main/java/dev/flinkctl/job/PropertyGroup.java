package dev.flinkctl.job;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Properties;
import org.apache.flink.util.TimeUtils;

/**
 * One runtime property group (MSF {@code PropertyGroupId} with its {@code PropertyMap}), with typed
 * reads that fail with a message naming the group, the key and the expected form.
 */
public final class PropertyGroup implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final Properties properties;

    /** Wraps the properties of group {@code id} (empty when the group is absent). */
    public PropertyGroup(String id, Properties properties) {
        this.id = id;
        this.properties = properties == null ? new Properties() : properties;
    }

    /** The group id, e.g. {@code Source}. */
    public String id() {
        return id;
    }

    /** A copy of the raw properties. */
    public Properties asProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** The value, or {@code fallback} when the key is absent or blank. */
    public String string(String key, String fallback) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** The value; a {@link JobConfigurationException} when absent or blank. */
    public String required(String key, String why) {
        String value = string(key, null);
        if (value == null) {
            throw new JobConfigurationException(
                    "runtime property " + id + "." + key + " is required " + why + ": add it to property group '" + id + "'");
        }
        return value;
    }

    /** A long, or {@code fallback}. */
    public long longValue(String key, long fallback) {
        String value = string(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw bad(key, value, "a whole number such as " + fallback);
        }
    }

    /** A double, or {@code fallback}. */
    public double doubleValue(String key, double fallback) {
        String value = string(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw bad(key, value, "a number such as " + fallback);
        }
    }

    /** A decimal amount, or {@code fallback}. */
    public BigDecimal decimal(String key, BigDecimal fallback) {
        String value = string(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw bad(key, value, "a decimal amount such as " + fallback.toPlainString());
        }
    }

    /** A duration in Flink's notation ({@code 5 s}, {@code 10min}, {@code 1h}, {@code 500ms}), or {@code fallback}. */
    public Duration duration(String key, Duration fallback) {
        String value = string(key, null);
        if (value == null) {
            return fallback;
        }
        try {
            return TimeUtils.parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw bad(key, value, "a duration such as 5s, 10min or 1h");
        }
    }

    /** An enum constant named case-insensitively, or {@code fallback}. */
    public <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String value = string(key, null);
        if (value == null) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.replace('-', '_'))) {
                return constant;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name().toLowerCase().replace('_', '-'));
        }
        throw bad(key, value, "one of " + allowed);
    }

    private JobConfigurationException bad(String key, String value, String expected) {
        return new JobConfigurationException(
                "runtime property " + id + "." + key + " = '" + value + "' is invalid: use " + expected);
    }
}
