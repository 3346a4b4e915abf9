package dev.flinkctl.metrics;

import java.util.List;
import java.util.Optional;

/**
 * The values of one metric statistic over a time range, one point per period that had data, oldest first.
 *
 * @param metric the metric and the statistic it was read with
 * @param points the points, ascending by timestamp; empty when CloudWatch had no data
 */
public record MetricSeries(MetricDefinition metric, List<MetricPoint> points) {
    /** Copies {@code points}. */
    public MetricSeries {
        points = List.copyOf(points);
    }

    /** @return the newest point, if any */
    public Optional<MetricPoint> latest() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
    }
}
