package dev.flinkctl.localenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpRequestTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void shouldDefaultToTheDocumentedPortsAndRegion() {
        assertThat(UpRequest.defaults()).isEqualTo(new UpRequest(4566, 4599, 8081, "us-east-1", TIMEOUT));
    }

    @Test
    void shouldAllowZeroForEveryPort() {
        assertThat(new UpRequest(0, 0, 0, "eu-central-1", TIMEOUT).port()).isZero();
    }

    @ParameterizedTest
    @CsvSource({
        "-1, 4599, 8081, '--moto-port must be a port from 1 to 65535, or 0 for a free one, not -1'",
        "4566, 65536, 8081, '--port must be a port from 1 to 65535, or 0 for a free one, not 65536'",
        "4566, 4599, 4566, '--moto-port, --port and --dashboard-port must differ, but two are 4566: choose another port'",
        "4566, 8081, 8081, '--moto-port, --port and --dashboard-port must differ, but two are 8081: choose another port'"
    })
    void shouldRejectBadPorts(int moto, int port, int dashboard, String message) {
        assertThatThrownBy(() -> new UpRequest(moto, port, dashboard, "us-east-1", TIMEOUT))
                .isInstanceOf(FlinkctlException.class).hasMessage(message)
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @ParameterizedTest
    @CsvSource({"us-gov-west-1", "ap-southeast-2", "eu-west-1"})
    void shouldAcceptRegionNames(String region) {
        assertThat(new UpRequest(0, 0, 0, region, TIMEOUT).region()).isEqualTo(region);
    }

    @Test
    void shouldRejectWhatIsNotARegion() {
        assertThatThrownBy(() -> new UpRequest(0, 0, 0, "Frankfurt", TIMEOUT))
                .hasMessage("'Frankfurt' is not an AWS region name: e.g. --region us-east-1");
    }

    @Test
    void shouldRejectANonPositiveTimeout() {
        assertThatThrownBy(() -> new UpRequest(0, 0, 0, "us-east-1", Duration.ZERO))
                .hasMessage("--timeout must be positive: e.g. --timeout 3m");
    }
}
