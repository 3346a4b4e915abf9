package dev.flinkctl.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

class TypedLineTest {
    private final CommandSpec root = CompletionScripts.tree().getCommandSpec();

    private TypedLine read(String... words) {
        return TypedLine.read(root, List.of(words));
    }

    @Test
    void findsTheDeepestCommandAndItsPositionals() {
        TypedLine line = read("snapshot", "delete", "payments", "");

        assertThat(line.command().qualifiedName(" ")).isEqualTo("flinkctl snapshot delete");
        assertThat(line.positionals()).containsExactly("payments", "");
        assertThat(line.typed("APP")).hasValue("payments");
        assertThat(line.typed("NAME")).isEmpty();
    }

    @Test
    void theWordBeingCompletedIsNotTyped() {
        assertThat(read("status", "pay").typed("APP")).isEmpty();
        assertThat(read("snapshot", "delete", "pay").typed("APP")).isEmpty();
    }

    @Test
    void anOptionValueBeingCompletedLeavesThePositionalsComplete() {
        TypedLine line = read("restore", "payments", "--snapshot", "");

        assertThat(line.typed("APP")).hasValue("payments");
        assertThat(line.option("--snapshot")).hasValue("");
    }

    @Test
    void readsTargetOptionsInBothFormsAndFlags() {
        TypedLine line = read("--verbose", "status", "--region=eu-west-1", "--profile", "prod", "--local", "pay");

        assertThat(line.command().name()).isEqualTo("status");
        assertThat(line.option("--region")).hasValue("eu-west-1");
        assertThat(line.option("--profile")).hasValue("prod");
        assertThat(line.option("--local")).hasValue("true");
        assertThat(line.option("--verbose")).hasValue("true");
        assertThat(line.positionals()).containsExactly("pay");
    }

    @Test
    void optionValuesAreNotPositionalsAndUnknownOptionsAreSkipped() {
        TypedLine line = read("version", "show", "-o", "json", "--no-such-option", "payments", "3");

        assertThat(line.command().qualifiedName(" ")).isEqualTo("flinkctl version show");
        assertThat(line.positionals()).containsExactly("payments", "3");
        assertThat(line.typed("APP")).hasValue("payments");
    }

    @Test
    void aCommandNameAfterAPositionalIsAPositional() {
        TypedLine line = read("status", "snapshot");

        assertThat(line.command().name()).isEqualTo("status");
        assertThat(line.positionals()).containsExactly("snapshot");
    }

    @Test
    void wordsAfterDoubleDashArePositionals() {
        assertThat(read("status", "--", "--local").positionals()).containsExactly("--local");
    }
}
