package dev.flinkctl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.FlinkctlException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricQueryTest {
    private static final List<MetricDefinition> UPTIME = List.of(MetricCatalog.definition("uptime"));
    private static final Instant NOW = Instant.parse("2026-11-21T10:07:42Z");

    @Test
    void shouldAlignTheStartDownToAMultipleOfThePeriod() {
        MetricQuery query = MetricQuery.aligned("app", UPTIME, Instant.parse("2026-11-21T07:07:42.5Z"), NOW,
                Duration.ofMinutes(5));

        assertThat(query.start()).isEqualTo(Instant.parse("2026-11-21T07:05:00Z"));
        assertThat(query.end()).isEqualTo(NOW);
        assertThat(query.periods()).isEqualTo(37);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1S", "PT5S", "PT10S", "PT20S", "PT30S", "PT1M", "PT5M", "PT1H", "P1D"})
    void shouldTakeThePeriodsCloudWatchTakes(String period) {
        assertThatCode(() -> MetricQuery.checkPeriod(Duration.parse(period))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT2S", "PT15S", "PT45S", "PT90S", "PT0.5S", "PT0S", "PT-1M"})
    void shouldRefuseOtherPeriods(String period) {
        assertThatThrownBy(() -> MetricQuery.checkPeriod(Duration.parse(period)))
                .isInstanceOf(FlinkctlException.class)
                .hasMessageContaining("use 1s, 5s, 10s, 20s, 30s or a multiple of 1m");
    }

    @Test
    void shouldRefuseAnEmptyRangeOrNoMetrics() {
        assertThatThrownBy(() -> new MetricQuery("app", UPTIME, NOW, NOW.minusSeconds(60), Duration.ofMinutes(1)))
                .hasMessage("the time range is empty: --since must be before --until");
        assertThatThrownBy(() -> new MetricQuery("app", List.of(), NOW.minusSeconds(60), NOW, Duration.ofMinutes(1)))
                .hasMessage("no metrics chosen: give --metric NAME or --preset");
    }

    @Test
    void shouldAskForCoarserPeriodsForOldData() {
        MetricQuery recent = new MetricQuery("app", UPTIME, NOW.minus(Duration.ofDays(14)), NOW, Duration.ofMinutes(1));
        MetricQuery month = new MetricQuery("app", UPTIME, NOW.minus(Duration.ofDays(30)), NOW, Duration.ofMinutes(1));
        MetricQuery monthInFive = new MetricQuery("app", UPTIME, NOW.minus(Duration.ofDays(30)), NOW,
                Duration.ofMinutes(5));
        MetricQuery quarter = new MetricQuery("app", UPTIME, NOW.minus(Duration.ofDays(90)), NOW,
                Duration.ofMinutes(5));

        assertThatCode(() -> recent.checkRetention(NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> month.checkRetention(NOW)).hasMessageContaining("use --period 5m");
        assertThatCode(() -> monthInFive.checkRetention(NOW)).doesNotThrowAnyException();
        assertThatThrownBy(() -> quarter.checkRetention(NOW)).hasMessageContaining("use --period 1h");
    }
}
