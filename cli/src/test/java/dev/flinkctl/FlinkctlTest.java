package dev.flinkctl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.CliRun.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FlinkctlTest {
    private final CliRun cli = CliRun.production();

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Result r = cli.run("--help");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Usage: flinkctl")
                .contains("run ", "local ", "completion ", "--verbose", "Exit codes:", "130   interrupted (Ctrl-C)");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void versionIsTheBuildVersion() {
        Result r = cli.run("--version");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out().lines().findFirst())
                .hasValue("flinkctl " + System.getProperty("flinkctl.expectedVersion"));
    }

    @Test
    void theVersionShortcutPrintsWhatPicocliPrints() {
        StringWriter shortcut = new StringWriter();
        VersionProvider.print(new PrintWriter(shortcut));

        assertThat(shortcut.toString()).isEqualTo(cli.run("--version").out());
        assertThat(VersionProvider.isVersionRequest("--version")).isTrue();
        assertThat(VersionProvider.isVersionRequest("-V")).isTrue();
        assertThat(VersionProvider.isVersionRequest("status", "--version")).isFalse();
        assertThat(VersionProvider.isVersionRequest("--version", "--verbose")).isFalse();
    }

    @Test
    void subcommandsInheritHelpAndVersion() {
        assertThat(cli.run("run", "--version").out()).startsWith("flinkctl ");
        assertThat(cli.run("completion", "-h").out()).startsWith("Usage: flinkctl completion");
    }

    @Test
    void noCommandIsAUsageError() {
        Result r = cli.run();

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("flinkctl: Missing command: choose one of init, package, plan, deploy")
                .contains("Try 'flinkctl --help' for more information.");
    }

    @Test
    void unknownOptionIsOneLineWithAPointerToHelp() {
        Result r = cli.run("run", "--paralelism", "2");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().findFirst()).hasValueSatisfying(
                line -> assertThat(line).startsWith("flinkctl: Unknown option").contains("--paralelism"));
        assertThat(r.err()).contains("--parallelism").endsWith("Try 'flinkctl run --help' for more information."
                + System.lineSeparator());
        assertThat(r.err()).doesNotContain("Options:");
    }
}
