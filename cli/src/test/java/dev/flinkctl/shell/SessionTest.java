package dev.flinkctl.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest {

    @Test
    void shouldStartFromTheEnvironmentIgnoringBlankValues() {
        Session session = Session.from(Map.of("FLINKCTL_TARGET", "aws", "AWS_PROFILE", " prod ", "AWS_REGION", "",
                "FLINKCTL_APPLICATION", "orders"));

        assertThat(session).isEqualTo(new Session("aws", "prod", null, "orders"));
    }

    @Test
    void shouldLayItsSettingsOverTheEnvironmentAndRemoveTheUnsetOnes() {
        Map<String, String> base = Map.of("PATH", "/bin", "AWS_REGION", "eu-west-1", "FLINKCTL_TARGET", "aws");

        Map<String, String> env = new Session("local", null, null, "orders").env(base);

        assertThat(env).isEqualTo(Map.of("PATH", "/bin", "FLINKCTL_TARGET", "local",
                "FLINKCTL_APPLICATION", "orders"));
    }

    @Test
    void shouldKeepProfileAndRegionOnTheLocalTargetForALaterSwitchBackToAws() {
        Session onAws = new Session(null, "prod", "eu-west-1", "orders");

        Session local = onAws.local();
        Session back = local.aws(null, "us-east-1");

        assertThat(local.onAws()).isFalse();
        assertThat(back).isEqualTo(new Session("aws", "prod", "us-east-1", "orders"));
        assertThat(back.onAws()).isTrue();
    }

    @Test
    void shouldChangeOnlyTheApplication() {
        assertThat(new Session("local", "p", "r", null).withApplication("orders"))
                .isEqualTo(new Session("local", "p", "r", "orders"));
    }
}
