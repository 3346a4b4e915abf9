package dev.flinkctl.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PropertyOverrideTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Source.rate=1000       | Source | rate       | 1000",
        "Sink.aws.region=eu-1   | Sink   | aws.region | eu-1",
        "Source.path=/a.b/c=d   | Source | path       | /a.b/c=d",
        "Source.path=           | Source | path       | ''",
    })
    void groupIsBeforeTheFirstDotKeyUpToTheFirstEquals(String text, String group, String key, String value) {
        assertThat(PropertyOverride.parse(text)).isEqualTo(new PropertyOverride(group, key, value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rate=1000", "Source.rate", ".rate=1", "Source.=1", "=1", "", "a=b.c"})
    void rejectsTextThatIsNotGroupKeyValue(String text) {
        assertThatThrownBy(() -> PropertyOverride.parse(text))
                .isInstanceOf(FlinkctlException.class)
                .hasMessage("'" + text + "' is not GROUP.KEY=VALUE: write e.g. --property Source.rate=1000")
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
