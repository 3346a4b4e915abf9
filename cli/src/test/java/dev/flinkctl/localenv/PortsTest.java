package dev.flinkctl.localenv;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void shouldNameThePortAndTheOptionWhenThePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(Ports.LOOPBACK, 0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> Ports.requireFree(port, "--moto-port")).isInstanceOf(FlinkctlException.class)
                    .hasMessage("port " + port + " on 127.0.0.1 is in use: stop what listens there or choose another "
                            + "port with --moto-port (0 picks a free one)")
                    .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.FAILED);
        }
    }

    @Test
    void shouldAcceptAFreePort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(Ports.LOOPBACK, 0));
            port = probe.getLocalPort();
        }

        assertThatCode(() -> Ports.requireFree(port, "--port")).doesNotThrowAnyException();
    }

    @Test
    void shouldAlwaysAcceptZero() {
        assertThatCode(() -> Ports.requireFree(0, "--port")).doesNotThrowAnyException();
    }
}
