package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assembled directory has the install layout that install.sh copies and the launcher expects. */
class LayoutIT {
    private static final Path LIB = Installed.DIST.resolve("lib/flinkctl");

    @Test
    void launcherIsExecutable() throws IOException {
        assertThat(Files.getPosixFilePermissions(Installed.DIST.resolve("bin/flinkctl")))
                .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    }

    @Test
    void cliHasItsJarsAndNoFlink() throws IOException {
        List<String> jars = fileNames(LIB.resolve("cli"));

        assertThat(jars).anyMatch(name -> name.startsWith("flinkctl-cli-"))
                .anyMatch(name -> name.startsWith("picocli-"))
                .anyMatch(name -> name.startsWith("jackson-databind-"))
                .noneMatch(name -> name.startsWith("flink-") || name.startsWith("flinkctl-local-"));
    }

    @Test
    void localHasTheRunnerAndFlink() throws IOException {
        assertThat(fileNames(LIB.resolve("local")))
                .anyMatch(name -> name.startsWith("flinkctl-local-"))
                .anyMatch(name -> name.startsWith("flink-runtime-"))
                .noneMatch(name -> name.startsWith("flinkctl-cli-") || name.startsWith("flinkctl-job"));
    }

    @Test
    void jobIsTheOneRenamedJar() throws IOException {
        assertThat(fileNames(LIB.resolve("job"))).containsExactly("flinkctl-job.jar");
    }

    @Test
    void runnerJvmOptionsHaveOneOptionPerLine() throws IOException {
        List<String> expected = Arrays.asList(System.getProperty("flinkctl.jvmOpens").trim().split("\\s+"));

        assertThat(Files.readAllLines(LIB.resolve("conf/local.jvm-options"))).isEqualTo(expected)
                .contains("--add-opens=java.base/java.util=ALL-UNNAMED");
    }

    @ParameterizedTest
    @CsvSource({
        "share/bash-completion/completions/flinkctl, flinkctl.bash",
        "share/zsh/site-functions/_flinkctl,         _flinkctl",
        "share/fish/vendor_completions.d/flinkctl.fish, flinkctl.fish"
    })
    void completionScriptsAreTheCommittedOnesWhereEachShellLooks(String layoutPath, String committedName) {
        Path installed = Installed.DIST.resolve(layoutPath);
        Path committed = Path.of(System.getProperty("flinkctl.completionsDir")).resolve(committedName);

        assertThat(installed).hasSameTextualContentAs(committed);
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
