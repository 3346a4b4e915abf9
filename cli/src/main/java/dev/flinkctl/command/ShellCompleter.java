package dev.flinkctl.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Tab completion in {@code flinkctl shell} by picocli's own completion over the live command tree: subcommands,
 * options, enum values and every {@code completionCandidates} of an option or parameter, as the completion scripts
 * offer them.
 */
final class ShellCompleter implements Completer {
    private final Supplier<CommandSpec> tree;

    /** @param tree the command tree to complete against, asked at every Tab (so it follows the session) */
    ShellCompleter(Supplier<CommandSpec> tree) {
        this.tree = tree;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<CharSequence> found = new ArrayList<>();
        CommandSpec root = tree.get();
        // Position 0 in the word: picocli returns whole candidates for the word, and JLine keeps those that start
        // with what is typed.
        AutoComplete.complete(root, line.words().toArray(String[]::new), line.wordIndex(), 0, line.cursor(), found);
        Set<String> hidden = new HashSet<>();
        collectHidden(root, hidden);
        for (CharSequence candidate : found) {
            String value = candidate.toString();
            if (!hidden.contains(value)) {
                candidates.add(new Candidate(value, value, null, null, null, null, true));
            }
        }
    }

    /** Adds the names of hidden commands and options under {@code spec}, which picocli's completion offers too. */
    private static void collectHidden(CommandSpec spec, Set<String> hidden) {
        spec.options().stream().filter(OptionSpec::hidden).forEach(option -> hidden.addAll(List.of(option.names())));
        for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
            CommandSpec child = sub.getValue().getCommandSpec();
            if (child.usageMessage().hidden()) {
                hidden.add(sub.getKey());
            } else {
                collectHidden(child, hidden);
            }
        }
    }
}
