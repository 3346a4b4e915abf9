package dev.flinkctl.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostModelTest {

    private static final PriceTable PRICES = PriceTable.bundled();
    private static final CostModel US_EAST_1 = CostModel.of(PRICES.price("us-east-1"));
    private static final CostModel EU_WEST_2 = CostModel.of(PRICES.price("eu-west-2"));
    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    @ParameterizedTest(name = "{0}: parallelism {1} / {2}, studio {3}, {4} h, {5} GB → {6} + {7} + {8} = {9}")
    @CsvSource({
        // region, parallelism, per KPU, studio, hours, backup GB, KPUs USD, storage USD, backups USD, total USD
        "us-east-1,  1, 1, false, 720,   0,  158.40,   5.00, 0.00,  163.40",
        "us-east-1,  4, 1, false, 720,   0,  396.00,  20.00, 0.00,  416.00",
        "us-east-1,  4, 2, false, 720,   0,  237.60,  10.00, 0.00,  247.60",
        "us-east-1,  3, 2, false, 720,   0,  237.60,  10.00, 0.00,  247.60",
        "us-east-1,  5, 4, false, 720,   0,  237.60,  10.00, 0.00,  247.60",
        "us-east-1,  8, 8, false, 720,   0,  158.40,   5.00, 0.00,  163.40",
        "us-east-1, 64, 1, false, 720,  10, 5148.00, 320.00, 0.23, 5468.23",
        "us-east-1,  4, 1, true,  720,   0,  475.20,  20.00, 0.00,  495.20",
        "us-east-1,  2, 1, false, 100,   0,   33.00,   1.39, 0.00,   34.39",
        "us-east-1,  2, 1, false, 730,   5,  240.90,  10.14, 0.12,  251.16",
        "eu-west-2,  4, 1, false, 720,   0,  457.20,  23.20, 0.00,  480.40",
        "eu-west-2, 10, 1, false, 720, 100, 1005.84,  58.00, 2.40, 1066.24",
    })
    void shouldEstimateARunningPeriod(String region, int parallelism, int perKpu, boolean studio, long hours,
                                      long backupGb, String kpus, String storage, String backups, String total) {
        Bill bill = CostModel.of(PRICES.price(region)).estimate(new KpuConfiguration(parallelism, perKpu, studio),
                Duration.ofHours(hours), BigDecimal.valueOf(backupGb));

        assertThat(bill.kpus().amountUsd()).isEqualTo(kpus);
        assertThat(bill.runningStorage().amountUsd()).isEqualTo(storage);
        assertThat(bill.backups().amountUsd()).isEqualTo(backups);
        assertThat(bill.totalUsd()).isEqualTo(total);
    }

    @Test
    void shouldEstimateAMonthAsSevenHundredTwentyHours() {
        KpuConfiguration config = KpuConfiguration.streaming(4, 1);

        assertThat(US_EAST_1.monthly(config, BigDecimal.TEN))
                .isEqualTo(US_EAST_1.estimate(config, Duration.ofHours(720), BigDecimal.TEN));
        assertThat(US_EAST_1.monthly(config, BigDecimal.ZERO).kpus().quantity()).isEqualByComparingTo("3600");
    }

    /** infracost's eu-west-2 golden: 10 KPUs $927.10 + orchestration $92.71 a 730-hour month. */
    @Test
    void shouldMatchInfracostsKpuPriceOverItsSevenHundredThirtyHourMonth() {
        Bill bill = EU_WEST_2.estimate(KpuConfiguration.streaming(10, 1), Duration.ofHours(730), BigDecimal.ZERO);

        assertThat(bill.kpus().amountUsd()).isEqualByComparingTo(new BigDecimal("927.10").add(new BigDecimal("92.71")));
    }

    @Test
    void shouldBillAnEstimateShorterThanTenMinutesAsTen() {
        Bill bill = US_EAST_1.estimate(KpuConfiguration.streaming(1, 1), Duration.ofMinutes(3), BigDecimal.ZERO);

        assertThat(bill.kpus().quantity()).isEqualByComparingTo(new BigDecimal(2 * 600).divide(new BigDecimal(3600),
                Usage.QUANTITY_PRECISION));
        assertThat(bill.kpus().amountUsd()).isEqualTo("0.04");   // 1/3 KPU-hour × $0.11 = $0.0367
    }

    /** 40 minutes × 3 KPUs is exactly 2 KPU-hours: $0.22. */
    @Test
    void shouldBillFortyMinutesOfThreeKpusAsTwoKpuHours() {
        Bill bill = US_EAST_1.bill(Meter.run(KpuConfiguration.streaming(2, 1), Duration.ofMinutes(40)));

        assertThat(bill.kpus().quantity()).isEqualByComparingTo("2");
        assertThat(bill.kpus().amountUsd()).isEqualTo("0.22");
    }

    /**
     * 40 KPU-minutes at $0.03 per KPU-hour is exactly $0.02; 2/3 of a KPU-hour written to 34 digits rounds upwards
     * (0.666…67), so dividing before multiplying would bill $0.03.
     */
    @Test
    void shouldRoundTheExactAmountNotARoundedQuantity() {
        RegionPrice threeCents = new RegionPrice("xx-test-1", new BigDecimal("0.03"), BigDecimal.ZERO, BigDecimal.ZERO,
                "test", null, null);
        Usage fortyKpuMinutes = new Usage(BigDecimal.valueOf(2400), BigDecimal.ZERO, BigDecimal.ZERO);

        Bill bill = CostModel.of(threeCents).bill(fortyKpuMinutes);

        assertThat(bill.kpus().quantity().multiply(threeCents.kpuHourUsd())).isGreaterThan(new BigDecimal("0.02"));
        assertThat(bill.kpus().amountUsd()).isEqualTo("0.02");
    }

    @ParameterizedTest(name = "{0}: {1} + {2} → {3}")
    @CsvSource({
        // AWS Example 2 (450 min at 2 + 1 KPUs): exact $2.475 and $0.10417
        "LINE_ITEMS_UP,      2.48, 0.11, 2.59",
        "LINE_ITEMS_HALF_UP, 2.48, 0.10, 2.58",
        "TOTAL_HALF_UP,      2.48, 0.10, 2.58",
    })
    void shouldRoundAsTheSelectedRoundingSays(Rounding rounding, String kpus, String storage, String total) {
        Bill bill = new CostModel(PRICES.price("us-east-1"), rounding)
                .bill(Meter.run(KpuConfiguration.streaming(2, 1), Duration.ofMinutes(450)));

        assertThat(bill.kpus().amountUsd()).isEqualTo(kpus);
        assertThat(bill.runningStorage().amountUsd()).isEqualTo(storage);
        assertThat(bill.totalUsd()).isEqualTo(total);
        assertThat(bill.rounding()).isEqualTo(rounding);
    }

    /** Two amounts of exactly half a cent: each rounds to a cent, but together they are one cent. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"LINE_ITEMS_UP, 0.02", "LINE_ITEMS_HALF_UP, 0.02", "TOTAL_HALF_UP, 0.01"})
    void shouldRoundTheExactSumOnlyWhenTheTotalIsRounded(Rounding rounding, String total) {
        RegionPrice halfCent = new RegionPrice("xx-test-1", new BigDecimal("0.005"), new BigDecimal("0.005"),
                BigDecimal.ZERO, "test", LocalDate.of(2026, 1, 1), null);
        Usage oneOfEach = new Usage(Usage.SECONDS_PER_HOUR, Usage.SECONDS_PER_MONTH, BigDecimal.ZERO);

        Bill bill = new CostModel(halfCent, rounding).bill(oneOfEach);

        assertThat(bill.kpus().amountUsd()).isEqualTo("0.01");
        assertThat(bill.runningStorage().amountUsd()).isEqualTo("0.01");
        assertThat(bill.totalUsd()).isEqualTo(total);
    }

    @Test
    void shouldBillNothingAsThreeZeroLineItems() {
        Bill bill = US_EAST_1.bill(Usage.NONE);

        assertThat(bill.lineItems()).extracting(LineItem::name)
                .containsExactly(LineItem.KPUS, LineItem.RUNNING_STORAGE, LineItem.BACKUPS);
        assertThat(bill.lineItems()).extracting(LineItem::unit)
                .containsExactly(LineItem.KPU_HOUR, LineItem.GB_MONTH, LineItem.GB_MONTH);
        assertThat(bill.lineItems()).extracting(LineItem::amountUsd).containsOnly(new BigDecimal("0.00"));
        assertThat(bill.totalUsd()).isEqualTo("0.00");
    }

    @Test
    void shouldShowTheUnitPricesOfTheRegion() {
        Bill bill = EU_WEST_2.bill(Usage.NONE);

        assertThat(bill.lineItems()).extracting(LineItem::unitPriceUsd).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.127"), new BigDecimal("0.116"), new BigDecimal("0.024"));
        assertThat(bill.region()).isEqualTo("eu-west-2");
    }

    @Test
    void shouldBillActualUsageFromHourlySamplesAndSnapshots() {
        List<KpuSample> samples = List.of(KpuSample.of(T0, 3), KpuSample.of(T0.plus(Duration.ofHours(1)), 5));
        List<SnapshotHolding> snapshots = List.of(new SnapshotHolding("nightly", new BigDecimal("7.2"), T0, null));

        Bill bill = US_EAST_1.bill(Meter.hourlyKpus(samples, 1)
                .plus(Meter.snapshots(snapshots, T0, T0.plus(Duration.ofHours(720)))));

        assertThat(bill.kpus().quantity()).isEqualByComparingTo("8");
        assertThat(bill.kpus().amountUsd()).isEqualTo("0.88");
        assertThat(bill.runningStorage().amountUsd()).isEqualTo("0.05");   // 300 GB-hours = 0.41667 GB-months
        assertThat(bill.backups().quantity()).isEqualByComparingTo("7.2");
        assertThat(bill.backups().amountUsd()).isEqualTo("0.17");         // $0.1656
        assertThat(bill.totalUsd()).isEqualTo("1.10");
    }

    @ParameterizedTest(name = "parallelism {0} / {1}, max {2} KPUs → {3} … {4}")
    @CsvSource({
        // parallelism, per KPU, max application KPUs, low USD, high USD, high KPU-hours
        "2, 1, 64, 247.60, 5468.00, 46800",
        "4, 2,  8, 247.60,  752.80,  6480",
        "3, 2,  4, 247.60,  416.00,  3600",
        "1, 4, 16, 163.40, 1426.40, 12240",
        "4, 1,  4, 416.00,  416.00,  3600",
    })
    void shouldRangeFromTheConfiguredParallelismToTheAutoscalingMaximum(int parallelism, int perKpu, int maxKpus,
                                                                       String low, String high, String highKpuHours) {
        CostRange range = US_EAST_1.autoscalingRange(KpuConfiguration.streaming(parallelism, perKpu), maxKpus,
                Meter.MONTH, BigDecimal.ZERO);

        assertThat(range.lowUsd()).isEqualTo(low);
        assertThat(range.highUsd()).isEqualTo(high);
        assertThat(range.high().kpus().quantity()).isEqualByComparingTo(highKpuHours);
    }

    @Test
    void shouldGiveTheSameBackupsAtBothEndsOfTheRange() {
        CostRange range = US_EAST_1.autoscalingRange(KpuConfiguration.streaming(1, 1),
                KpuConfiguration.DEFAULT_MAX_KPUS, Meter.MONTH, new BigDecimal("100"));

        assertThat(range.low().backups().amountUsd()).isEqualTo("2.30").isEqualTo(range.high().backups().amountUsd());
    }

    @Test
    void shouldNotScaleAStudioNotebookInInteractiveMode() {
        CostRange range = US_EAST_1.autoscalingRange(KpuConfiguration.studioInteractive(4, 1), 64, Meter.MONTH,
                BigDecimal.ZERO);

        assertThat(range.lowUsd()).isEqualTo("495.20");
        assertThat(range.high()).isEqualTo(range.low());
    }

    @Test
    void shouldRejectAnAutoscalingMaximumBelowTheConfiguredKpus() {
        assertThatThrownBy(() -> US_EAST_1.autoscalingRange(KpuConfiguration.streaming(8, 1), 4, Meter.MONTH,
                BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the autoscaling maximum of 4 KPUs is below the 8 KPUs parallelism 8 already needs");
    }

    @ParameterizedTest(name = "parallelism {0} → {1} ({2} per KPU) changes the month by {3}")
    @CsvSource({
        "4, 8, 1, 336.80",
        "8, 4, 1, -336.80",
        "3, 4, 2, 0.00",
        "1, 2, 1, 84.20",
    })
    void shouldGiveTheMonthlyDeltaBetweenTwoConfigurations(int before, int after, int perKpu, String delta) {
        CostDelta change = US_EAST_1.delta(KpuConfiguration.streaming(before, perKpu),
                KpuConfiguration.streaming(after, perKpu), Meter.MONTH);

        assertThat(change.deltaUsd()).isEqualTo(delta);
        assertThat(change.after().totalUsd().subtract(change.before().totalUsd())).isEqualTo(delta);
    }
}
