package dev.flinkctl.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * The result of {@code flinkctl metrics get}: each metric's points over the range, and the {@code --fail-if}
 * conditions with what they found. {@code -o json} prints it:
 * <pre>
 * {"application":"fraud-detection","start":"...","end":"...","periodSeconds":300,
 *  "metrics":[{"metric":"fullRestarts","statistic":"Maximum","unit":"Count",
 *              "points":[{"timestamp":"...","value":0.0}]}],
 *  "conditions":[{"condition":"fullRestarts>0","metric":"fullRestarts","holds":false,"value":0.0,"points":12}]}
 * </pre>
 *
 * @param application   the application name
 * @param start         the start of the range (aligned to the period)
 * @param end           the end of the range, exclusive
 * @param periodSeconds the period of each point, in seconds
 * @param metrics       one entry per metric, in the order chosen
 * @param conditions    one entry per {@code --fail-if}, in the order given
 */
@JsonPropertyOrder({"application", "start", "end", "periodSeconds", "metrics", "conditions"})
public record MetricsReport(String application, Instant start, Instant end, long periodSeconds,
                            List<Series> metrics, List<FailCondition.Result> conditions) {

    /**
     * One metric's points.
     *
     * @param metric    the metric name
     * @param statistic the statistic
     * @param unit      the CloudWatch unit name
     * @param points    the points, oldest first
     */
    @JsonPropertyOrder({"metric", "statistic", "unit", "points"})
    public record Series(String metric, String statistic, String unit, List<MetricPoint> points) {
        static Series of(MetricSeries series) {
            return new Series(series.metric().name(), series.metric().statistic(),
                    series.metric().unit().cloudWatchName(), series.points());
        }
    }

    /**
     * Reads {@code query} and evaluates {@code conditions} on it.
     *
     * @param reader     reads CloudWatch
     * @param query      what to read; it must include every condition's metric
     * @param conditions the conditions
     * @return the report
     */
    public static MetricsReport read(MetricReader reader, MetricQuery query, List<FailCondition> conditions) {
        List<MetricSeries> series = reader.read(query);
        List<FailCondition.Result> results = conditions.stream().map(condition -> condition.evaluate(series.stream()
                .filter(one -> one.metric().name().equals(condition.metric())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the query does not read " + condition.metric()))))
                .toList();
        return new MetricsReport(query.application(), query.start(), query.end(), query.period().getSeconds(),
                series.stream().map(Series::of).toList(), results);
    }

    /** @return true if any condition holds */
    public boolean failed() {
        return conditions.stream().anyMatch(FailCondition.Result::holds);
    }
}
