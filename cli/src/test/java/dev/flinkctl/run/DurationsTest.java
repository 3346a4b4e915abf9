package dev.flinkctl.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
        "500ms, 500",
        "60s, 60000",
        "5m, 300000",
        "1h, 3600000",
        "PT1M, 60000",
        "pt0.5s, 500",
        "' 10S ', 10000",
        "0s, 0",
    })
    void parsesUnitsAndIso8601(String text, long millis) {
        assertThat(Durations.parse(text).toMillis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "60", "10x", "1d", "1.5s", "s", "PT", "99999999999999999999h"})
    void rejectsOtherText(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(FlinkctlException.class)
                .hasMessage("'" + text + "' is not a duration: write a number with a unit (500ms, 60s, 5m, 1h) "
                        + "or ISO-8601 (PT1M)")
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
