package dev.flinkctl.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** cost/ is domain (STYLE.md): it may read AWS through msf/ and metrics/, but picocli stays in the commands. */
class CostHasNoPicocliTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/flinkctl/cost");

    @Test
    void shouldNotImportPicocliOrTheCommands() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(SOURCES)) {
            imports = files.filter(f -> f.toString().endsWith(".java")).flatMap(CostHasNoPicocliTest::lines)
                    .filter(line -> line.startsWith("import ")).toList();
        }

        assertThat(imports).isNotEmpty().noneMatch(line -> line.contains("picocli")
                || line.contains("dev.flinkctl.command") || line.contains("dev.flinkctl.option")
                || line.contains("dev.flinkctl.output"));
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
