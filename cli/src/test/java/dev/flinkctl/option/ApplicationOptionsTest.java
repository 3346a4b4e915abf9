package dev.flinkctl.option;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.CommandFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ApplicationOptionsTest {

    @Command(name = "probe")
    static final class Probe {
        @Mixin ApplicationOptions app;
    }

    private static ApplicationOptions parsed(String... args) {
        Probe probe = new Probe();
        new CommandLine(probe, new CommandFactory()).parseArgs(args); // the factory makes APP's candidates
        return probe.app;
    }

    @Test
    void shouldPreferTheTypedApplicationOverTheEnvironment() {
        assertThat(parsed("typed").name(Map.of("FLINKCTL_APPLICATION", "from-env"))).isEqualTo("typed");
    }

    @Test
    void shouldTakeTheApplicationFromTheEnvironmentOverTheSpec() {
        assertThat(parsed().name(Map.of("FLINKCTL_APPLICATION", " from-env "))).isEqualTo("from-env");
    }

    @Test
    void shouldFallBackToTheSpecsNameWhenTheVariableIsBlank() {
        assertThat(parsed().name(Map.of("FLINKCTL_APPLICATION", " "))).isEqualTo("fraud-detection");
        assertThat(parsed().name(Map.of())).isEqualTo("fraud-detection");
    }

    @Test
    void shouldNotUseTheSpecForAnotherApplicationNamedInTheEnvironment(@TempDir Path dir) throws Exception {
        Path spec = Files.writeString(dir.resolve("flinkctl.yaml"), "name: orders\n");

        assertThat(parsed("-f", spec.toString()).specOfApplication(Map.of("FLINKCTL_APPLICATION", "another")))
                .isEmpty();
        assertThat(parsed("-f", spec.toString()).specOfApplication(Map.of("FLINKCTL_APPLICATION", "orders")))
                .hasValueSatisfying(read -> assertThat(read.name()).isEqualTo("orders"));
    }
}
