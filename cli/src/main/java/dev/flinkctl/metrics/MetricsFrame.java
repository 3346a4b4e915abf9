package dev.flinkctl.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One refresh of {@code flinkctl metrics tail}: the header facts, one row per metric, and the samples that are new
 * since the previous refresh.
 *
 * @param application the application name
 * @param status      its status, e.g. {@code RUNNING}
 * @param kpus        KPUs it is billed for while running (orchestration included), or null when not known
 * @param at          when the refresh read CloudWatch
 * @param period      the period of each point
 * @param rows        the metrics, in display order
 * @param samples     the points first seen by this refresh, for NDJSON output, oldest first
 * @param notice      one line to show under the header (e.g. "CloudWatch throttled the last refresh"), or null
 */
public record MetricsFrame(String application, String status, Integer kpus, Instant at, Duration period,
                           List<MetricRow> rows, List<MetricSample> samples, String notice) {
    /** Copies the lists. */
    public MetricsFrame {
        rows = List.copyOf(rows);
        samples = List.copyOf(samples);
    }
}
