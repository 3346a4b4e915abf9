package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.job.MotoServer;
import dev.flinkctl.local.Await;
import dev.flinkctl.local.msf.PublishedMetrics.Datum;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;

/**
 * {@code flinkctl metrics get|tail|list} in this JVM against the metrics the local endpoint really publishes (every
 * 2 s) to moto_server's CloudWatch from a running counting job. {@link PublishedMetrics} records what the endpoint
 * sent, so every value flinkctl prints is checked against the datums behind it.
 */
class MetricsCommandsIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness endpoint = new EndpointHarness(moto);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PERIOD = Duration.ofSeconds(5);

    @TempDir
    Path work;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void stopApplications() {
        for (String name : started) {
            endpoint.msf().stopApplication(b -> b.applicationName(name).force(true));
        }
    }

    /** Starts a counting application; returns the start of the first 5 s period that lies wholly after now. */
    private Instant running(String name) throws Exception {
        Instant since = align(Instant.now()).plus(PERIOD);
        new CountingApp(name, endpoint.outputFile()).create(endpoint.msf(), false, Map.of());
        String start = endpoint.msf().startApplication(b -> b.applicationName(name)).operationId();
        started.add(name);
        awaitStatus(endpoint.msf(), name, ApplicationStatus.RUNNING);
        assertThat(awaitOperation(endpoint.msf(), name, start)).isEqualTo(OperationStatus.SUCCESSFUL);
        return since;
    }

    /**
     * Waits until the endpoint has published {@code metric} for {@code periods} whole periods after {@code since};
     * returns the start of the newest period with data, an end before which every published datum is stored.
     */
    private static Instant awaitPeriods(String application, String metric, Instant since, int periods)
            throws Exception {
        Await.until("the endpoint publishing " + metric + " for more than " + periods + " periods",
                EndpointHarness.TIMEOUT, () -> buckets(application, metric, since).size() > periods);
        return buckets(application, metric, since).stream().max(Instant::compareTo).orElseThrow();
    }

    private static Set<Instant> buckets(String application, String metric, Instant since) {
        return PublishedMetrics.of(application, metric).stream().map(Datum::timestamp)
                .filter(t -> !t.isBefore(since)).map(MetricsCommandsIT::align).collect(Collectors.toSet());
    }

    /** What CloudWatch should answer for {@code statistic} per 5 s period in [since, until), from the datums sent. */
    private static Map<Instant, Double> expected(String application, String metric, Instant since, Instant until,
                                                 BinaryOperator<Double> statistic, boolean count) {
        Map<Instant, Double> byPeriod = new TreeMap<>();
        for (Datum datum : PublishedMetrics.of(application, metric)) {
            if (!datum.timestamp().isBefore(since) && datum.timestamp().isBefore(until)) {
                byPeriod.merge(align(datum.timestamp()), count ? 1.0 : datum.value(), statistic);
            }
        }
        return byPeriod;
    }

    private static Map<Instant, Double> points(JsonNode series) {
        Map<Instant, Double> points = new TreeMap<>();
        series.path("points").forEach(p -> points.put(Instant.parse(p.path("timestamp").asText()),
                p.path("value").asDouble()));
        return points;
    }

    private static JsonNode series(JsonNode report, String metric) {
        for (JsonNode series : report.path("metrics")) {
            if (series.path("metric").asText().equals(metric)) {
                return series;
            }
        }
        throw new AssertionError("no series " + metric + " in " + report);
    }

    private static Instant align(Instant instant) {
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), PERIOD.getSeconds()) * PERIOD.getSeconds());
    }

    private static JsonNode json(CliHarness.Result result) throws Exception {
        assertThat(result.exitCode()).as(result::toString).isZero();
        return JSON.readTree(result.out());
    }

    private CliHarness cli() throws Exception {
        return new CliHarness(endpoint, moto.endpoint(), work);
    }

    @Test
    void shouldGetWhatTheEndpointPublishedPerPeriodAsJsonCsvAndTable() throws Exception {
        Instant since = running("metrics-get");
        Instant until = awaitPeriods("metrics-get", "uptime", since, 4);
        CliHarness cli = cli();
        String[] range = {"--since", since.toString(), "--until", until.toString(), "--period", "5s"};

        JsonNode maximum = json(cli.run(concat(new String[] {"metrics", "get", "metrics-get",
            "--metric", "uptime,numRecordsInPerSecond", "--metric", "KPUs", "--stat", "max", "-o", "json"}, range)));
        JsonNode counts = json(cli.run(concat(new String[] {"metrics", "get", "metrics-get",
            "--metric", "uptime", "--stat", "SampleCount", "-o", "json"}, range)));

        assertThat(maximum.path("periodSeconds").asLong()).isEqualTo(5);
        for (String metric : List.of("uptime", "numRecordsInPerSecond", "KPUs")) {
            JsonNode series = series(maximum, metric);
            assertThat(series.path("statistic").asText()).isEqualTo("Maximum");
            Map<Instant, Double> expected = expected("metrics-get", metric, since, until, Math::max, false);
            assertThat(expected).as(metric).hasSizeGreaterThanOrEqualTo(4);
            assertThat(points(series)).as(metric).isEqualTo(expected);
        }
        assertThat(series(maximum, "uptime").path("unit").asText()).isEqualTo("Milliseconds");
        assertThat(points(series(counts, "uptime")))
                .isEqualTo(expected("metrics-get", "uptime", since, until, Double::sum, true));

        CliHarness.Result csv = cli.run(concat(new String[] {"metrics", "get", "metrics-get", "--metric", "uptime",
            "--stat", "Maximum", "-o", "csv"}, range));
        assertThat(csv.exitCode()).as(csv::toString).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("metric,statistic,unit,timestamp,value");
        Map<Instant, Double> fromCsv = new TreeMap<>();
        lines.subList(1, lines.size()).forEach(line -> {
            String[] cells = line.split(",");
            assertThat(cells[0] + "," + cells[1] + "," + cells[2]).isEqualTo("uptime,Maximum,Milliseconds");
            fromCsv.put(Instant.parse(cells[3]), Double.parseDouble(cells[4]));
        });
        assertThat(fromCsv).isEqualTo(points(series(maximum, "uptime")));

        CliHarness.Result table = cli.run(concat(new String[] {"metrics", "get", "metrics-get", "--metric",
            "uptime,KPUs"}, range));
        assertThat(table.exitCode()).as(table::toString).isZero();
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("TIME (UTC)").contains("UPTIME", "KPUS");
        assertThat(table.out().lines().count()).isEqualTo(1 + fromCsv.size());
    }

    @Test
    void shouldExitSevenWhenAFailIfConditionHolds() throws Exception {
        Instant since = running("metrics-gate");
        Instant until = awaitPeriods("metrics-gate", "uptime", since, 2);
        CliHarness cli = cli();
        String[] range = {"--since", since.toString(), "--until", until.toString(), "--period", "5s"};

        CliHarness.Result healthy = cli.run(concat(new String[] {"metrics", "get", "metrics-gate", "--preset", "health",
            "--fail-if", "fullRestarts>0", "--fail-if", "max(downtime)>0"}, range));
        CliHarness.Result up = cli.run(concat(new String[] {"metrics", "get", "metrics-gate", "--metric", "KPUs",
            "--fail-if", "uptime>0", "-o", "json"}, range));
        CliHarness.Result noData = cli.run(concat(new String[] {"metrics", "get", "metrics-gate",
            "--fail-if", "millisBehindLatest>0", "-o", "json"}, range));
        CliHarness.Result bad = cli.run("metrics", "get", "metrics-gate", "--fail-if", "fullRestarts >> 0");

        assertThat(healthy.exitCode()).as(healthy::toString).isZero();
        assertThat(healthy.out()).contains("fail-if fullRestarts>0: does not hold (0 over",
                "fail-if max(downtime)>0: does not hold (0 ms over");
        assertThat(up.exitCode()).as(up::toString).isEqualTo(ExitCodes.UNHEALTHY);
        JsonNode condition = JSON.readTree(up.out()).path("conditions").get(0);
        assertThat(condition.path("holds").asBoolean()).isTrue();
        assertThat(condition.path("value").asDouble()).isPositive();
        assertThat(up.err()).contains("fail-if uptime>0: HOLDS");
        assertThat(JSON.readTree(up.out()).path("metrics").findValuesAsText("metric")).containsExactly("KPUs", "uptime");
        assertThat(noData.exitCode()).as(noData::toString).isZero();
        assertThat(noData.err()).contains("warning: fail-if millisBehindLatest>0: no data in the range");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err().strip()).isEqualTo("flinkctl: cannot read --fail-if 'fullRestarts >> 0': write METRIC "
                + "OP NUMBER, e.g. 'fullRestarts>0' or 'max(millisBehindLatest)>=60000'");
    }

    @Test
    void shouldTailEveryEndedPeriodOnceAsNdjson() throws Exception {
        Instant since = running("metrics-tail");
        awaitPeriods("metrics-tail", "uptime", since, 3);
        CliHarness cli = cli();

        CliHarness.Result tail = cli.run("metrics", "tail", "metrics-tail", "-o", "json", "--period", "5s",
                "--points", "12", "--iterations", "2", "--verbose");

        assertThat(tail.exitCode()).as(tail::toString).isZero();
        assertThat(tail.err()).contains("CloudWatch API cost of this tail: 12 metrics every 5s = USD 0.0864 per hour");
        List<JsonNode> samples = new ArrayList<>();
        for (String line : tail.out().lines().toList()) {
            samples.add(JSON.readTree(line)); // every line is one JSON object
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode sample : samples) {
            assertThat(seen.add(sample.path("metric").asText() + "@" + sample.path("timestamp").asText()))
                    .as("reported once: %s", sample).isTrue();
            assertThat(sample.path("application").asText()).isEqualTo("metrics-tail");
            assertThat(sample.path("periodSeconds").asLong()).isEqualTo(5);
        }
        Instant last = samples.stream().map(s -> Instant.parse(s.path("timestamp").asText()))
                .max(Instant::compareTo).orElseThrow();
        // Complete: every period that ended in the window and had data appears, with the statistic's value.
        for (String metric : List.of("uptime", "fullRestarts", "numRecordsInPerSecond", "KPUs")) {
            boolean average = metric.equals("numRecordsInPerSecond") || metric.equals("KPUs");
            Map<Instant, Double> expected = average
                    ? averages("metrics-tail", metric, since, last.plus(PERIOD))
                    : expected("metrics-tail", metric, since, last.plus(PERIOD), Math::max, false);
            Map<Instant, Double> tailed = new TreeMap<>();
            samples.stream().filter(s -> s.path("metric").asText().equals(metric))
                    .filter(s -> !Instant.parse(s.path("timestamp").asText()).isBefore(since))
                    .forEach(s -> tailed.put(Instant.parse(s.path("timestamp").asText()), s.path("value").asDouble()));
            assertThat(tailed.keySet()).as(metric).isEqualTo(expected.keySet());
            tailed.forEach((time, value) -> assertThat(value).as(metric + " at " + time)
                    .isCloseTo(expected.get(time), within(1e-6)));
        }
        assertThat(samples).anySatisfy(s -> assertThat(s.path("health").asText()).isEqualTo("OK"));
    }

    @Test
    void shouldListThePublishedMetricsAndReportMissingApplications() throws Exception {
        Instant since = running("metrics-list");
        awaitPeriods("metrics-list", "uptime", since, 1);
        CliHarness cli = cli();

        JsonNode listed = json(cli.run("metrics", "list", "metrics-list", "-o", "json"));
        CliHarness.Result table = cli.run("metrics", "list", "metrics-list");

        Set<String> names = new HashSet<>(listed.findValuesAsText("metric"));
        assertThat(names).contains("uptime", "downtime", "fullRestarts", "numberOfFailedCheckpoints", "KPUs",
                "numRecordsInPerSecond");
        assertThat(names).isEqualTo(PublishedMetrics.names("metrics-list"));
        assertThat(listed).anySatisfy(m -> {
            assertThat(m.path("metric").asText()).isEqualTo("lastCheckpointSize");
            assertThat(m.path("unit").asText()).isEqualTo("Bytes");
        });
        assertThat(table.out()).contains("METRIC", "uptime", "Milliseconds", "Application");
        for (String[] args : List.of(new String[] {"metrics", "list", "nope"}, new String[] {"metrics", "get", "nope"},
                new String[] {"metrics", "tail", "nope", "-o", "json", "--iterations", "1"})) {
            CliHarness.Result missing = cli.run(args);
            assertThat(missing.exitCode()).as(missing::toString).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(missing.err()).contains("nope");
        }
    }

    private static Map<Instant, Double> averages(String application, String metric, Instant since, Instant until) {
        Map<Instant, Double> sums = expected(application, metric, since, until, Double::sum, false);
        Map<Instant, Double> counts = expected(application, metric, since, until, Double::sum, true);
        Map<Instant, Double> averages = new TreeMap<>();
        sums.forEach((time, sum) -> averages.put(time, sum / counts.get(time)));
        return averages;
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
