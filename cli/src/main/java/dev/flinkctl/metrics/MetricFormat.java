package dev.flinkctl.metrics;

import java.util.Locale;

/**
 * Prints metric values for people: the number in its unit, scaled so it stays short ({@code 1.2 s}, {@code 3.4 MB},
 * {@code 250 /s}, {@code 45.2 %}, {@code 12,345}). JSON output carries the raw numbers instead.
 */
public final class MetricFormat {
    private static final String[] BYTE_UNITS = {"B", "KB", "MB", "GB", "TB"};

    private MetricFormat() {}

    /**
     * @param value a value in {@code unit}, or null
     * @param unit  the metric's unit
     * @return the value with its unit, e.g. {@code 1.5 s}; {@code -} for null; MSF's {@code -1} ("not reported yet")
     *     prints as is
     */
    public static String format(Double value, MetricUnit unit) {
        if (value == null || value.isNaN()) {
            return "-";
        }
        double v = value;
        if (v == -1) {
            return "-1";
        }
        return switch (unit) {
            case MILLISECONDS -> duration(v);
            case BYTES -> bytes(v);
            case PERCENT -> String.format(Locale.ROOT, "%.1f %%", v);
            case COUNT_PER_SECOND -> number(v) + " /s";
            case COUNT, NONE -> number(v);
        };
    }

    private static String duration(double ms) {
        double abs = Math.abs(ms);
        if (abs < 1000) {
            return String.format(Locale.ROOT, "%.0f ms", ms);
        }
        if (abs < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000);
        }
        if (abs < 3_600_000) {
            return String.format(Locale.ROOT, "%.1f min", ms / 60_000);
        }
        if (abs < 86_400_000) {
            return String.format(Locale.ROOT, "%.1f h", ms / 3_600_000);
        }
        return String.format(Locale.ROOT, "%.1f d", ms / 86_400_000);
    }

    private static String bytes(double bytes) {
        int unit = 0;
        double scaled = bytes;
        while (Math.abs(scaled) >= 1024 && unit < BYTE_UNITS.length - 1) {
            scaled /= 1024;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f B", scaled)
                : String.format(Locale.ROOT, "%.1f %s", scaled, BYTE_UNITS[unit]);
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
