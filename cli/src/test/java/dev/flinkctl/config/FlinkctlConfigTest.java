package dev.flinkctl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlinkctlConfigTest {
    @TempDir
    Path dir;

    @Test
    void shouldLiveInDotFlinkctlUnlessTheEnvironmentMovesIt() {
        Path home = dir.resolve("home");

        assertThat(FlinkctlConfig.locate(Map.of(), home).file()).isEqualTo(home.resolve(".flinkctl/config.json"));
        assertThat(FlinkctlConfig.locate(Map.of("FLINKCTL_CONFIG_DIR", dir.resolve("conf").toString()), home).file())
                .isEqualTo(dir.resolve("conf/config.json"));
    }

    @Test
    void shouldReadNothingWhenTheFileDoesNotExist() {
        FlinkctlConfig config = new FlinkctlConfig(dir.resolve("missing"));

        assertThat(config.target()).isEmpty();
        assertThat(config.localDataDir()).isEmpty();
    }

    @Test
    void shouldCreateTheFileWhenUsingLocal() throws IOException {
        FlinkctlConfig config = new FlinkctlConfig(dir.resolve("new"));

        config.useLocal(dir.resolve("data"));

        assertThat(config.target()).hasValue("local");
        assertThat(config.localDataDir()).hasValue(dir.resolve("data"));
        assertThat(new ObjectMapper().readTree(config.file().toFile()).toString())
                .isEqualTo("{\"target\":\"local\",\"local\":{\"dataDir\":\"" + dir.resolve("data") + "\"}}");
    }

    @Test
    void shouldMergeAndKeepKeysItDoesNotKnow() throws IOException {
        Files.writeString(dir.resolve("config.json"), """
                {"target": "aws", "aws": {"profile": "prod"}, "local": {"dataDir": "/old", "extra": 1}, "n": [1]}
                """);
        FlinkctlConfig config = new FlinkctlConfig(dir);

        config.useLocal(Path.of("/new/dir"));

        assertThat(new ObjectMapper().readTree(config.file().toFile()).toString()).isEqualTo("{\"target\":\"local\","
                + "\"aws\":{\"profile\":\"prod\"},\"local\":{\"dataDir\":\"/new/dir\",\"extra\":1},\"n\":[1]}");
    }

    @Test
    void shouldNameTheFileWhenItIsNotJson() throws IOException {
        Files.writeString(dir.resolve("config.json"), "{\"target\": ");
        FlinkctlConfig config = new FlinkctlConfig(dir);

        assertThatThrownBy(config::target).isInstanceOf(FlinkctlException.class)
                .hasMessageStartingWith("cannot read " + dir.resolve("config.json") + ": ")
                .hasMessageEndingWith(": fix or delete it")
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void shouldRejectAFileThatIsNotAnObject() throws IOException {
        Files.writeString(dir.resolve("config.json"), "[]");

        assertThatThrownBy(() -> new FlinkctlConfig(dir).useLocal(dir))
                .hasMessage(dir.resolve("config.json") + " is not a JSON object: fix or delete it");
        assertThat(dir.resolve("config.json")).hasContent("[]");
    }
}
