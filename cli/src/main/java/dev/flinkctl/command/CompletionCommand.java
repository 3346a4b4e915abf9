package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.output.Printer;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flinkctl completion [bash]}: prints the shell completion script. */
@Command(name = "completion",
        description = {
            "Print the bash completion script.",
            "",
            "Load it in the current shell with: source <(flinkctl completion)",
            "zsh users: run 'autoload -U +X bashcompinit && bashcompinit' first."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl completion  # print the bash script",
            "  flinkctl completion bash > ~/.local/share/bash-completion/completions/flinkctl"},
        exitCodeList = {
            ExitCodeHelp.OK + "printed",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_ARGUMENTS + " (an unknown shell)"})
public final class CompletionCommand implements Callable<Integer> {

    /** The shells flinkctl has a completion script for. */
    public enum Shell { bash }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
            description = "Shell to print the script for: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Shell shell;

    @Spec
    CommandSpec spec;

    /** @return {@link ExitCodes#OK}, after printing the script on standard output */
    @Override
    public Integer call() {
        Printer.of(spec).text(script(spec.root().commandLine()));
        return ExitCodes.OK;
    }

    /**
     * @param root the {@code flinkctl} command line
     * @return the bash completion script, exactly as {@code completions/flinkctl.bash} holds it
     */
    public static String script(CommandLine root) {
        return AutoComplete.bash("flinkctl", root);
    }
}
