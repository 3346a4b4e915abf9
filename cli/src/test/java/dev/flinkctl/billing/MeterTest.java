package dev.flinkctl.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeterTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    private static final KpuConfiguration TWO_KPUS = KpuConfiguration.streaming(2, 1);   // 2 + 1 KPUs

    @ParameterizedTest(name = "{0} is billed as {1} s")
    @CsvSource({
        "PT0S, 600",
        "PT0.001S, 600",
        "PT3M, 600",
        "PT5M, 600",
        "PT9M59S, 600",
        "PT10M, 600",
        "PT10M1S, 601",
        "PT20M10S, 1210",
        "PT20M10.2S, 1211",
        "PT720H, 2592000",
    })
    void shouldBillWholeSecondsWithATenMinuteMinimumPerStart(Duration run, long seconds) {
        assertThat(Meter.billedSeconds(run)).isEqualTo(seconds);
    }

    @Test
    void shouldBillAThreeMinuteRunAsTenMinutes() {
        Usage usage = Meter.runs(List.of(Run.of(T0, T0.plus(Duration.ofMinutes(3)), TWO_KPUS)));

        assertThat(usage.kpuSeconds()).isEqualByComparingTo(BigDecimal.valueOf(600 * 3));
        assertThat(usage.runningStorageGbSeconds()).isEqualByComparingTo(BigDecimal.valueOf(600 * 2 * 50));
        assertThat(usage).isEqualTo(Meter.run(TWO_KPUS, Duration.ofMinutes(3)));
    }

    @Test
    void shouldBillTwoThreeMinuteRunsAsTwentyMinutes() {
        Instant later = T0.plus(Duration.ofHours(1));

        Usage usage = Meter.runs(List.of(
                Run.of(T0, T0.plus(Duration.ofMinutes(3)), TWO_KPUS),
                Run.of(later, later.plus(Duration.ofMinutes(3)), TWO_KPUS)));

        assertThat(usage.kpuHours()).isEqualByComparingTo(new BigDecimal("1"));   // 20 min × 3 KPUs
        assertThat(usage.kpuSeconds()).isEqualByComparingTo(BigDecimal.valueOf(1200 * 3));
    }

    @Test
    void shouldTreatRunsWithoutAGapAsOneStartWhoseShortfallIsBilledAtTheLastKpus() {
        Instant scaled = T0.plus(Duration.ofMinutes(3));
        Run before = new Run(T0, scaled, 2, 1);
        Run after = new Run(scaled, scaled.plus(Duration.ofMinutes(4)), 4, 1);

        Usage usage = Meter.runs(List.of(after, before));   // any order

        // 3 min × 3 KPUs + 4 min × 5 KPUs + the missing 3 min × 5 KPUs
        assertThat(usage.kpuSeconds()).isEqualByComparingTo(BigDecimal.valueOf(180 * 3 + 240 * 5 + 180 * 5));
        assertThat(usage.runningStorageGbSeconds())
                .isEqualByComparingTo(BigDecimal.valueOf((180 * 2 + 240 * 4 + 180 * 4) * 50));
    }

    @Test
    void shouldAddNoMinimumToAStartThatRanLongerThanTenMinutesAcrossAScalingChange() {
        Instant scaled = T0.plus(Duration.ofMinutes(8));

        Usage usage = Meter.runs(List.of(new Run(T0, scaled, 1, 1), new Run(scaled, scaled.plusSeconds(180), 2, 1)));

        assertThat(usage.kpuSeconds()).isEqualByComparingTo(BigDecimal.valueOf(480 * 2 + 180 * 3));
    }

    @Test
    void shouldRejectOverlappingRuns() {
        Run first = Run.of(T0, T0.plus(Duration.ofMinutes(30)), TWO_KPUS);
        Run second = Run.of(T0.plus(Duration.ofMinutes(20)), T0.plus(Duration.ofMinutes(40)), TWO_KPUS);

        assertThatThrownBy(() -> Meter.runs(List.of(first, second)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("runs overlap: 2025-03-01T10:00:00Z");
    }

    @Test
    void shouldRejectARunThatStopsBeforeItStarts() {
        assertThatThrownBy(() -> Run.of(T0, T0.minusSeconds(1), TWO_KPUS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
    }

    @Test
    void shouldBillNothingForNoRuns() {
        assertThat(Meter.runs(List.of())).isEqualTo(Usage.NONE);
    }

    @ParameterizedTest(name = "KPUs metric {0} with {1} orchestration → application {2}, orchestration {3}")
    @CsvSource({"3, 1, 2, 1", "1, 1, 0, 1", "0, 1, 0, 0", "6, 2, 4, 2"})
    void shouldSplitTheKpusMetricIntoApplicationAndOrchestrationKpus(int total, int orchestration, int application,
                                                                      int orchestrationLeft) {
        Run run = Run.ofTotalKpus(T0, T0.plusSeconds(60), total, orchestration);

        assertThat(run.applicationKpus()).isEqualTo(application);
        assertThat(run.orchestrationKpus()).isEqualTo(orchestrationLeft);
        assertThat(run.totalKpus()).isEqualTo(total);
    }

    @Test
    void shouldBillEachHourlyKpusSampleAsAWholeHourWithStorageForTheApplicationKpusOnly() {
        List<KpuSample> samples = List.of(
                KpuSample.of(T0, 3),
                KpuSample.of(T0.plus(Duration.ofHours(1)), 3),
                KpuSample.of(T0.plus(Duration.ofHours(2)), 5),          // scaled up
                KpuSample.of(T0.plus(Duration.ofHours(3)), 0));         // stopped

        Usage usage = Meter.hourlyKpus(samples, KpuConfiguration.ORCHESTRATION_KPUS);

        assertThat(usage.kpuHours()).isEqualByComparingTo("11");
        assertThat(usage.runningStorageGbSeconds()).isEqualByComparingTo(BigDecimal.valueOf((2 + 2 + 4) * 50 * 3600));
        assertThat(usage.backupGbSeconds()).isZero();
    }

    @Test
    void shouldLeaveTwoOrchestrationKpusOutOfStudioStorage() {
        Usage usage = Meter.hourlyKpus(List.of(new KpuSample(T0, new BigDecimal("6.5"))),
                KpuConfiguration.STUDIO_INTERACTIVE_ORCHESTRATION_KPUS);

        assertThat(usage.kpuSeconds()).isEqualByComparingTo(BigDecimal.valueOf(6.5 * 3600));
        assertThat(usage.runningStorageGbSeconds()).isEqualByComparingTo(BigDecimal.valueOf(4.5 * 50 * 3600));
    }

    @Test
    void shouldRejectTwoSamplesForTheSameHour() {
        assertThatThrownBy(() -> Meter.hourlyKpus(List.of(KpuSample.of(T0, 3), KpuSample.of(T0, 3)), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two KPUs samples for the hour 2025-03-01T10:00:00Z");
    }

    @Test
    void shouldCountSnapshotsOnlyWhileHeldWithinThePeriod() {
        Instant from = T0;
        Instant to = T0.plus(Duration.ofHours(10));
        List<SnapshotHolding> snapshots = List.of(
                new SnapshotHolding("kept", new BigDecimal("10"), from.minus(Duration.ofDays(3)), null),
                new SnapshotHolding("short-lived", new BigDecimal("2.5"), from.plus(Duration.ofHours(2)),
                        from.plus(Duration.ofHours(6))),
                new SnapshotHolding("taken-late", new BigDecimal("4"), from.plus(Duration.ofHours(9)), null),
                new SnapshotHolding("deleted-before", new BigDecimal("100"), from.minus(Duration.ofDays(2)),
                        from.minus(Duration.ofDays(1))),
                new SnapshotHolding("after", new BigDecimal("100"), to.plusSeconds(1), null));

        Usage usage = Meter.snapshots(snapshots, from, to);

        // 10 GB × 10 h + 2.5 GB × 4 h + 4 GB × 1 h = 114 GB-hours
        assertThat(usage.backupGbSeconds()).isEqualByComparingTo(BigDecimal.valueOf(114 * 3600));
        assertThat(usage.kpuSeconds()).isZero();
        assertThat(usage.runningStorageGbSeconds()).isZero();
    }

    @Test
    void shouldCountBackupsHeldForFractionsOfASecondExactly() {
        Usage usage = Meter.backups(new BigDecimal("2"), Duration.ofMillis(1500));

        assertThat(usage.backupGbSeconds()).isEqualByComparingTo("3");
    }

    @Test
    void shouldRejectASnapshotDeletedBeforeItWasTaken() {
        assertThatThrownBy(() -> new SnapshotHolding("s", BigDecimal.ONE, T0, T0.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("snapshot 's' cannot be deleted before it is taken");
    }

    @Test
    void shouldAddUsage() {
        Usage a = new Usage(BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("0.5"));

        assertThat(a.plus(a)).isEqualTo(new Usage(new BigDecimal("2"), new BigDecimal("20"), new BigDecimal("1.0")));
    }

    @Test
    void shouldRejectNegativeUsage() {
        assertThatThrownBy(() -> new Usage(BigDecimal.ONE.negate(), BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("KPU-seconds must be zero or more, not -1");
    }
}
