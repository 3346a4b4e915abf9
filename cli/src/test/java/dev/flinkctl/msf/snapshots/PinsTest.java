package dev.flinkctl.msf.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PinsTest {
    @Test
    void shouldKeepPinsAsTagsUnderTheManagedPrefix() {
        assertThat(Pins.tagKey("v3-20261121-101500")).isEqualTo("flinkctl:pinned:v3-20261121-101500");
        assertThat(Pins.pinned(Map.of("flinkctl:pinned:b", "2026-11-21T10:00:00Z", "flinkctl:pinned:a", "",
                "team", "payments"))).containsExactly("a", "b");
    }

    @Test
    void shouldRefuseNamesThatDoNotFitInATagKey() {
        String longest = "x".repeat(Pins.MAX_NAME);
        assertThat(Pins.tagKey(longest)).hasSize(128);
        assertThatThrownBy(() -> Pins.tagKey(longest + "x")).isInstanceOf(FlinkctlException.class)
                .hasMessageContaining("at most 128")
                .satisfies(e -> assertThat(((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE));
    }
}
