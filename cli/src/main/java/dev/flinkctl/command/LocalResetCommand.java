package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.localenv.LocalEnvironment;
import dev.flinkctl.option.LocalOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.output.Prompt;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl local reset}: deletes the local environment's data directory, after confirmation. */
@Command(name = "reset",
        description = {
            "Delete the local environment's data directory: applications, snapshots, logs.",
            "",
            "Asks for confirmation on a terminal; elsewhere (scripts, CI) pass --yes. Refuses while the environment "
                + "runs: run 'flinkctl local down' first."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl local reset        # asks first; run 'flinkctl local down' before",
            "  flinkctl local reset --yes  # no prompt (scripts, CI)"},
        exitCodeList = {
            ExitCodeHelp.OK + "deleted, or there was nothing to delete",
            ExitCodeHelp.FAILED + "the environment is running, or you answered no",
            ExitCodeHelp.USAGE + "invalid arguments, not a local data directory, or no terminal to ask on and no "
                + "--yes"})
public final class LocalResetCommand implements Callable<Integer> {

    @Mixin
    LocalOptions local;

    @Option(names = "--yes", description = "Delete without asking (required when not on a terminal)")
    boolean yes;

    @Spec
    CommandSpec spec;

    private final Host host;
    private final Prompt prompt;

    /**
     * @param host   this machine
     * @param prompt asks for confirmation
     */
    public LocalResetCommand(Host host, Prompt prompt) {
        this.host = host;
        this.prompt = prompt;
    }

    /** @return {@link ExitCodes#OK} once the directory is gone */
    @Override
    public Integer call() {
        Printer printer = Printer.of(spec);
        LocalEnvironment environment = LocalEnvironment.open(host, local.dataDir());
        Optional<Path> dir = environment.resettable();
        if (dir.isEmpty()) {
            printer.line("Nothing to reset: %s does not exist.", environment.dataDir());
            return ExitCodes.OK;
        }
        if (!yes) {
            confirm(dir.get());
        }
        environment.reset();
        printer.line("Deleted %s.", dir.get());
        return ExitCodes.OK;
    }

    private void confirm(Path dir) {
        String answer = prompt.ask("Delete " + dir + " and everything in it? [y/N] ").orElseThrow(() ->
                new FlinkctlException(ExitCodes.USAGE, "reset deletes " + dir + " and everything in it, and there is "
                        + "no terminal to confirm on: pass --yes"));
        String normalized = answer.strip().toLowerCase(Locale.ROOT);
        if (!normalized.equals("y") && !normalized.equals("yes")) {
            throw new FlinkctlException(ExitCodes.FAILED, "reset cancelled: " + dir + " was kept");
        }
    }
}
