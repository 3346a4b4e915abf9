package dev.flinkctl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.CliRun.Result;
import dev.flinkctl.command.CompletionCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed completions/flinkctl.bash must be what the current command tree generates. */
class CompletionScriptTest {
    private static final String REFRESH = "completions/flinkctl.bash is out of date with the command tree: "
            + "regenerate it with 'mvn -B -pl cli -DskipTests package' (or 'flinkctl completion > "
            + "completions/flinkctl.bash') and commit it";

    @Test
    void committedScriptMatchesTheCommandTree() throws IOException {
        Path committed = Path.of(System.getProperty("flinkctl.completionScript"));
        assertThat(committed).as("committed completion script").exists();

        String expected = CompletionCommand.script(Flinkctl.commandLine(new CommandFactory()));

        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as(REFRESH).isEqualTo(expected);
    }

    @Test
    void completionCommandPrintsTheSameScript() {
        Result r = CliRun.production().run("completion");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo(CompletionCommand.script(Flinkctl.commandLine(new CommandFactory())))
                .contains("complete -F _complete_flinkctl", "--checkpoint-interval");
    }

    @Test
    void completionRejectsUnknownShells() {
        Result r = CliRun.production().run("completion", "fish");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("expected one of [bash]");
    }
}
