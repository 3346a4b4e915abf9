package dev.flinkctl.metrics;

import java.util.List;

/**
 * One metric as the live view shows it: its latest value, the range over the window, the recent values for a
 * sparkline and its health.
 *
 * @param metric  the metric and statistic
 * @param current the newest value, in the metric's unit; null without data in the window
 * @param min     the smallest value in the window; null without data
 * @param max     the largest value in the window; null without data
 * @param recent  the window's values, oldest first (at most the window's number of periods), for a sparkline
 * @param health  what the values say
 */
public record MetricRow(MetricDefinition metric, Double current, Double min, Double max, List<Double> recent,
                        Health health) {
    /** Copies {@code recent}. */
    public MetricRow {
        recent = List.copyOf(recent);
    }
}
