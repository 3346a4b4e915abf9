package dev.flinkctl.metrics;

import dev.flinkctl.msf.ApplicationOverview;
import dev.flinkctl.msf.Applications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;

/**
 * The refreshes of {@code flinkctl metrics tail}: each {@link #refresh()} describes the application (status, KPUs)
 * and reads the window, the last {@code points} periods, with one {@code GetMetricData} call for all metrics.
 *
 * <p>Samples: a period's value is reported once, when the period has ended (CloudWatch may still add to the current
 * one), so NDJSON consumers see each period exactly once. The first refresh reports every ended period of the
 * window.
 *
 * <p>Throttling: the SDK retries a throttled call with backoff; when CloudWatch still throttles, the refresh keeps the
 * previous rows, says so in the frame's notice, and the next 1, 2, 4, then at most 8 refreshes skip CloudWatch.
 */
public final class MetricsTail {
    private static final int MAX_SKIPPED = 8;

    private final Applications applications;
    private final MetricReader reader;
    private final String application;
    private final List<MetricDefinition> metrics;
    private final Duration period;
    private final int points;
    private final Clock clock;
    private final Map<String, Instant> reported = new HashMap<>();
    private List<MetricRow> lastRows = List.of();
    private int skip;
    private int backoff;

    /**
     * @param applications the MSF domain, for status and KPUs
     * @param reader       reads CloudWatch
     * @param application  the application name
     * @param metrics      the metrics, in display order
     * @param period       the length of one point, a period CloudWatch takes ({@link MetricQuery#checkPeriod})
     * @param points       how many periods the window holds, at least 2
     * @param clock        the clock
     */
    public MetricsTail(Applications applications, MetricReader reader, String application,
                       List<MetricDefinition> metrics, Duration period, int points, Clock clock) {
        MetricQuery.checkPeriod(period);
        if (points < 2) {
            throw new IllegalArgumentException("the window needs at least 2 points, not " + points);
        }
        this.applications = applications;
        this.reader = reader;
        this.application = application;
        this.metrics = List.copyOf(metrics);
        this.period = period;
        this.points = points;
        this.clock = clock;
    }

    /**
     * @return the frame of this refresh
     * @throws dev.flinkctl.FlinkctlException {@link dev.flinkctl.ExitCodes#NOT_FOUND} when the application is gone
     * @throws CloudWatchException when CloudWatch fails for any reason other than throttling
     */
    public MetricsFrame refresh() {
        ApplicationDetail detail = applications.require(application);
        Instant now = clock.instant();
        String notice = null;
        List<MetricSample> samples = List.of();
        if (skip > 0) {
            skip--;
            notice = "CloudWatch throttled an earlier refresh; backing off (" + (skip + 1) + " more refresh(es))";
        } else {
            try {
                MetricQuery query = MetricQuery.aligned(application, metrics, now.minus(period.multipliedBy(points)), now,
                        period);
                List<MetricSeries> series = reader.read(query);
                List<MetricRow> rows = new ArrayList<>(series.size());
                List<MetricSample> fresh = new ArrayList<>();
                for (MetricSeries one : series) {
                    Health health = HealthRules.assess(one);
                    rows.add(row(one, health));
                    fresh.addAll(newSamples(one, health, now));
                }
                fresh.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
                lastRows = rows;
                samples = fresh;
                backoff = 0;
            } catch (CloudWatchException e) {
                if (!e.isThrottlingException()) {
                    throw e;
                }
                backoff = backoff == 0 ? 1 : Math.min(MAX_SKIPPED, backoff * 2);
                skip = backoff;
                notice = "CloudWatch throttled this refresh after the SDK's retries; skipping the next " + backoff;
            }
        }
        return new MetricsFrame(application, detail.applicationStatusAsString(), ApplicationOverview.kpus(detail), now,
                period, lastRows.isEmpty() ? emptyRows() : lastRows, samples, notice);
    }

    /** @return the metrics read, with their statistics */
    public List<MetricDefinition> metrics() {
        return metrics;
    }

    private List<MetricSample> newSamples(MetricSeries series, Health health, Instant now) {
        String name = series.metric().name();
        Instant last = reported.get(name);
        List<MetricSample> fresh = new ArrayList<>();
        for (MetricPoint point : series.points()) {
            boolean ended = !point.timestamp().plus(period).isAfter(now);
            if (ended && (last == null || point.timestamp().isAfter(last))) {
                fresh.add(new MetricSample(application, name, series.metric().statistic(),
                        series.metric().unit().cloudWatchName(), point.timestamp(), period.getSeconds(), point.value(),
                        health.level().name()));
                reported.put(name, point.timestamp());
            }
        }
        return fresh;
    }

    private static MetricRow row(MetricSeries series, Health health) {
        List<Double> values = series.points().stream().map(MetricPoint::value).toList();
        Double current = values.isEmpty() ? null : values.get(values.size() - 1);
        Double min = values.stream().min(Double::compare).orElse(null);
        Double max = values.stream().max(Double::compare).orElse(null);
        return new MetricRow(series.metric(), current, min, max, values, health);
    }

    private List<MetricRow> emptyRows() {
        return metrics.stream().map(metric -> new MetricRow(metric, null, null, null, List.of(), Health.NONE)).toList();
    }
}
