package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.job.MotoServer;
import dev.flinkctl.local.Await;
import dev.flinkctl.local.msf.PublishedMetrics.Datum;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotStatus;

/**
 * {@code flinkctl cost report} in this JVM against the {@code KPUs} and {@code lastCheckpointSize} metrics the local
 * endpoint really publishes to moto_server's CloudWatch, and a real snapshot. {@link PublishedMetrics} records every
 * datum the endpoint sent, so the bill is checked against AWS's formula applied to those datums, with the bundled
 * us-east-1 prices ($0.11 per KPU-hour, $0.10 per GB-month of running storage, $0.023 per GB-month of backups).
 */
class CostReportIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness endpoint = new EndpointHarness(moto);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String APP = "cost-report";
    private static final String FORECAST_APP = "cost-forecast";
    private static final BigDecimal SECONDS_PER_MONTH = BigDecimal.valueOf(720L * 3600);
    private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);

    @TempDir
    Path work;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(name -> endpoint.msf().stopApplication(b -> b.applicationName(name).force(true)));
    }

    @Test
    void shouldPriceTheRunningApplicationFromItsRealKpusMetricAndSnapshot() throws Exception {
        Instant since = Instant.now().minus(Duration.ofHours(1));
        new CountingApp(APP, endpoint.outputFile()).create(endpoint.msf(), false, Map.of());
        String start = endpoint.msf().startApplication(b -> b.applicationName(APP)).operationId();
        started.add(APP);
        awaitStatus(endpoint.msf(), APP, ApplicationStatus.RUNNING);
        assertThat(awaitOperation(endpoint.msf(), APP, start)).isEqualTo(OperationStatus.SUCCESSFUL);
        Await.until("a checkpoint size above 0 published", EndpointHarness.TIMEOUT,
                () -> PublishedMetrics.of(APP, "lastCheckpointSize").stream().anyMatch(d -> d.value() > 0));
        endpoint.msf().createApplicationSnapshot(b -> b.applicationName(APP).snapshotName("cost-snapshot"));
        Await.until("the snapshot to be READY", EndpointHarness.TIMEOUT, () -> snapshot().snapshotStatus()
                == SnapshotStatus.READY);
        Instant snapshotTaken = snapshot().snapshotCreationTimestamp();
        Await.until("KPUs published a second after the snapshot", EndpointHarness.TIMEOUT,
                () -> latest("KPUs").isAfter(snapshotTaken.plusSeconds(1)));
        // Every datum before this instant is stored: PublishedMetrics records a datum once CloudWatch took it. A whole
        // second, as moto_server drops the fraction of a second of a query's end.
        Instant until = latest("KPUs").truncatedTo(ChronoUnit.SECONDS);
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);

        JsonNode report = json(cli.run("cost", "report", APP, "--since", since.toString(), "--until",
                until.toString(), "-o", "json"));

        Instant from = since.truncatedTo(ChronoUnit.HOURS);
        Map<Instant, Double> hourlyKpus = hourlyMaximum(APP, "KPUs", from, until);
        assertThat(hourlyKpus).isNotEmpty().allSatisfy((hour, kpus) -> assertThat(kpus).isEqualTo(2.0));
        BigDecimal kpuHours = sum(hourlyKpus.values());
        BigDecimal applicationKpuHours = kpuHours.subtract(BigDecimal.valueOf(hourlyKpus.size()));
        assertThat(report.path("since").asText()).isEqualTo(from.toString());
        assertThat(report.path("region").asText()).isEqualTo("us-east-1");
        assertThat(report.path("hoursRunning").asInt()).isEqualTo(hourlyKpus.size());
        assertThat(report.path("kpuHours").decimalValue()).isEqualByComparingTo(kpuHours);
        JsonNode items = report.path("bill").path("lineItems");
        assertThat(items.get(0).path("amountUsd").decimalValue()).isEqualByComparingTo(cents(kpuHours, "0.11"));
        BigDecimal storageGbMonths = applicationKpuHours.multiply(BigDecimal.valueOf(50 * 3600))
                .divide(SECONDS_PER_MONTH, MathContext.DECIMAL128);
        assertThat(items.get(1).path("quantity").decimalValue()).isEqualByComparingTo(storageGbMonths);
        assertThat(items.get(1).path("amountUsd").decimalValue()).isEqualByComparingTo(cents(storageGbMonths, "0.10"));

        double largestCheckpoint = PublishedMetrics.of(APP, "lastCheckpointSize").stream()
                .filter(d -> !d.timestamp().isBefore(from) && d.timestamp().isBefore(until))
                .mapToDouble(Datum::value).max().orElseThrow();
        BigDecimal sizeGb = BigDecimal.valueOf(largestCheckpoint).divide(GIB, MathContext.DECIMAL64);
        JsonNode snapshots = report.path("snapshots");
        assertThat(snapshots.path("count").asInt()).isEqualTo(1);
        assertThat(snapshots.path("sizeFrom").asText()).isEqualTo("lastCheckpointSize");
        assertThat(snapshots.path("sizeGbEach").decimalValue()).isEqualByComparingTo(sizeGb);
        BigDecimal heldSeconds = BigDecimal.valueOf(Duration.between(snapshotTaken, until).toNanos(), 9);
        BigDecimal backupGbMonths = sizeGb.multiply(heldSeconds).divide(SECONDS_PER_MONTH, MathContext.DECIMAL128);
        assertThat(items.get(2).path("quantity").decimalValue().subtract(backupGbMonths).abs())
                .isLessThan(new BigDecimal("1e-15"));
        assertThat(items.get(2).path("amountUsd").decimalValue()).isEqualByComparingTo("0.01"); // tiny, rounded up
        assertThat(report.path("bill").path("totalUsd").decimalValue()).isEqualByComparingTo(
                cents(kpuHours, "0.11").add(cents(storageGbMonths, "0.10")).add(new BigDecimal("0.01")));
        assertThat(report.has("forecast")).as("a period in the past has no forecast").isFalse();
        assertThat(report.has("days")).isFalse();

        JsonNode expensive = json(cli.run("cost", "report", APP, "--since", since.toString(), "--until",
                until.toString(), "-o", "json", "--prices", Files.writeString(work.resolve("prices.yaml"),
                        "regions:\n  us-east-1:\n    kpuHourUsd: 1.25\n").toString()));
        assertThat(expensive.path("bill").path("lineItems").get(0).path("amountUsd").decimalValue())
                .isEqualByComparingTo(cents(kpuHours, "1.25"));
    }

    @Test
    void shouldSplitByDayAndForecastTheMonthAtTheKpusItRunsWith() throws Exception {
        new CountingApp(FORECAST_APP, endpoint.outputFile()).create(endpoint.msf(), false, Map.of());
        endpoint.msf().startApplication(b -> b.applicationName(FORECAST_APP));
        started.add(FORECAST_APP);
        awaitStatus(endpoint.msf(), FORECAST_APP, ApplicationStatus.RUNNING);
        // A datum more than a second old: moto_server drops the fraction of a second of a query's end (now).
        Await.until("KPUs published", EndpointHarness.TIMEOUT, () -> PublishedMetrics.of(FORECAST_APP, "KPUs")
                .stream().anyMatch(d -> d.timestamp().isBefore(Instant.now().minusSeconds(2))));
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);

        JsonNode report = json(cli.run("cost", "report", FORECAST_APP, "--since", "2d", "--by", "day", "-o", "json"));

        Instant until = Instant.parse(report.path("until").asText()).truncatedTo(ChronoUnit.SECONDS);
        JsonNode days = report.path("days");
        assertThat(days.size()).isBetween(2, 3);
        int hours = 0;
        for (JsonNode day : days) {
            hours += day.path("hoursRunning").asInt();
        }
        assertThat(hours).isEqualTo(report.path("hoursRunning").asInt()).isPositive();
        assertThat(days.get(days.size() - 1).path("day").asText())
                .isEqualTo(until.atZone(ZoneOffset.UTC).toLocalDate().toString());

        JsonNode forecast = report.path("forecast");
        YearMonth month = YearMonth.from(until.atZone(ZoneOffset.UTC));
        assertThat(forecast.path("month").asText()).isEqualTo(month.toString());
        assertThat(forecast.path("kpus").asInt()).isEqualTo(2);
        Instant monthStart = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        BigDecimal soFar = sum(hourlyMaximum(FORECAST_APP, "KPUs", monthStart, until).values());
        BigDecimal monthKpuHours = forecast.path("bill").path("lineItems").get(0).path("quantity").decimalValue();
        assertThat(monthKpuHours).isEqualByComparingTo(
                soFar.add(forecast.path("hoursLeft").decimalValue().multiply(BigDecimal.valueOf(2))));
        assertThat(forecast.path("totalUsd").decimalValue())
                .isGreaterThan(forecast.path("soFarUsd").decimalValue());

        CliHarness.Result table = cli.run("cost", "report", FORECAST_APP, "--since", "2h");
        assertThat(table.exitCode()).as(table::toString).isZero();
        assertThat(table.out()).contains(FORECAST_APP + " in us-east-1, ", "KPU-hour", "Total",
                "Forecast for " + month + ": $", "2 KPUs for the", "Prices: https://docs.aws.amazon.com/");

        CliHarness.Result missing = cli.run("cost", "report", "no-such-app");
        assertThat(missing.exitCode()).as(missing::toString).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(missing.err().lines().count()).isEqualTo(1);
        CliHarness.Result empty = cli.run("cost", "report", FORECAST_APP, "--since", "1h", "--until", "2h");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("the period is empty");
    }

    private static SnapshotDetails snapshot() {
        return endpoint.msf().describeApplicationSnapshot(b -> b.applicationName(APP).snapshotName("cost-snapshot"))
                .snapshotDetails();
    }

    private static Instant latest(String metric) {
        return PublishedMetrics.of(APP, metric).stream().map(Datum::timestamp).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    /** What CloudWatch should answer for Maximum per hour in [from, until), from the datums sent. */
    private static Map<Instant, Double> hourlyMaximum(String application, String metric, Instant from,
                                                      Instant until) {
        Map<Instant, Double> hourly = new TreeMap<>();
        for (Datum datum : PublishedMetrics.of(application, metric)) {
            if (!datum.timestamp().isBefore(from) && datum.timestamp().isBefore(until)) {
                hourly.merge(datum.timestamp().truncatedTo(ChronoUnit.HOURS), datum.value(), Math::max);
            }
        }
        return hourly;
    }

    private static BigDecimal sum(java.util.Collection<Double> values) {
        return values.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** quantity × price, rounded up to the cent: each line item as AWS's examples round it. */
    private static BigDecimal cents(BigDecimal quantity, String price) {
        return quantity.multiply(new BigDecimal(price)).setScale(2, RoundingMode.CEILING);
    }

    private static JsonNode json(CliHarness.Result result) throws Exception {
        assertThat(result.exitCode()).as(result::toString).isZero();
        return JSON.readTree(result.out());
    }
}
