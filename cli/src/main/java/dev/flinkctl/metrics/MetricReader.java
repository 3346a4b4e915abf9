package dev.flinkctl.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/**
 * Reads MSF's application metrics from CloudWatch: one {@code GetMetricData} call for up to {@value #MAX_QUERIES}
 * metrics (the API's limit per call), every page of it through the SDK paginator, and {@code ListMetrics} for what
 * exists. Throttling is retried with backoff by the SDK's standard retry strategy; what is still throttled after
 * that reaches the caller as a {@code CloudWatchException}.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html">GetMetricData
 *     (500 queries per call, NextToken paging)</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">ListMetrics</a>
 */
public final class MetricReader {
    /** The most {@code MetricDataQuery} entries one GetMetricData call takes. */
    public static final int MAX_QUERIES = 500;

    private final CloudWatchClient cloudWatch;
    private final AtomicLong metricsRequested = new AtomicLong();

    /** @param cloudWatch the CloudWatch client, owned by the caller */
    public MetricReader(CloudWatchClient cloudWatch) {
        this.cloudWatch = cloudWatch;
    }

    /**
     * @param query what to read
     * @return one series per metric of the query, in the query's order; a metric without data has no points
     * @throws software.amazon.awssdk.services.cloudwatch.model.CloudWatchException when CloudWatch refuses (e.g.
     *     still throttled after the SDK's retries)
     */
    public List<MetricSeries> read(MetricQuery query) {
        List<MetricDefinition> metrics = query.metrics();
        Map<String, TreeMap<Instant, Double>> points = new LinkedHashMap<>();
        for (int from = 0; from < metrics.size(); from += MAX_QUERIES) {
            List<MetricDataQuery> queries = new ArrayList<>();
            for (int i = from; i < Math.min(metrics.size(), from + MAX_QUERIES); i++) {
                queries.add(query(query, metrics.get(i), "m" + i));
                points.put("m" + i, new TreeMap<>());
            }
            GetMetricDataRequest request = GetMetricDataRequest.builder().startTime(query.start()).endTime(query.end())
                    .scanBy(ScanBy.TIMESTAMP_ASCENDING).metricDataQueries(queries).build();
            // CloudWatch bills per metric requested, once per call whatever the number of pages.
            metricsRequested.addAndGet(queries.size());
            for (GetMetricDataResponse page : cloudWatch.getMetricDataPaginator(request)) {
                for (MetricDataResult result : page.metricDataResults()) {
                    TreeMap<Instant, Double> series = points.get(result.id());
                    for (int i = 0; i < Math.min(result.timestamps().size(), result.values().size()); i++) {
                        series.put(result.timestamps().get(i), result.values().get(i));
                    }
                }
            }
        }
        List<MetricSeries> series = new ArrayList<>(metrics.size());
        for (int i = 0; i < metrics.size(); i++) {
            List<MetricPoint> ordered = points.get("m" + i).entrySet().stream()
                    .map(entry -> new MetricPoint(entry.getKey(), entry.getValue())).toList();
            series.add(new MetricSeries(metrics.get(i), ordered));
        }
        return series;
    }

    private static MetricDataQuery query(MetricQuery query, MetricDefinition metric, String id) {
        return MetricDataQuery.builder().id(id).returnData(true)
                .metricStat(stat -> stat.stat(metric.statistic()).period((int) query.period().getSeconds())
                        .metric(m -> m.namespace(MetricCatalog.NAMESPACE).metricName(metric.name())
                                .dimensions(Dimension.builder().name(MetricCatalog.APPLICATION_DIMENSION)
                                        .value(query.application()).build())))
                .build();
    }

    /**
     * The metrics CloudWatch holds for {@code application} (published in the last two weeks), every page of
     * {@code ListMetrics}.
     *
     * @param application the application name
     * @return one entry per metric name, sorted by name, with the other dimensions its series carry (e.g. {@code Id}
     *     for per-stream Kinesis metrics)
     */
    public List<AvailableMetric> list(String application) {
        Map<String, TreeSet<String>> dimensions = new TreeMap<>();
        Map<String, Integer> series = new TreeMap<>();
        for (Metric metric : cloudWatch.listMetricsPaginator(request -> request.namespace(MetricCatalog.NAMESPACE)
                .dimensions(DimensionFilter.builder().name(MetricCatalog.APPLICATION_DIMENSION).value(application)
                        .build())).metrics()) {
            TreeSet<String> names = dimensions.computeIfAbsent(metric.metricName(), name -> new TreeSet<>());
            metric.dimensions().stream().map(Dimension::name)
                    .filter(name -> !name.equals(MetricCatalog.APPLICATION_DIMENSION)).forEach(names::add);
            series.merge(metric.metricName(), 1, Integer::sum);
        }
        return dimensions.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(entry -> AvailableMetric.of(entry.getKey(), List.copyOf(entry.getValue()),
                        series.get(entry.getKey())))
                .toList();
    }

    /** @return the metrics requested through GetMetricData so far (what CloudWatch bills for) */
    public long metricsRequested() {
        return metricsRequested.get();
    }
}
