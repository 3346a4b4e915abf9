package dev.flinkctl.metrics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * One value of one metric for one period: a line of {@code flinkctl metrics tail -o json} (NDJSON), e.g.
 * <pre>
 * {"application":"fraud-detection","metric":"fullRestarts","statistic":"Maximum","unit":"Count",
 *  "timestamp":"2026-11-21T10:00:00Z","periodSeconds":60,"value":0.0,"health":"OK"}
 * </pre>
 *
 * @param application   the application name
 * @param metric        the CloudWatch metric name
 * @param statistic     the statistic, e.g. {@code Average}
 * @param unit          the CloudWatch unit name, e.g. {@code Count/Second}
 * @param timestamp     the start of the period
 * @param periodSeconds the period, in seconds
 * @param value         the statistic's value
 * @param health        the metric's health level when the sample was read ({@link Health.Level} name)
 */
@JsonPropertyOrder({"application", "metric", "statistic", "unit", "timestamp", "periodSeconds", "value", "health"})
public record MetricSample(String application, String metric, String statistic, String unit, Instant timestamp,
                           long periodSeconds, double value, String health) {}
