package dev.flinkctl.command;

import dev.flinkctl.metrics.AvailableMetric;
import dev.flinkctl.metrics.FailCondition;
import dev.flinkctl.metrics.MetricCatalog;
import dev.flinkctl.metrics.MetricFormat;
import dev.flinkctl.metrics.MetricPoint;
import dev.flinkctl.metrics.MetricsReport;
import dev.flinkctl.output.Printer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** How the {@code metrics} commands print their results as tables and CSV. */
final class MetricsView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private MetricsView() {}

    /** One row per period, one column per metric (values with units); periods without any value are left out. */
    static void table(Printer printer, MetricsReport report) {
        TreeSet<Instant> times = new TreeSet<>();
        report.metrics().forEach(series -> series.points().forEach(point -> times.add(point.timestamp())));
        if (times.isEmpty()) {
            printer.line("No data for '%s' between %s and %s UTC.", report.application(),
                    TIME.format(report.start()), TIME.format(report.end()));
            return;
        }
        List<String> headers = new ArrayList<>();
        headers.add("time (UTC)");
        report.metrics().forEach(series -> headers.add(series.metric()));
        List<Map<Instant, Double>> byTime = report.metrics().stream().map(MetricsView::byTime).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Instant time : times) {
            List<String> row = new ArrayList<>();
            row.add(TIME.format(time));
            for (int i = 0; i < byTime.size(); i++) {
                Double value = byTime.get(i).get(time);
                row.add(value == null ? null
                        : MetricFormat.format(value, MetricCatalog.definition(report.metrics().get(i).metric()).unit()));
            }
            rows.add(row);
        }
        printer.table(headers, rows);
    }

    /** Long form for scripts: {@code metric,statistic,unit,timestamp,value}, raw numbers, ISO-8601 UTC times. */
    static void csv(Printer printer, MetricsReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (MetricsReport.Series series : report.metrics()) {
            for (MetricPoint point : series.points()) {
                rows.add(List.of(series.metric(), series.statistic(), series.unit(), point.timestamp().toString(),
                        Double.toString(point.value())));
            }
        }
        printer.csv(List.of("metric", "statistic", "unit", "timestamp", "value"), rows);
    }

    /**
     * The {@code --fail-if} verdicts: on stdout under a table, on stderr otherwise (stdout is the document); and a
     * warning on stderr for each condition without data.
     */
    static void conditions(Printer printer, MetricsReport report, boolean onStdout) {
        for (FailCondition.Result result : report.conditions()) {
            String line;
            if (result.points() == 0) {
                line = "fail-if " + result.condition() + ": no data in the range, so it does not hold";
                printer.progress("warning: " + line);
                continue;
            }
            line = String.format("fail-if %s: %s (%s over %d period(s))", result.condition(),
                    result.holds() ? "HOLDS" : "does not hold", MetricFormat.format(result.value(),
                            MetricCatalog.definition(result.metric()).unit()), result.points());
            if (onStdout) {
                printer.styled(result.holds() ? printer.style("red", line) : line);
            } else {
                printer.progress(line);
            }
        }
    }

    /** METRIC, UNIT, STATISTIC, DIMENSIONS, DESCRIPTION. */
    static void list(Printer printer, List<AvailableMetric> available) {
        printer.table(List.of("metric", "unit", "statistic", "dimensions", "description"), available.stream()
                .map(metric -> List.of(metric.metric(), metric.unit(), metric.statistic(),
                        metric.dimensions().isEmpty() ? "Application" : "Application, "
                                + String.join(", ", metric.dimensions()), metric.description()))
                .toList());
    }

    private static Map<Instant, Double> byTime(MetricsReport.Series series) {
        Map<Instant, Double> values = new TreeMap<>();
        series.points().forEach(point -> values.put(point.timestamp(), point.value()));
        return values;
    }
}
