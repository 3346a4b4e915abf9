package dev.flinkctl.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

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
        // Position 0 in the word: picocli returns whole candidates for the word, and JLine keeps those that start
        // with what is typed.
        AutoComplete.complete(tree.get(), line.words().toArray(String[]::new), line.wordIndex(), 0, line.cursor(),
                found);
        for (CharSequence candidate : found) {
            String value = candidate.toString();
            candidates.add(new Candidate(value, value, null, null, null, null, true));
        }
    }
}
