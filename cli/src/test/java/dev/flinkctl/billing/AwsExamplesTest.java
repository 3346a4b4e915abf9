package dev.flinkctl.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AWS's worked examples, to the cent: the developer guide's three (us-east-1, rounded up per line item,
 * https://docs.aws.amazon.com/managed-flink/latest/java/how-pricing.html) and the former Studio pricing page's two
 * (rounded once at the end).
 */
class AwsExamplesTest {

    private static final RegionPrice US_EAST_1 = PriceTable.bundled().price("us-east-1");
    private static final Instant DAY_ONE = Instant.parse("2025-06-01T00:00:00Z");

    /**
     * One example: its usage, the rounding AWS used, and the published quantities and amounts (null where AWS
     * publishes no quantity).
     */
    record Example(String name, Usage usage, Rounding rounding, String kpuHours, String kpuUsd, String storageGbMonths,
                   String storageUsd, String backupUsd, String totalUsd) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Example> examples() {
        return Stream.of(
                // Example 1 as the model has it (20 + 1 KPUs × 720 h): AWS's own formula and CUR quantity, 15,120.
                new Example("1 video streaming, model-consistent",
                        Meter.run(KpuConfiguration.streaming(20, 1), Meter.MONTH)
                                .plus(Meter.backups(BigDecimal.ONE, Meter.MONTH)),
                        Rounding.LINE_ITEMS_UP, "15120", "1663.20", "1000", "100.00", "0.03", "1763.23"),
                new Example("2 daily batch, 15 min × 30 days", dailyBatch(), Rounding.LINE_ITEMS_UP, "22.5", "2.48",
                        "1.042", "0.11", "0.00", "2.59"),
                new Example("3 development start/stop", developmentStartStop(), Rounding.LINE_ITEMS_UP, "4.167", "0.46",
                        "0.232", "0.03", "0.00", "0.49"),
                new Example("Studio 1 simple streaming filter",
                        Meter.run(KpuConfiguration.studioInteractive(4, 1), Meter.MONTH), Rounding.TOTAL_HALF_UP,
                        "4320", "475.20", "200", "20.00", "0.00", "495.20"),
                new Example("Studio 2 sliding window deployed to streaming", studioSlidingWindow(),
                        Rounding.TOTAL_HALF_UP, "2112", "232.32", "97.778", "9.78", "0.00", "242.10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shouldReproduceThePublishedLineItemsAndTotal(Example example) {
        Bill bill = new CostModel(US_EAST_1, example.rounding()).bill(example.usage());

        assertThat(asPublished(bill.kpus().quantity(), example.kpuHours())).isEqualTo(example.kpuHours());
        assertThat(bill.kpus().amountUsd()).isEqualTo(example.kpuUsd());
        assertThat(asPublished(bill.runningStorage().quantity(), example.storageGbMonths()))
                .isEqualTo(example.storageGbMonths());
        assertThat(bill.runningStorage().amountUsd()).isEqualTo(example.storageUsd());
        assertThat(bill.backups().amountUsd()).isEqualTo(example.backupUsd());
        assertThat(bill.totalUsd()).isEqualTo(example.totalUsd());
        assertThat(bill.region()).isEqualTo("us-east-1");
    }

    /**
     * Example 1 as published ($1,684.03) bills the KPUs at 20 × 720 × $0.11 = $1,584.00 although its formula and CUR
     * quantity (15,120 KPU-hours) count 21 KPUs: it leaves out exactly the orchestration KPU's month. Everything else
     * matches the model.
     */
    @Test
    void shouldDifferFromThePublishedExampleOneOnlyByTheOrchestrationKpuItLeavesOut() {
        Bill bill = CostModel.of(US_EAST_1).monthly(KpuConfiguration.streaming(20, 1), BigDecimal.ONE);
        BigDecimal orchestrationMonth = new BigDecimal("720").multiply(US_EAST_1.kpuHourUsd());

        BigDecimal publishedKpu = bill.kpus().amountUsd().subtract(orchestrationMonth);

        assertThat(bill.kpus().quantity()).isEqualByComparingTo("15120");
        assertThat(publishedKpu).isEqualByComparingTo("1584.00");
        assertThat(bill.runningStorage().amountUsd()).isEqualTo("100.00");
        assertThat(bill.backups().amountUsd()).isEqualTo("0.03");
        assertThat(publishedKpu.add(bill.runningStorage().amountUsd()).add(bill.backups().amountUsd()))
                .isEqualByComparingTo("1684.03");
    }

    /** The Studio examples' rounding matters: rounding each line up gives a cent more than the published $242.10. */
    @Test
    void shouldBillStudioExampleTwoACentHigherWhenEachLineIsRoundedUp() {
        Bill bill = CostModel.of(US_EAST_1).bill(studioSlidingWindow());

        assertThat(bill.runningStorage().amountUsd()).isEqualTo("9.78");
        assertThat(bill.backups().amountUsd()).isEqualTo("0.01");
        assertThat(bill.totalUsd()).isEqualTo("242.11");
    }

    /** 2 KPUs + 1, 15 minutes a day for 30 days: 450 minutes. */
    private static Usage dailyBatch() {
        List<Run> runs = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            Instant start = DAY_ONE.plus(Duration.ofDays(day)).plus(Duration.ofHours(2));
            runs.add(Run.of(start, start.plus(Duration.ofMinutes(15)), KpuConfiguration.streaming(2, 1)));
        }
        return Meter.runs(runs);
    }

    /** 4 KPUs + 1: 10:05–10:35, 10:40–10:45 (billed 10 min), 10:50–10:52 (billed 10 min): 50 minutes. */
    private static Usage developmentStartStop() {
        KpuConfiguration config = KpuConfiguration.streaming(4, 1);
        return Meter.runs(List.of(
                Run.of(at("10:05"), at("10:35"), config),
                Run.of(at("10:40"), at("10:45"), config),
                Run.of(at("10:50"), at("10:52"), config)));
    }

    /**
     * Development 2 days × 8 h in interactive mode (4 + 2 KPUs), then production 28 days × 24 h as a deployed
     * application (2 + 1 KPUs), 1 MB of backups held through production.
     */
    private static Usage studioSlidingWindow() {
        KpuConfiguration notebook = KpuConfiguration.studioInteractive(4, 1);
        Instant dayTwo = DAY_ONE.plus(Duration.ofDays(1));
        Usage development = Meter.runs(List.of(
                Run.of(DAY_ONE, DAY_ONE.plus(Duration.ofHours(8)), notebook),
                Run.of(dayTwo, dayTwo.plus(Duration.ofHours(8)), notebook)));
        Duration production = Duration.ofDays(28);
        return development.plus(Meter.run(KpuConfiguration.streaming(2, 1), production))
                .plus(Meter.backups(new BigDecimal("0.001"), production));
    }

    private static Instant at(String time) {
        return Instant.parse("2025-06-01T" + time + ":00Z");
    }

    /** AWS shows quantities rounded up to a few decimals (0.23148 GB-month as "0.232"): round the same way. */
    private static String asPublished(BigDecimal quantity, String published) {
        return quantity.setScale(new BigDecimal(published).scale(), RoundingMode.CEILING).toPlainString();
    }
}
