package dev.flinkctl.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The model against billing.md's reference formula, written out again here in whole cents with integer arithmetic:
 * <pre>
 * billedSeconds(run) = max(runSeconds, 600)
 * appKPU             = ceil(parallelism / parallelismPerKPU)
 * kpuHours           = Σ billedSeconds / 3600 × (appKPU + orchestration)
 * storageGBMonth     = Σ billedSeconds / 3600 × appKPU × 50 / 720
 * backupGBMonth      = snapshotGB × hoursHeld / 720
 * lineItem(x)        = ceilToCent(x) ; total = Σ lineItems
 * </pre>
 */
class ReferenceFormulaTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");

    @ParameterizedTest(name = "runs {0} s, parallelism {1}/{2}, studio {3}, {4} GB × {5} h, {6}")
    @CsvSource({
        // runs (seconds, separated by spaces), parallelism, per KPU, studio, backup GB, held hours, region
        "'180',                   1, 1, false,   0,   0, us-east-1",
        "'180 180',               1, 1, false,   0,   0, us-east-1",
        "'599 600 601',           4, 1, false,   1, 720, us-east-1",
        "'2400',                  2, 1, false,   0,   0, us-east-1",
        "'1210 3600 86400',       7, 2, false,  12, 300, us-east-1",
        "'900 900 900 900',       9, 4, true,    3,  24, us-east-1",
        "'2592000',              64, 1, false, 250, 720, us-east-1",
        "'1 2 3 4 5 6 7 8 9',     3, 3, false,   0,   0, eu-west-2",
        "'45000 7777',           17, 8, false,  40, 500, eu-west-2",
        "'1000 2000 3000',        5, 2, true,    7,  10, eu-west-2",
    })
    void shouldMatchTheReferenceFormulaInWholeCents(String runSeconds, int parallelism, int perKpu, boolean studio,
                                                    long backupGb, long heldHours, String region) {
        RegionPrice price = PriceTable.bundled().price(region);
        long[] seconds = Arrays.stream(runSeconds.trim().split(" +")).mapToLong(Long::parseLong).toArray();
        KpuConfiguration config = new KpuConfiguration(parallelism, perKpu, studio);
        List<Run> runs = new ArrayList<>();
        Instant start = T0;
        for (long s : seconds) {
            runs.add(Run.of(start, start.plusSeconds(s), config));
            start = start.plusSeconds(s + 3600);   // a gap: every run is its own start
        }

        Bill bill = CostModel.of(price).bill(Meter.runs(runs).plus(Meter.backups(BigDecimal.valueOf(backupGb),
                Duration.ofHours(heldHours))));

        long billed = Arrays.stream(seconds).map(s -> Math.max(s, 600)).sum();
        long appKpus = (long) Math.ceil((double) parallelism / perKpu);
        long kpus = appKpus + (studio ? 2 : 1);
        long kpuCents = ceilDiv(billed * kpus * micros(price.kpuHourUsd()), 3600L * 10_000);
        long storageCents = ceilDiv(billed * appKpus * 50 * micros(price.runningStorageGbMonthUsd()),
                720L * 3600 * 10_000);
        long backupCents = ceilDiv(backupGb * heldHours * micros(price.backupGbMonthUsd()), 720L * 10_000);
        assertThat(bill.kpus().amountUsd()).isEqualTo(cents(kpuCents));
        assertThat(bill.runningStorage().amountUsd()).isEqualTo(cents(storageCents));
        assertThat(bill.backups().amountUsd()).isEqualTo(cents(backupCents));
        assertThat(bill.totalUsd()).isEqualTo(cents(kpuCents + storageCents + backupCents));
    }

    private static long micros(BigDecimal usd) {
        return usd.movePointRight(6).longValueExact();
    }

    private static long ceilDiv(long numerator, long denominator) {
        return -Math.floorDiv(-numerator, denominator);
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
