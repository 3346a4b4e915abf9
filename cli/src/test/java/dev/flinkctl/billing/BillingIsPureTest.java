package dev.flinkctl.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** billing/ is pure (STYLE.md): no AWS SDK, no picocli, and not the msf/ domain it will be fed from. */
class BillingIsPureTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/flinkctl/billing");

    @Test
    void shouldImportNeitherTheAwsSdkNorPicocliNorMsf() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(SOURCES)) {
            imports = files.filter(f -> f.toString().endsWith(".java")).flatMap(BillingIsPureTest::lines)
                    .filter(line -> line.startsWith("import ")).toList();
        }

        assertThat(imports).isNotEmpty()
                .noneMatch(line -> line.contains("software.amazon") || line.contains("picocli")
                        || line.contains("dev.flinkctl.msf"));
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::trim);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
