package dev.flinkctl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.CliRun.Result;
import dev.flinkctl.command.CompletionCommand;
import dev.flinkctl.command.CompletionCommand.Shell;
import dev.flinkctl.completion.CompletionScripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The committed completions/ scripts must be what the current command tree generates. */
class CompletionScriptTest {
    private static final String REFRESH = " is out of date with the command tree: regenerate completions/ with "
            + "'mvn -B -pl cli -DskipTests package' and commit it";
    private static final Map<Shell, String> FILES = Map.of(Shell.bash, CompletionScripts.BASH_FILE,
            Shell.zsh, CompletionScripts.ZSH_FILE, Shell.fish, CompletionScripts.FISH_FILE);

    @ParameterizedTest
    @EnumSource(Shell.class)
    void committedScriptMatchesTheCommandTree(Shell shell) throws IOException {
        Path committed = Path.of(System.getProperty("flinkctl.completionsDir")).resolve(FILES.get(shell));
        assertThat(committed).as("committed completion script").exists();

        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).as(committed + REFRESH)
                .isEqualTo(CompletionCommand.script(shell));
    }

    @ParameterizedTest
    @EnumSource(Shell.class)
    void completionCommandPrintsTheScriptOfEachShell(Shell shell) {
        Result r = CliRun.production().run("completion", shell.name());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo(CompletionCommand.script(shell)).contains("__complete");
    }

    @Test
    void bashIsTheDefault() {
        Result r = CliRun.production().run("completion");

        assertThat(r.out()).isEqualTo(CompletionCommand.script(Shell.bash))
                .contains("complete -F _complete_flinkctl", "--checkpoint-interval");
    }

    @Test
    void dynamicCandidatesCallBackIntoFlinkctl() {
        String bash = CompletionCommand.script(Shell.bash);
        String fish = CompletionCommand.script(Shell.fish);

        assertThat(bash).doesNotContain("FLINKCTL_DYNAMIC")
                .contains("APP_pos_param_args=($(_flinkctl_dynamic applications))",
                        "PROFILE_option_args=($(_flinkctl_dynamic profiles))");
        assertThat(fish).doesNotContain("FLINKCTL_DYNAMIC")
                .contains("-n '__flinkctl_using \"snapshot delete\"' -f -a '(__flinkctl_dynamic snapshots)'",
                        "-l region -r -f -a 'af-south-1 ");
        assertThat(CompletionCommand.script(Shell.zsh)).startsWith("#compdef flinkctl\n").contains(bash);
    }

    @Test
    void completionRejectsUnknownShells() {
        Result r = CliRun.production().run("completion", "powershell");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("expected one of [bash, zsh, fish]");
    }
}
