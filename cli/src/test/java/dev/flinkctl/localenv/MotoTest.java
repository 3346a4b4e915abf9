package dev.flinkctl.localenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MotoTest {
    @TempDir
    Path dir;

    private Path executable(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }

    @Test
    void shouldPreferMotoServerFromTheEnvironment() throws IOException {
        Path configured = executable(dir.resolve("venv/bin/moto_server"));
        executable(dir.resolve("bin/moto_server"));

        assertThat(Moto.locate(Map.of("MOTO_SERVER", configured.toString(), "PATH", dir.resolve("bin").toString())))
                .isEqualTo(configured);
    }

    @Test
    void shouldSearchThePath() throws IOException {
        Path onPath = executable(dir.resolve("b/moto_server"));
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/moto_server"), "not executable");

        String path = String.join(File.pathSeparator, dir.resolve("a").toString(), "", dir.resolve("b").toString());
        assertThat(Moto.locate(Map.of("PATH", path))).isEqualTo(onPath);
    }

    @Test
    void shouldSayHowToInstallItWhenItIsMissing() {
        assertThatThrownBy(() -> Moto.locate(Map.of("PATH", dir.toString()))).isInstanceOf(FlinkctlException.class)
                .hasMessage("moto_server not found: install it with pip install \"moto[server]\" (or set MOTO_SERVER)")
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void shouldNameABadMotoServerVariable() {
        assertThatThrownBy(() -> Moto.locate(Map.of("MOTO_SERVER", "/nonexistent"))).hasMessage("moto_server not "
                + "found: MOTO_SERVER is '/nonexistent', which is not an executable file: install it with pip install "
                + "\"moto[server]\" (or set MOTO_SERVER)");
    }

    @Test
    void shouldBindLoopbackOnly() {
        assertThat(Moto.command(Path.of("/x/moto_server"), 0)).containsExactly("/x/moto_server", "-H", "127.0.0.1",
                "-p", "0");
    }

    @Test
    void shouldReadThePortItAnnounces() {
        String log = """
                WARNING: This is a development server. Do not use it in a production deployment.
                 * Running on http://127.0.0.1:34165
                Press CTRL+C to quit
                """;

        assertThat(Moto.announcedPort(log)).hasValue(34165);
        assertThat(Moto.announcedPort("Address already in use")).isEqualTo(OptionalInt.empty());
    }
}
