package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.completion.CompletionScripts;
import dev.flinkctl.output.Printer;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flinkctl completion [bash|zsh|fish]}: prints the shell completion script. */
@Command(name = "completion",
        description = {
            "Print the completion script for bash, zsh or fish: commands, options, and live application, snapshot "
                + "and version names of the current target.",
            "",
            "install.sh installs the scripts where each shell looks. To load one in the current shell:",
            "  bash: source <(flinkctl completion bash)",
            "  zsh:  source <(flinkctl completion zsh)",
            "  fish: flinkctl completion fish | source"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl completion  # print the bash script",
            "  flinkctl completion zsh > ~/.local/share/zsh/site-functions/_flinkctl",
            "  flinkctl completion fish > ~/.config/fish/completions/flinkctl.fish"},
        exitCodeList = {
            ExitCodeHelp.OK + "printed",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_ARGUMENTS + " (an unknown shell)"})
public final class CompletionCommand implements Callable<Integer> {

    /** The shells flinkctl has a completion script for. */
    public enum Shell { bash, zsh, fish }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SHELL", defaultValue = "bash",
            description = "Shell to print the script for: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Shell shell;

    @Spec
    CommandSpec spec;

    /** @return {@link ExitCodes#OK}, after printing the script on standard output */
    @Override
    public Integer call() {
        Printer.of(spec).text(script(shell));
        return ExitCodes.OK;
    }

    /**
     * @param shell the shell
     * @return the script, exactly as the file in {@code completions/} holds it
     */
    public static String script(Shell shell) {
        CommandLine tree = CompletionScripts.tree();
        return switch (shell) {
            case bash -> CompletionScripts.bash(tree);
            case zsh -> CompletionScripts.zsh(tree);
            case fish -> CompletionScripts.fish(tree);
        };
    }
}
