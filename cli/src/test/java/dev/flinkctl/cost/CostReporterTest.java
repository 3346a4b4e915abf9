package dev.flinkctl.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.billing.CostModel;
import dev.flinkctl.billing.KpuSample;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.metrics.MetricPoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;

/**
 * The arithmetic of {@code cost report} over hourly KPUs samples, with the bundled us-east-1 prices ($0.11 per
 * KPU-hour, $0.10 per GB-month of running storage, $0.023 per GB-month of backups); each expected amount is worked
 * out by hand from AWS's formula in the comment next to it.
 */
class CostReporterTest {
    private static final CostModel US_EAST_1 = CostModel.of(PriceTable.bundled().price("us-east-1"));
    private static final Instant NOV_1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final CostReport.SnapshotEstimate NO_SNAPSHOTS = new CostReport.SnapshotEstimate(0, null, "unknown");

    private static List<KpuSample> hourly(Instant from, int hours, long kpus) {
        List<KpuSample> samples = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            samples.add(KpuSample.of(from.plus(Duration.ofHours(h)), kpus));
        }
        return samples;
    }

    private static CostReporter.Inputs inputs(List<KpuSample> samples, int kpusNow) {
        return new CostReporter.Inputs("app", samples, List.of(), NO_SNAPSHOTS, 1, kpusNow);
    }

    @Test
    void shouldBillEachSampledHourAtItsKpusWithStorageForTheApplicationKpusOnly() {
        Instant start = Instant.parse("2026-11-10T08:00:00Z");
        List<KpuSample> samples = new ArrayList<>(hourly(start, 3, 2));
        samples.add(KpuSample.of(start.plus(Duration.ofHours(3)), 5)); // scaled to parallelism 4: 4 + 1
        samples.add(KpuSample.of(start.minus(Duration.ofHours(1)), 9)); // before the period: left out

        CostReport report = CostReporter.compute(inputs(samples, 0), US_EAST_1, start,
                start.plus(Duration.ofHours(4)), Instant.parse("2026-11-20T00:00:00Z"), false, false);

        assertThat(report.hoursRunning()).isEqualTo(4);
        assertThat(report.kpuHours()).isEqualByComparingTo("11"); // 3 × 2 + 5
        assertThat(report.bill().kpus().amountUsd()).isEqualByComparingTo("1.21"); // 11 × 0.11
        // (3 × 1 + 4) application KPU-hours × 50 GB / 720 h = 0.4861 GB-month × 0.10 = 0.0486 → up to 0.05
        assertThat(report.bill().runningStorage().amountUsd()).isEqualByComparingTo("0.05");
        assertThat(report.bill().totalUsd()).isEqualByComparingTo("1.26");
        assertThat(report.days()).isNull();
        assertThat(report.forecast()).isNull();
        assertThat(report.region()).isEqualTo("us-east-1");
    }

    @Test
    void shouldSplitTheBillByUtcDay() {
        Instant start = Instant.parse("2026-11-10T22:00:00Z");
        CostReport report = CostReporter.compute(inputs(hourly(start, 4, 2), 0), US_EAST_1, start,
                Instant.parse("2026-11-11T02:00:00Z"), Instant.parse("2026-11-20T00:00:00Z"), true, false);

        assertThat(report.days()).extracting(CostReport.DayCost::day)
                .containsExactly(LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-11"));
        assertThat(report.days()).extracting(CostReport.DayCost::hoursRunning).containsExactly(2, 2);
        assertThat(report.days().get(0).bill().kpus().amountUsd()).isEqualByComparingTo("0.44"); // 2 h × 2 × 0.11
        assertThat(report.kpuHours()).isEqualByComparingTo("8");
    }

    @Test
    void shouldForecastTheMonthAtTheKpusItRunsWithNow() {
        Instant now = Instant.parse("2026-11-21T14:30:00Z");
        // Every hour from November 1 to the current one (14:00) sampled at 2 KPUs: 20 × 24 + 15 = 495 hours.
        List<KpuSample> samples = hourly(NOV_1, 495, 2);

        CostReport.Forecast running = CostReporter.compute(inputs(samples, 2), US_EAST_1, NOV_1, now, now, false,
                true).forecast();

        assertThat(running.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(running.hoursLeft()).isEqualByComparingTo("225"); // 15:00 on the 21st to December 1
        // so far: 990 KPU-hours × 0.11 = 108.90; 495 h × 50 GB / 720 h = 34.375 GB-month × 0.10 = 3.4375 → 3.44
        assertThat(running.soFarUsd()).isEqualByComparingTo("112.34");
        // the month: 720 h × 2 KPUs × 0.11 = 158.40 plus 50 GB-month × 0.10 = 5.00
        assertThat(running.totalUsd()).isEqualByComparingTo("163.40");
        assertThat(running.kpus()).isEqualTo(2);

        CostReport.Forecast stopped = CostReporter.compute(inputs(samples, 0), US_EAST_1, NOV_1, now, now, false,
                true).forecast();
        assertThat(stopped.totalUsd()).isEqualByComparingTo(stopped.soFarUsd()).isEqualByComparingTo("112.34");
    }

    @Test
    void shouldNotBillTheCurrentHourTwiceWhenItHasNoDatapointYet() {
        Instant now = Instant.parse("2026-11-30T22:10:00Z");
        // Sampled up to 21:00; MSF has not published 22:00 yet, so the forecast adds 22:00 and 23:00.
        CostReport.Forecast forecast = CostReporter.compute(inputs(hourly(Instant.parse("2026-11-30T20:00:00Z"), 2,
                3), 3), US_EAST_1, NOV_1, now, now, false, true).forecast();
        assertThat(forecast.hoursLeft()).isEqualByComparingTo("2");
        assertThat(forecast.bill().kpus().quantity()).isEqualByComparingTo("12"); // 4 hours × 3 KPUs
    }

    @Test
    void shouldPriceSnapshotsAtTheLargestCheckpointSizeFromWhenTheyWereTaken() {
        Instant start = Instant.parse("2026-11-01T00:00:00Z");
        Instant end = Instant.parse("2026-11-16T00:00:00Z"); // 360 hours, half a 720-hour month
        List<SnapshotDetails> listed = List.of(
                SnapshotDetails.builder().snapshotName("old").snapshotCreationTimestamp(Instant.parse(
                        "2026-10-01T00:00:00Z")).build(),
                SnapshotDetails.builder().snapshotName("new").snapshotCreationTimestamp(Instant.parse(
                        "2026-11-08T12:00:00Z")).build());
        double gib = 1L << 30;
        CostReporter.Snapshots snapshots = CostReporter.snapshots(listed, null, List.of(
                new MetricPoint(start, gib), new MetricPoint(start.plus(Duration.ofHours(1)), 2 * gib),
                new MetricPoint(start.plus(Duration.ofHours(2)), -1)));
        assertThat(snapshots.estimate()).isEqualTo(new CostReport.SnapshotEstimate(2, new BigDecimal("2"),
                "lastCheckpointSize"));

        CostReport report = CostReporter.compute(new CostReporter.Inputs("app", List.of(), snapshots.holdings(),
                snapshots.estimate(), 1, 0), US_EAST_1, start, end, end, false, false);
        // old: 2 GB × 360 h; new: 2 GB × 180 h → 1,080 GB-hours / 720 = 1.5 GB-month × 0.023 = 0.0345 → 0.04
        assertThat(report.bill().backups().quantity()).isEqualByComparingTo("1.5");
        assertThat(report.bill().backups().amountUsd()).isEqualByComparingTo("0.04");
        assertThat(report.hoursRunning()).isZero();
    }

    @Test
    void shouldTakeTheGivenSnapshotSizeOrSayItIsUnknown() {
        List<SnapshotDetails> one = List.of(SnapshotDetails.builder().snapshotName("s")
                .snapshotCreationTimestamp(NOV_1).build());
        assertThat(CostReporter.snapshots(one, new BigDecimal("0.5"), List.of()).estimate())
                .isEqualTo(new CostReport.SnapshotEstimate(1, new BigDecimal("0.5"), "--snapshot-gb"));
        CostReporter.Snapshots unknown = CostReporter.snapshots(one, null, List.of());
        assertThat(unknown.estimate()).isEqualTo(new CostReport.SnapshotEstimate(1, null, "unknown"));
        assertThat(unknown.holdings()).singleElement().satisfies(h -> assertThat(h.sizeGb()).isZero());
    }

    @Test
    void shouldGiveStudioInteractiveApplicationsTwoOrchestrationKpusWithoutStorage() {
        Instant start = Instant.parse("2026-11-10T00:00:00Z");
        CostReport report = CostReporter.compute(new CostReporter.Inputs("notebook", hourly(start, 720, 4),
                List.of(), NO_SNAPSHOTS, 2, 0), US_EAST_1, start, start.plus(Duration.ofHours(720)),
                start.plus(Duration.ofDays(60)), false, false);
        // 2 application KPUs × 50 GB for the whole month = 100 GB-month
        assertThat(report.bill().runningStorage().quantity()).isEqualByComparingTo("100");
        assertThat(report.bill().kpus().amountUsd()).isEqualByComparingTo("316.80"); // 4 × 720 × 0.11
    }
}
