package dev.flinkctl.metrics;

import java.time.Instant;

/**
 * One value of a metric statistic for one period.
 *
 * @param timestamp the start of the period (CloudWatch's datapoint timestamp)
 * @param value     the statistic's value over the period, in the metric's unit
 */
public record MetricPoint(Instant timestamp, double value) {}
