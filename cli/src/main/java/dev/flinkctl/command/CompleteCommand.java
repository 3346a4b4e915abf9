package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.candidates.CandidateKind;
import dev.flinkctl.candidates.LiveCandidates;
import dev.flinkctl.completion.CompletionQueries;
import dev.flinkctl.completion.TypedLine;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.output.Printer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flinkctl __complete KIND -- WORD...}: prints the live completion candidates of one kind, one per line, for
 * the command line the shell has so far. Called by the completion scripts, not by people; it prints nothing rather
 * than an error, and answers within about a second (see {@link LiveCandidates}).
 */
@Command(name = CompleteCommand.NAME, hidden = true,
        description = "Print live completion candidates (used by the shell completion scripts).")
public final class CompleteCommand implements Callable<Integer> {
    /** The command's name, which the completion scripts call. */
    public static final String NAME = "__complete";

    @Parameters(index = "0", paramLabel = "KIND", description = "${COMPLETION-CANDIDATES}")
    CandidateKind kind;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "WORD",
            description = "The words typed after 'flinkctl', the one being completed last (after --)")
    List<String> words = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final Host host;

    /** @param host this machine: environment, home (configuration and cache directories) */
    public CompleteCommand(Host host) {
        this.host = host;
    }

    /** @return {@link ExitCodes#OK}, also when nothing could be found */
    @Override
    public Integer call() {
        TypedLine line = TypedLine.read(spec.root(), words);
        Printer printer = Printer.of(spec);
        Set<String> printed = new HashSet<>();
        // Old candidates go out first: if the shell stops waiting, it still has them.
        Consumer<List<String>> print = candidates -> candidates.stream().filter(printed::add)
                .forEach(candidate -> printer.line("%s", candidate));
        print.accept(LiveCandidates.of(host).find(CompletionQueries.fromLine(kind, line, host.env()), print));
        return ExitCodes.OK;
    }
}
