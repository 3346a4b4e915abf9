package dev.flinkctl.localenv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.config.FlinkctlConfig;
import dev.flinkctl.run.Installation;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parts of the local environment that need no process; LocalCommandTest and LocalCommandIT have the rest. */
class LocalEnvironmentTest {
    @TempDir
    Path dir;

    private Path dataDir(Path option, Map<String, String> env) {
        Host host = TestHost.withoutProcesses(dir, null, env);
        return DataDirectory.resolve(option, host, FlinkctlConfig.locate(host.env(), host.userHome()));
    }

    @Test
    void shouldDefaultToTheXdgDataHome() {
        assertThat(dataDir(null, Map.of())).isEqualTo(dir.resolve("home/.local/share/flinkctl/local"));
        assertThat(dataDir(null, Map.of("XDG_DATA_HOME", "/xdg"))).isEqualTo(Path.of("/xdg/flinkctl/local"));
        assertThat(dataDir(null, Map.of("XDG_DATA_HOME", "relative/ignored")))
                .isEqualTo(dir.resolve("home/.local/share/flinkctl/local"));
    }

    @Test
    void shouldPreferTheOptionThenTheEnvironmentThenTheLastUp() {
        Map<String, String> env = new HashMap<>(Map.of("XDG_DATA_HOME", "/xdg"));
        new FlinkctlConfig(dir.resolve("config")).useLocal(Path.of("/recorded"));
        assertThat(dataDir(null, env)).isEqualTo(Path.of("/recorded"));

        env.put("FLINKCTL_LOCAL_DIR", "/from-env");
        assertThat(dataDir(null, env)).isEqualTo(Path.of("/from-env"));

        assertThat(dataDir(Path.of("/option"), env)).isEqualTo(Path.of("/option"));
    }

    @Test
    void shouldStartTheEndpointAsTheContractSays() {
        Path home = Path.of("/opt/flinkctl/lib/flinkctl");

        assertThat(Endpoint.command(new JavaRuntime(Path.of("/jdk/bin/java"), 17), new Installation(home),
                Path.of("/data"), new UpRequest(4566, 0, 8082, "eu-west-1", UpRequest.DEFAULT_TIMEOUT), "123456789012",
                "http://127.0.0.1:4566")).containsExactly(
                "/jdk/bin/java", "@/opt/flinkctl/lib/flinkctl/conf/local.jvm-options",
                "-Daws.cborEnabled=false", "-Dorg.apache.flink.kinesis.shaded.com.amazonaws.sdk.disableCbor=true",
                "-cp", "/opt/flinkctl/lib/flinkctl/local/*", "dev.flinkctl.local.msf.EndpointMain",
                "--data-dir", "/data", "--port", "0", "--dashboard-port", "8082",
                "--region", "eu-west-1", "--account-id", "123456789012",
                "--s3-endpoint", "http://127.0.0.1:4566", "--cloudwatch-endpoint", "http://127.0.0.1:4566",
                "--logs-endpoint", "http://127.0.0.1:4566", "--metrics-interval", "10s");
        assertThat(Endpoint.environment("eu-west-1")).containsOnly(
                Map.entry("AWS_ACCESS_KEY_ID", "test"), Map.entry("AWS_SECRET_ACCESS_KEY", "test"),
                Map.entry("AWS_REGION", "eu-west-1"), Map.entry("AWS_CBOR_DISABLE", "true"));
    }

    @Test
    void shouldOpenTheDirectoryAbsolute() {
        Host host = TestHost.withoutProcesses(dir, null, Map.of());

        assertThat(LocalEnvironment.open(host, Path.of("rel/../data")).dataDir())
                .isEqualTo(Path.of("data").toAbsolutePath());
    }
}
