package dev.flinkctl.output;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Draws a series of values as one line of characters of rising height ({@code ▁▂▃▄▅▆▇█}), one character per value, for
 * the TREND column of {@code metrics tail}. {@link #ASCII} draws the same with plain characters, for terminals whose
 * encoding has no block characters.
 */
public final class Sparkline {
    /** Unicode block elements, lowest first. */
    public static final Sparkline BLOCKS = new Sparkline("▁▂▃▄▅▆▇█");
    /** Plain ASCII, lowest first. */
    public static final Sparkline ASCII = new Sparkline("_.-~=+*#");

    private final String levels;

    private Sparkline(String levels) {
        this.levels = levels;
    }

    /**
     * @param values the series, oldest first
     * @param min    the value drawn as the lowest level (values below it are drawn as it)
     * @param max    the value drawn as the highest level (values above it are drawn as it)
     * @param width  at most this many characters: the newest values are kept, since the right end is what changes
     * @return one character per value drawn, newest at the right, a blank for a NaN value; empty when {@code width}
     *     is not positive
     */
    public String draw(List<Double> values, double min, double max, int width) {
        if (width <= 0) {
            return "";
        }
        List<Double> shown = values.subList(Math.max(0, values.size() - width), values.size());
        StringBuilder line = new StringBuilder(shown.size());
        for (double value : shown) {
            line.append(level(value, min, max));
        }
        return line.toString();
    }

    /** As {@link #draw(List, double, double, int)}, scaled between the smallest and largest of {@code values}. */
    public String draw(List<Double> values, int width) {
        double min = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).max().orElse(0);
        return draw(values, min, max, width);
    }

    /** @return true if every character this sparkline draws can be written in {@code charset} */
    public boolean fits(Charset charset) {
        return charset.newEncoder().canEncode(levels);
    }

    private char level(double value, double min, double max) {
        if (Double.isNaN(value)) {
            return ' ';
        }
        int top = levels.length() - 1;
        if (!(max > min)) {
            // A flat series has no scale: draw it level, on the floor when it is a flat zero (no restarts, no
            // downtime) so that it does not read as activity.
            return levels.charAt(value == 0 ? 0 : top / 2);
        }
        double scaled = (value - min) / (max - min) * top;
        return levels.charAt((int) Math.round(Math.max(0, Math.min(top, scaled))));
    }
}
