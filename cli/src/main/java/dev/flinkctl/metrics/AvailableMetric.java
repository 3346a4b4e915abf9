package dev.flinkctl.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One metric CloudWatch holds for an application: a row of {@code flinkctl metrics list}, e.g.
 * {@code {"metric":"uptime","unit":"Milliseconds","statistic":"Maximum","dimensions":[],"series":1,
 * "description":"time the job has been running without interruption"}}.
 *
 * @param metric      the CloudWatch metric name
 * @param unit        its unit as CloudWatch names it, or {@code None} when flinkctl does not know the metric
 * @param statistic   the statistic flinkctl reads it with by default
 * @param dimensions  the dimensions its series carry besides {@code Application}, sorted
 * @param series      how many series (dimension combinations) exist
 * @param description what it measures, or "not known to flinkctl"
 */
@JsonPropertyOrder({"metric", "unit", "statistic", "dimensions", "series", "description"})
public record AvailableMetric(String metric, String unit, String statistic, List<String> dimensions, int series,
                              String description) {

    /** @return the entry for {@code name}, with unit, statistic and description from {@link MetricCatalog} */
    static AvailableMetric of(String name, List<String> dimensions, int series) {
        MetricDefinition known = MetricCatalog.definition(name);
        return new AvailableMetric(name, known.unit().cloudWatchName(), known.statistic(), dimensions, series,
                known.description());
    }
}
