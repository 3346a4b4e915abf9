package dev.flinkctl.completion;

import dev.flinkctl.CommandFactory;
import dev.flinkctl.Flinkctl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The shell completion scripts, generated from the command tree: bash by picocli's {@code AutoComplete}, zsh as
 * the same script run through zsh's {@code bashcompinit}, and fish by {@link FishScript}. Dynamic candidates
 * (applications, snapshots, versions, profiles) are generated as {@link ScriptPlaceholder}s and replaced by a call
 * to {@code flinkctl __complete KIND -- WORDS}, bounded to 1 s. The build writes the three files into
 * {@code completions/} with {@link #main}; {@code flinkctl completion SHELL} prints the same text.
 */
public final class CompletionScripts {
    /** bash's file, for bash-completion's {@code completions} directory. */
    public static final String BASH_FILE = "flinkctl.bash";
    /** zsh's file: the {@code _flinkctl} function autoloaded from {@code fpath}. */
    public static final String ZSH_FILE = "_flinkctl";
    /** fish's file, for {@code vendor_completions.d}. */
    public static final String FISH_FILE = "flinkctl.fish";

    /** picocli writes each candidate list as a bash array, e.g. {@code ("FLINKCTL_DYNAMIC_applications")}. */
    private static final Pattern PLACEHOLDER_ARRAY = Pattern.compile("\\(\"" + ScriptPlaceholder.PATTERN.pattern()
            + "\"\\)");

    private CompletionScripts() {
    }

    /** @return the command tree with placeholders for dynamic candidates, as the scripts are generated from */
    public static CommandLine tree() {
        return Flinkctl.commandLine(new CommandFactory().withCandidates(CandidateSource.placeholders()));
    }

    /**
     * @param tree the tree from {@link #tree()}
     * @return the bash completion script
     */
    public static String bash(CommandLine tree) {
        String script = AutoComplete.bash("flinkctl", tree);
        return withDynamicCandidates(script) + resource("dynamic.bash");
    }

    /**
     * @param tree the tree from {@link #tree()}
     * @return the zsh completion script: a {@code #compdef} file for {@code fpath} that also works with
     *         {@code source}
     */
    public static String zsh(CommandLine tree) {
        return resource("zsh-header.zsh") + bash(tree) + resource("zsh-footer.zsh");
    }

    /**
     * @param tree the tree from {@link #tree()}
     * @return the fish completion script
     */
    public static String fish(CommandLine tree) {
        return new FishScript(tree.getCommandSpec()).script() + resource("dynamic.fish");
    }

    /**
     * Writes the three scripts into a directory; the build runs this to regenerate {@code completions/}.
     *
     * @param args one argument: the directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String... args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        CommandLine tree = tree();
        Files.writeString(dir.resolve(BASH_FILE), bash(tree), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(ZSH_FILE), zsh(tree), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(FISH_FILE), fish(tree), StandardCharsets.UTF_8);
    }

    /** @return {@code script} with each placeholder array replaced by the call {@code $(_flinkctl_dynamic KIND)} */
    private static String withDynamicCandidates(String script) {
        return PLACEHOLDER_ARRAY.matcher(script).replaceAll("(\\$(_flinkctl_dynamic $1))");
    }

    private static String resource(String name) {
        try (var in = CompletionScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the flinkctl jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
