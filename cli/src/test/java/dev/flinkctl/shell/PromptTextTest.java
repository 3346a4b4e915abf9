package dev.flinkctl.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptTextTest {

    @Test
    void shouldShowTheLocalTargetAndApplicationButNotTheUnusedProfileAndRegion() {
        assertThat(PromptText.of(new Session("local", "prod", "eu-west-1", null), "fraud-detection", 0))
                .isEqualTo("flinkctl [local fraud-detection]> ");
    }

    @Test
    void shouldShowProfileAndRegionOnAws() {
        assertThat(PromptText.of(new Session("aws", "prod", "eu-west-1", "orders"), "orders", 0))
                .isEqualTo("flinkctl [aws prod eu-west-1 orders]> ");
    }

    @Test
    void shouldLeaveOutWhatIsUnknown() {
        assertThat(PromptText.of(new Session("aws", null, null, null), null, 0)).isEqualTo("flinkctl [aws]> ");
    }

    @Test
    void shouldShowTheExitCodeOfAFailedCommand() {
        assertThat(PromptText.of(new Session("local", null, null, null), "orders", 3))
                .isEqualTo("flinkctl [local orders] exit=3> ");
    }
}
