package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.CommandFactory;
import dev.flinkctl.Flinkctl;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Parser.ParseContext;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;

/** What Tab offers, for the line up to the cursor, before JLine keeps those that start with the typed word. */
class ShellCompleterTest {
    private static final CommandSpec TREE = Flinkctl.commandLine(new CommandFactory()).getCommandSpec();

    private static List<String> complete(String line) {
        List<Candidate> candidates = new ArrayList<>();
        new ShellCompleter(() -> TREE).complete(null, new DefaultParser().parse(line, line.length(),
                ParseContext.COMPLETE), candidates);
        return candidates.stream().map(Candidate::value).filter(value -> value.startsWith(lastWord(line))).toList();
    }

    private static String lastWord(String line) {
        return line.substring(line.lastIndexOf(' ') + 1);
    }

    @Test
    void shouldCompleteCommands() {
        assertThat(complete("stat")).containsExactly("status");
        assertThat(complete("sta")).containsExactlyInAnyOrder("start", "status");
        assertThat(complete("snapshot l")).containsExactly("list");
        assertThat(complete("")).contains("status", "shell").doesNotContain(CompleteCommand.NAME);
    }

    @Test
    void shouldCompleteOptions() {
        assertThat(complete("status --re")).containsExactly("--region");
        assertThat(complete("logs tail --no-")).containsExactlyInAnyOrder("--no-follow", "--no-color");
    }

    @Test
    void shouldCompleteOptionValuesFromTheirCandidates() {
        assertThat(complete("status -o ")).containsExactlyInAnyOrder("table", "json", "yaml");
        assertThat(complete("logs tail --level W")).containsExactly("WARN");
    }
}
