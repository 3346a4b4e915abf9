package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.billing.RegionPrice;
import dev.flinkctl.job.MotoServer;
import dev.flinkctl.local.Await;
import dev.flinkctl.local.msf.PublishedMetrics.Datum;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;

/**
 * {@code flinkctl cost idle} in this JVM against the local endpoint, with a busy application (40 records/s), an idle
 * one (0.001 records/s) and one created but never started, reading the {@code numRecordsInPerSecond} the endpoint
 * really publishes (every 2 s) to moto_server's CloudWatch. {@link PublishedMetrics} records what was sent, so the
 * average flinkctl reports is checked against the datums behind it, bucketed by hour as CloudWatch's 1-hour periods
 * bucket them. The running applications are shared by the checks of one test: starting them and letting the idle one's
 * first minute pass takes most of two minutes.
 */
class CostIdleIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness endpoint = new EndpointHarness(moto);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String METRIC = "numRecordsInPerSecond";
    private static final String BUSY = "idle-it-busy";
    private static final String QUIET = "idle-it-quiet";
    private static final String STOPPED = "idle-it-ready";
    private static final double THRESHOLD = 0.01;
    /** Flink's records-per-second rates average the last 60 s. */
    private static final Duration RATE_WINDOW = Duration.ofSeconds(70);
    private static final RegionPrice US_EAST_1 = PriceTable.bundled().price("us-east-1");

    @TempDir
    Path work;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void stopApplications() {
        for (String name : started) {
            endpoint.msf().stopApplication(b -> b.applicationName(name).force(true));
        }
    }

    private void running(String name, String rate) throws Exception {
        new CountingApp(name, endpoint.outputFile()).create(endpoint.msf(), false, Map.of("rate", rate));
        String start = endpoint.msf().startApplication(b -> b.applicationName(name)).operationId();
        started.add(name);
        awaitStatus(endpoint.msf(), name, ApplicationStatus.RUNNING);
        assertThat(awaitOperation(endpoint.msf(), name, start)).isEqualTo(OperationStatus.SUCCESSFUL);
    }

    /**
     * What {@code cost idle} should report for the first {@code count} datums published, of those before
     * {@code end}: the mean of the hourly means (CloudWatch's Average per 1-hour period, periods aligned to the hour)
     * and Σ hourly mean × 3600.
     */
    private static double[] expected(List<Datum> datums, int count, Instant end) {
        Map<Long, double[]> hours = new TreeMap<>();
        for (Datum datum : datums.subList(0, count)) {
            if (!datum.timestamp().isBefore(end)) {
                continue;
            }
            double[] sumAndCount = hours.computeIfAbsent(datum.timestamp().getEpochSecond() / 3600,
                    hour -> new double[2]);
            sumAndCount[0] += datum.value();
            sumAndCount[1]++;
        }
        double sumOfMeans = hours.values().stream().mapToDouble(h -> h[0] / h[1]).sum();
        return new double[] {sumOfMeans / hours.size(), Math.round(sumOfMeans * 3600)};
    }

    /**
     * @return the average the published values of the quiet application give without the newest {@code newest}
     *     (which the command may not see: moto_server drops the fraction of a second of the end time)
     */
    private static double expectedWithoutNewest(int newest) {
        List<Datum> datums = PublishedMetrics.of(QUIET, METRIC);
        return datums.size() <= newest ? Double.NaN : expected(datums, datums.size() - newest, Instant.MAX)[0];
    }

    /** @return the time between the first and the latest datum of {@code application}'s input rate */
    private static Duration publishedFor(String application) {
        List<Datum> datums = PublishedMetrics.of(application, METRIC);
        return datums.isEmpty() ? Duration.ZERO
                : Duration.between(datums.get(0).timestamp(), datums.get(datums.size() - 1).timestamp());
    }

    /** @return the names of the idle applications of a report, in its order */
    private static List<String> names(JsonNode report) {
        List<String> names = new ArrayList<>();
        report.path("applications").forEach(app -> names.add(app.path("name").asText()));
        return names;
    }

    private static JsonNode json(CliHarness.Result result) throws Exception {
        assertThat(result.exitCode()).as(result::toString).isZero();
        return JSON.readTree(result.out());
    }

    private static JsonNode application(JsonNode report, String name) {
        for (JsonNode app : report.path("applications")) {
            if (app.path("name").asText().equals(name)) {
                return app;
            }
        }
        throw new AssertionError("no application " + name + " in " + report);
    }

    private CliHarness cli() throws Exception {
        return new CliHarness(endpoint, moto.endpoint(), work);
    }

    @Test
    void shouldListTheIdleApplicationWithItsAverageKpusAndMonthlyCost() throws Exception {
        running(BUSY, "40");
        running(QUIET, "0.001");
        new CountingApp(STOPPED, endpoint.outputFile()).create(endpoint.msf(), false, Map.of());
        // A rate-limited source emits its first record at once and Flink's rate is a 60 s average, so the idle job
        // reports about 1/60 records/s for its first minute, then 0 (its next record comes 1000 s later). Wait until
        // that minute has passed and enough zeros followed it for the published values to say idle; the busy one
        // is then well above the threshold.
        Await.until(() -> "the endpoint publishing " + METRIC + " for both applications for more than "
                + RATE_WINDOW + ", the quiet one below " + THRESHOLD + " on average (published: "
                + PublishedMetrics.of(QUIET, METRIC) + ")", EndpointHarness.TIMEOUT.multipliedBy(3),
                () -> publishedFor(BUSY).compareTo(RATE_WINDOW) > 0 && publishedFor(QUIET).compareTo(RATE_WINDOW) > 0
                        && expectedWithoutNewest(2) < THRESHOLD);
        CliHarness cli = cli();
        int before = PublishedMetrics.of(QUIET, METRIC).size();

        JsonNode report = json(cli.run("cost", "idle", "--days", "1", "-o", "json"));

        // Every datum published before the command is in CloudWatch; some published during it may be too. Once one
        // more has been recorded, every datum CloudWatch could have had is recorded.
        int during = PublishedMetrics.of(QUIET, METRIC).size();
        Await.until("one more " + METRIC + " datum of " + QUIET, EndpointHarness.TIMEOUT,
                () -> PublishedMetrics.of(QUIET, METRIC).size() > during);
        List<Datum> published = PublishedMetrics.of(QUIET, METRIC);
        assertThat(report.path("region").asText()).isEqualTo("us-east-1");
        assertThat(report.path("windowDays").asInt()).isEqualTo(1);
        assertThat(report.path("thresholdRecordsPerSecond").asDouble()).isEqualTo(THRESHOLD);
        assertThat(report.path("runningChecked").asInt()).as("the READY application is not checked").isEqualTo(2);
        assertThat(names(report)).containsExactly(QUIET);
        JsonNode quiet = application(report, QUIET);
        assertThat(quiet.path("status").asText()).isEqualTo("RUNNING");
        assertThat(quiet.path("runtimeEnvironment").asText()).isEqualTo("FLINK-1_20");
        assertThat(quiet.path("parallelism").asInt()).isEqualTo(1);
        assertThat(quiet.path("parallelismPerKpu").asInt()).isEqualTo(1);
        assertThat(quiet.path("kpus").asInt()).isEqualTo(2);
        assertThat(quiet.path("hoursWithData").asInt()).isBetween(1, 2);
        double average = quiet.path("averageRecordsInPerSecond").asDouble();
        long records = quiet.path("recordsIn").asLong();
        // moto_server answers from the datums stored when it was asked, a prefix of those published, and drops the
        // fraction of a second of the end time.
        Instant end = Instant.parse(report.path("until").asText()).truncatedTo(ChronoUnit.SECONDS);
        List<double[]> candidates = new ArrayList<>();
        for (int count = before; count <= published.size(); count++) {
            candidates.add(expected(published, count, end));
        }
        assertThat(candidates).as("average %s and records %s against what was published", average, records)
                .anySatisfy(c -> {
                    assertThat(average).isCloseTo(c[0], within(1e-9));
                    assertThat((double) records).isEqualTo(c[1]);
                });
        assertThat(average).isLessThan(THRESHOLD);
        assertThat(quiet.path("reason").asText()).endsWith(" records/s on average");
        // AWS's formula for a month of 720 h: (1 + 1) KPUs × 720 h × $0.11 + 1 × 50 GB × $0.10 = $158.40 + $5.00
        JsonNode monthly = quiet.path("monthly");
        assertThat(monthly.path("totalUsd").decimalValue()).isEqualByComparingTo("163.40");
        assertThat(monthly.path("lineItems").get(0).path("amountUsd").decimalValue()).isEqualByComparingTo("158.40");
        assertThat(monthly.path("lineItems").get(1).path("amountUsd").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(monthly.path("lineItems").get(2).path("amountUsd").decimalValue()).as("no backups")
                .isEqualByComparingTo("0");
        assertThat(report.path("monthlyTotalUsd").decimalValue()).isEqualByComparingTo("163.40");
        assertThat(report.path("priceSource").asText()).isEqualTo(US_EAST_1.source());
        assertThat(report.path("pricesRetrieved").asText()).isEqualTo(US_EAST_1.retrieved().toString());

        CliHarness.Result table = cli.run("cost", "idle", "--days", "1");

        assertThat(table.exitCode()).as(table::toString).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("APPLICATION").contains("STATUS", "KPUS", "RECORDS IN/S", "PER MONTH");
        assertThat(lines.get(1)).startsWith(QUIET).contains("RUNNING", " 2 ", "$163.40");
        assertThat(lines.get(2)).isEqualTo("1 of 2 running applications looks idle: $163.40 per month (us-east-1 "
                + "prices from " + US_EAST_1.source() + ", " + US_EAST_1.retrieved() + "; backups not included)");
        assertThat(table.err()).isEmpty();

        JsonNode both = json(cli.run("cost", "idle", "--days", "1", "--below", "100", "-o", "json"));

        assertThat(names(both)).containsExactlyInAnyOrder(BUSY, QUIET);
        assertThat(both.path("runningChecked").asInt()).isEqualTo(2);
        assertThat(application(both, BUSY).path("averageRecordsInPerSecond").asDouble()).isGreaterThan(THRESHOLD);
        assertThat(both.path("monthlyTotalUsd").decimalValue()).isEqualByComparingTo("326.80");

        // A region flinkctl has no prices for (and, moto_server keeping CloudWatch per region, no metrics in).
        CliHarness elsewhere = new CliHarness(endpoint, moto.endpoint(), work.resolve("elsewhere"), "ap-southeast-7");
        CliHarness.Result unpriced = elsewhere.run("cost", "idle", "--days", "1");
        Path prices = Files.writeString(work.resolve("prices.yaml"), """
                regions:
                  ap-southeast-7: {kpuHourUsd: 0.20, runningStorageGbMonthUsd: 0.12, backupGbMonthUsd: 0.03}
                """);
        JsonNode priced = json(elsewhere.run("cost", "idle", "--days", "1", "--prices", prices.toString(), "-o",
                "json"));

        assertThat(unpriced.exitCode()).as(unpriced::toString).isZero();
        assertThat(unpriced.err().lines().toList()).containsExactly("warning: no known MSF prices for region "
                + "'ap-southeast-7': the cost is unknown; give --prices FILE with its KPU-hour and running storage "
                + "prices");
        List<String> rows = unpriced.out().lines().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 3)).allSatisfy(row -> assertThat(row).contains("RUNNING", "no data", "unknown"));
        assertThat(rows.get(3)).isEqualTo("2 of 2 running applications look idle: cost unknown (no known prices "
                + "for ap-southeast-7; give --prices FILE)");
        assertThat(names(priced)).containsExactlyInAnyOrder(BUSY, QUIET);
        assertThat(application(priced, QUIET).path("reason").asText()).isEqualTo("no numRecordsInPerSecond data");
        assertThat(application(priced, QUIET).path("averageRecordsInPerSecond").isNull()).isTrue();
        // 2 KPUs × 720 h × $0.20 + 50 GB × $0.12 = $288.00 + $6.00, twice
        assertThat(priced.path("monthlyTotalUsd").decimalValue()).isEqualByComparingTo("588.00");
        assertThat(priced.path("priceSource").asText()).isEqualTo(prices.toString());
    }

    @Test
    void shouldRejectZeroDaysInOneLine() throws Exception {
        CliHarness.Result result = cli().run("cost", "idle", "--days", "0");

        assertThat(result.exitCode()).as(result::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines().toList()).containsExactly("flinkctl: --days must be 1 to 455 (CloudWatch "
                + "keeps hourly data for 455 days), not 0");
        assertThat(result.out()).isEmpty();
    }
}
