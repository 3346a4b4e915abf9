package dev.flinkctl.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "500ms, 500",
        "5s, 5000",
        "10min, 600000",
        "1m, 60000",
        "1h, 3600000",
        "2h30m, 9000000",
        "7d, 604800000",
        "1d12h, 129600000",
        "1h 30m, 5400000",
        "1m30s500ms, 90500",
        "' 10S ', 10000",
        "0s, 0",
        "PT5S, 5000",
        "pt0.5s, 500",
        "PT-5S, -5000",
    })
    void shouldParseUnitsCompoundsAndIso8601(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "60", "10x", "1w", "1.5s", "s", "5s10", "-5s", "PT", "99999999999999999999h"})
    void shouldRejectOtherText(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a duration: write numbers with units (500ms, 5s, 10min, 1h, "
                        + "2h30m, 7d) or ISO-8601 (PT5S)");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0s",
        "500, 500ms",
        "5000, 5s",
        "90000, 1m30s",
        "600000, 10m",
        "9000000, 2h30m",
        "90061001, 1d1h1m1s1ms",
        "604800000, 7d",
        "-5000, -5s",
    })
    void shouldFormatTheShortestForm(long millis, String text) {
        assertThat(Durations.format(Duration.ofMillis(millis))).isEqualTo(text);
        assertThat(Durations.parse(text.replace("-", ""))).isEqualTo(Duration.ofMillis(millis).abs());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 999_999, 1_000_001})
    void shouldFormatFractionsOfAMillisecondAsIso8601(long nanos) {
        Duration duration = Duration.ofNanos(nanos);

        assertThat(Durations.parse(Durations.format(duration))).isEqualTo(duration);
    }
}
