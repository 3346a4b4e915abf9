package dev.flinkctl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricFormatTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "MILLISECONDS     | 250      | 250 ms",
        "MILLISECONDS     | 1500     | 1.5 s",
        "MILLISECONDS     | 90000    | 1.5 min",
        "MILLISECONDS     | 5400000  | 1.5 h",
        "MILLISECONDS     | 172800000| 2.0 d",
        "BYTES            | 512      | 512 B",
        "BYTES            | 1536     | 1.5 KB",
        "BYTES            | 3145728  | 3.0 MB",
        "PERCENT          | 45.25    | 45.3 %",
        "COUNT_PER_SECOND | 250      | 250 /s",
        "COUNT_PER_SECOND | 12.345   | 12.35 /s",
        "COUNT            | 12345    | 12,345",
        "COUNT            | -1       | -1",
        "NONE             | 1234.56  | 1,235",
        "COUNT            | null     | -",
    })
    void shouldPrintValuesWithTheirUnit(MetricUnit unit, Double value, String text) {
        assertThat(MetricFormat.format(value, unit)).isEqualTo(text);
    }

    @Test
    void shouldPriceATailByTheMetricsItRequests() {
        // 12 metrics once a minute: 720 metrics an hour at USD 0.01 per 1,000.
        assertThat(CloudWatchApiCost.tailPerHour(12, Duration.ofMinutes(1))).isEqualByComparingTo("0.0072");
        assertThat(CloudWatchApiCost.tailPerHour(12, Duration.ofSeconds(5))).isEqualByComparingTo("0.0864");
        assertThat(CloudWatchApiCost.tailPerHour(1, Duration.ofHours(1))).isEqualByComparingTo(new BigDecimal("0.0001"));
    }

    @Test
    void shouldReadTimesAsDurationsBeforeNowOrUtcTimes() {
        Instant now = Instant.parse("2026-11-21T10:00:00Z");

        assertThat(TimeArgument.parse("3h").resolve(now)).isEqualTo(Instant.parse("2026-11-21T07:00:00Z"));
        assertThat(TimeArgument.parse("2d").resolve(now)).isEqualTo(Instant.parse("2026-11-19T10:00:00Z"));
        assertThat(TimeArgument.parse("PT90M").resolve(now)).isEqualTo(Instant.parse("2026-11-21T08:30:00Z"));
        assertThat(TimeArgument.parse("2026-11-20T12:30:00Z").resolve(now))
                .isEqualTo(Instant.parse("2026-11-20T12:30:00Z"));
        assertThat(TimeArgument.parse("2026-11-20").resolve(now)).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
        for (String bad : new String[] {"yesterday", "2026-11-20T12:30", "3 hours", "-3h"}) {
            assertThatThrownBy(() -> TimeArgument.parse(bad)).hasMessage("cannot read the time '" + bad
                    + "': give a duration before now (3h, 90m, 2d) or a UTC time (2026-11-21T10:00:00Z)");
        }
    }
}
