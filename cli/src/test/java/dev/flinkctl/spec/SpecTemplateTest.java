package dev.flinkctl.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import org.junit.jupiter.api.Test;

class SpecTemplateTest {

    @Test
    void shouldMentionEveryTopLevelKey() {
        String template = SpecTemplate.render("x");

        for (String key : SpecReader.TOP_KEYS) {
            assertThat(template).as(key).containsPattern("(?m)^#? ?" + key + ":");
        }
    }

    @Test
    void shouldCommentEveryKeyItSets() {
        String template = SpecTemplate.render("x");

        // A key line that sets something either says what it does on the line, or the line above does.
        String[] lines = template.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean setsAKey = !line.isBlank() && !line.strip().startsWith("#");
            boolean nestsAMapping = line.strip().endsWith(":");
            if (setsAKey && !nestsAMapping) {
                assertThat(line.contains("#") || lines[i - 1].strip().startsWith("#")).as(line).isTrue();
            }
        }
    }

    @Test
    void shouldRejectAnInvalidName() {
        assertThatThrownBy(() -> SpecTemplate.render("my app"))
                .isInstanceOf(FlinkctlException.class)
                .hasMessage("invalid application name 'my app': use 1 to 128 letters, digits, '_', '.' or '-'")
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void shouldWriteTheChosenRuntimeAndReadBackAsIt() {
        String template = SpecTemplate.render("payments", "FLINK-2_2");

        assertThat(template).contains("\nruntimeEnvironment: FLINK-2_2\n").doesNotContain("{{");
        assertThat(SpecTemplate.render("x")).contains("\nruntimeEnvironment: FLINK-1_20\n");
    }

    @Test
    void shouldRejectAnUnknownRuntime() {
        assertThatThrownBy(() -> SpecTemplate.render("x", "FLINK-1_11"))
                .isInstanceOf(FlinkctlException.class)
                .hasMessage("unknown runtime environment 'FLINK-1_11': use one of FLINK-1_13, FLINK-1_15, FLINK-1_18, "
                        + "FLINK-1_19, FLINK-1_20, FLINK-2_2")
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
