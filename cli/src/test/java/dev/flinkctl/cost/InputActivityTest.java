package dev.flinkctl.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The idle decision, driven with hourly averages of numRecordsInPerSecond as CloudWatch returns them. */
class InputActivityTest {
    private static final double THRESHOLD = InputActivity.DEFAULT_THRESHOLD;

    @Test
    void shouldBeIdleWhenTheAverageIsBelowTheThreshold() {
        InputActivity activity = InputActivity.of(List.of(0.0004, 0.0004, 0.0004));

        assertThat(activity.idle(THRESHOLD)).isTrue();
        assertThat(activity.hoursWithData()).isEqualTo(3);
        assertThat(activity.averageRecordsInPerSecond()).isCloseTo(0.0004, within(1e-12));
        assertThat(activity.recordsIn()).isEqualTo(4); // 3 h × 3600 s × 0.0004 = 4.32
        assertThat(activity.reason()).isEqualTo("0.0004 records/s on average");
    }

    @Test
    void shouldNotBeIdleAboveTheThreshold() {
        InputActivity activity = InputActivity.of(List.of(40.0, 38.5));

        assertThat(activity.idle(THRESHOLD)).isFalse();
        assertThat(activity.averageRecordsInPerSecond()).isEqualTo(39.25);
        assertThat(activity.recordsIn()).isEqualTo(282_600); // (40 + 38.5) × 3600
    }

    @Test
    void shouldNotBeIdleExactlyAtTheThreshold() {
        assertThat(InputActivity.of(List.of(0.01)).idle(0.01)).isFalse();
        assertThat(InputActivity.of(List.of(0.0, 0.02)).idle(0.01)).isFalse();
        assertThat(InputActivity.of(List.of(0.0, 0.0199)).idle(0.01)).isTrue();
    }

    @Test
    void shouldBeIdleWithoutDataAndSaySo() {
        InputActivity activity = InputActivity.of(List.of());

        assertThat(activity.idle(THRESHOLD)).isTrue();
        assertThat(activity.idle(0)).as("even when nothing is below the threshold").isTrue();
        assertThat(activity.hasData()).isFalse();
        assertThat(activity.hoursWithData()).isZero();
        assertThat(activity.averageRecordsInPerSecond()).isNull();
        assertThat(activity.recordsIn()).isNull();
        assertThat(activity.reason()).isEqualTo("no numRecordsInPerSecond data");
    }

    @Test
    void shouldAverageOnlyTheHoursWithData() {
        // A week in which the application ran for the last 3 hours only: the 165 hours without data count for
        // nothing, so the 3 busy hours are not diluted into an idle week.
        InputActivity busyLately = InputActivity.of(List.of(1.0, 2.0, 3.0));
        // One busy hour among quiet ones does pull the mean up.
        InputActivity oneBurst = InputActivity.of(List.of(0.0, 0.0, 0.0, 0.0, 0.06));
        InputActivity mostlyQuiet = InputActivity.of(List.of(0.0, 0.0, 0.0, 0.0, 0.04));

        assertThat(busyLately.averageRecordsInPerSecond()).isEqualTo(2.0);
        assertThat(busyLately.idle(THRESHOLD)).isFalse();
        assertThat(oneBurst.averageRecordsInPerSecond()).isCloseTo(0.012, within(1e-12));
        assertThat(oneBurst.idle(THRESHOLD)).isFalse();
        assertThat(mostlyQuiet.idle(THRESHOLD)).isTrue();
        assertThat(mostlyQuiet.recordsIn()).isEqualTo(144); // 0.04 × 3600
        assertThat(mostlyQuiet.reason()).isEqualTo("0.008 records/s on average");
    }

    @Test
    void shouldTreatAThresholdOfZeroAsOnlyNoData() {
        assertThat(InputActivity.of(List.of(0.0)).idle(0)).isFalse();
    }

    @Test
    void shouldRejectImpossibleAverages() {
        assertThatThrownBy(() -> InputActivity.of(List.of(1.0, -0.5))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputActivity.of(List.of(Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InputActivity.of(List.of(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "0.0004, 0.0004", "0.000416666, 0.000417", "0.016666, 0.0167", "38.66666, 38.7", "40, 40",
        "1234.5, 1230", "0.1, 0.1"})
    void shouldPrintRatesWithThreeSignificantDigits(double rate, String printed) {
        assertThat(InputActivity.rate(rate)).isEqualTo(printed);
    }
}
