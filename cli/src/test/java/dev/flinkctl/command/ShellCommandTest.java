package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.CommandFactory;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.Flinkctl;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.localenv.TestHost;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The shell's lines without a terminal: prompts, {@code use}, {@code help}, and commands run with the session. */
class ShellCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** @return the shell as the command tree creates it, in an environment with no target, profile or region */
    private ShellCommand shell(Map<String, String> env) {
        Map<String, String> cleared = new HashMap<>();
        for (String name : List.of("FLINKCTL_TARGET", "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION",
                "FLINKCTL_APPLICATION")) {
            cleared.put(name, null);
        }
        cleared.putAll(env);
        Host host = TestHost.withoutProcesses(dir, null, cleared);
        CommandFactory factory = new CommandFactory(command -> {
            throw new AssertionError("nothing should be launched: " + command);
        }, Optional::empty, () -> host, question -> Optional.empty());
        CommandLine root = Flinkctl.commandLine(factory)
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return root.getSubcommands().get("shell").getCommand();
    }

    private ShellCommand shell() {
        return shell(Map.of());
    }

    private int line(ShellCommand shell, String... words) {
        return shell.execute(List.of(words));
    }

    @Test
    void shouldPromptWithTheConfiguredTargetAndTheDefaultApplication() throws Exception {
        assertThat(shell().prompt(0)).isEqualTo("flinkctl [aws fraud-detection]> ");

        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/config.json"), "{\"target\": \"local\"}");

        assertThat(shell().prompt(0)).isEqualTo("flinkctl [local fraud-detection]> ");
    }

    @Test
    void shouldStartFromTheEnvironment() {
        ShellCommand shell = shell(Map.of("AWS_PROFILE", "prod", "AWS_REGION", "eu-west-1",
                "FLINKCTL_APPLICATION", "orders"));

        assertThat(shell.prompt(0)).isEqualTo("flinkctl [aws prod eu-west-1 orders]> ");
    }

    @Test
    void shouldSetTheApplicationAndTargetWithUse() {
        ShellCommand shell = shell();

        assertThat(line(shell, "use", "orders", "--local")).isZero();
        assertThat(shell.prompt(0)).isEqualTo("flinkctl [local orders]> ");

        assertThat(line(shell, "use", "--profile", "prod", "--region", "eu-west-1")).isZero();
        assertThat(shell.prompt(0)).isEqualTo("flinkctl [aws prod eu-west-1 orders]> ");

        assertThat(line(shell, "use", "--reset")).isZero();
        assertThat(shell.prompt(2)).isEqualTo("flinkctl [aws fraud-detection] exit=2> ");
        assertThat(out.toString()).as("use with settings prints nothing").isEmpty();
    }

    @Test
    void shouldPrintTheSessionForUseAlone() {
        ShellCommand shell = shell();
        line(shell, "use", "orders", "--region", "eu-west-1");

        assertThat(line(shell, "use")).isZero();

        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(), "target       aws",
                "profile      (default)", "region       eu-west-1", "application  orders", ""));
    }

    @Test
    void shouldRefuseLocalWithAwsSettings() {
        ShellCommand shell = shell();

        assertThat(line(shell, "use", "--local", "--profile", "prod")).isEqualTo(ExitCodes.USAGE);

        assertThat(err.toString()).contains("flinkctl: --local excludes --aws, --profile and --region");
        assertThat(shell.prompt(0)).isEqualTo("flinkctl [aws fraud-detection]> ");
    }

    @Test
    void shouldRunCommandsWithTheSessionsTargetAndReportTheirExitCode() {
        ShellCommand shell = shell();
        line(shell, "use", "--local");

        int exit = line(shell, "status");
        int withPrefix = line(shell, "flinkctl", "status");

        assertThat(exit).as(err::toString).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(withPrefix).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(err.toString()).contains("flinkctl: the local environment in ", "start it with 'flinkctl local up'");
    }

    @Test
    void shouldListCommandsAndShellCommandsWithHelp() {
        ShellCommand shell = shell();

        assertThat(line(shell, "help")).isZero();
        assertThat(line(shell, "help", "use")).isZero();
        assertThat(line(shell, "help", "status")).isZero();

        assertThat(out.toString()).contains("  status ", "  snapshot ", "In this shell:", "  use ", "  exit ",
                "Usage: flinkctl status", "Usage: use ");
    }

    @Test
    void shouldRefuseAShellInTheShell() {
        assertThat(line(shell(), "shell")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("already in flinkctl shell");
    }
}
