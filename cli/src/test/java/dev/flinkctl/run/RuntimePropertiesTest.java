package dev.flinkctl.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimePropertiesTest {
    @TempDir
    Path dir;

    @Test
    void readsMsfApplicationPropertiesAndMergesRepeatedGroups() throws IOException {
        Path file = Files.writeString(dir.resolve("application_properties.json"), """
                [
                  {"PropertyGroupId": "Source", "PropertyMap": {"type": "kinesis", "stream.name": "tx"}},
                  {"PropertyGroupId": "Empty"},
                  {"PropertyGroupId": "Source", "PropertyMap": {"type": "datagen", "rate": 50}}
                ]
                """);

        assertThat(RuntimeProperties.load(file).groups()).containsExactly(
                new PropertyGroup("Source", Map.of("type", "datagen", "stream.name", "tx", "rate", "50")));
    }

    @Test
    void mergeAppliesFileThenInputThenOverridesInOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"),
                "[{\"PropertyGroupId\": \"Source\", \"PropertyMap\": {\"type\": \"datagen\", \"path\": \"x\"}}]");
        Path input = Files.writeString(dir.resolve("in.jsonl"), "");

        List<PropertyGroup> merged = RuntimeProperties.merge(file, input, List.of(
                PropertyOverride.parse("Source.path=/override"), PropertyOverride.parse("Sink.type=print"),
                PropertyOverride.parse("Sink.type=file")));

        assertThat(merged).containsExactly(
                new PropertyGroup("Source", Map.of("type", "file", "path", "/override")),
                new PropertyGroup("Sink", Map.of("type", "file")));
        assertThat(merged.get(0).properties().keySet()).containsExactly("type", "path");
    }

    @Test
    void nothingGivenMeansNoGroups() {
        assertThat(RuntimeProperties.merge(null, null, List.of())).isEmpty();
    }

    @Test
    void inputPathIsAbsoluteAndNormalized() throws IOException {
        Files.writeString(dir.resolve("in.jsonl"), "");
        RuntimeProperties properties = RuntimeProperties.empty();

        properties.useInputFile(dir.resolve("sub/../in.jsonl"));

        assertThat(properties.groups().get(0).properties())
                .containsEntry("path", dir.toAbsolutePath().resolve("in.jsonl").toString());
    }

    @Test
    void invalidJsonNamesTheFileAndTheExpectedFormat() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), "{\"Source\": {\"type\": \"file\"}}");

        assertThatThrownBy(() -> RuntimeProperties.load(file))
                .isInstanceOf(FlinkctlException.class)
                .hasMessageStartingWith("cannot read runtime properties from " + file)
                .hasMessageEndingWith("expected a JSON array like [{\"PropertyGroupId\": \"Source\", "
                        + "\"PropertyMap\": {\"type\": \"file\"}}]");
    }

    @Test
    void groupWithoutIdIsInvalid() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), "[{\"PropertyMap\": {\"type\": \"file\"}}]");

        assertThatThrownBy(() -> RuntimeProperties.load(file))
                .isInstanceOf(FlinkctlException.class)
                .hasMessageStartingWith("cannot read runtime properties from " + file);
    }
}
