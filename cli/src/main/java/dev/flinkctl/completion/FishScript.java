package dev.flinkctl.completion;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes fish's {@code complete} rules for the command tree (picocli has no fish generator): one rule per
 * subcommand, option and completable positional parameter, each guarded by {@code __flinkctl_using PATH} so it
 * applies only after that subcommand path. Options show their description; option values offer their
 * {@code completionCandidates}, files for {@code Path}/{@code File} types, and nothing else; dynamic candidates call
 * {@code __flinkctl_dynamic KIND}. The helper functions are in {@code dynamic.fish}.
 */
final class FishScript {
    /** A full stop that ends a sentence, not the one of an abbreviation such as "e.g." or "i.e.". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!e\\.g|i\\.e)\\.(\\s|$)");

    private final CommandSpec root;

    /** @param root the {@code flinkctl} command, with {@link ScriptPlaceholder}s for dynamic candidates */
    FishScript(CommandSpec root) {
        this.root = root;
    }

    /** @return the rules, and the list of subcommand paths {@code __flinkctl_path} matches against */
    String script() {
        List<String> paths = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        visit(root, "", paths, rules);
        return "# fish completion for flinkctl, generated from its command tree; install it as\n"
                + "# ~/.config/fish/completions/flinkctl.fish, or load it with: flinkctl completion fish | source\n"
                + "\n"
                + "complete -c flinkctl -e\n"
                + "complete -c flinkctl -f\n"
                + "set -g __flinkctl_commands " + paths.stream().map(FishScript::quote).collect(Collectors.joining(" "))
                + "\n\n"
                + String.join("\n", rules) + "\n";
    }

    private void visit(CommandSpec command, String path, List<String> paths, List<String> rules) {
        String using = "-n " + quote("__flinkctl_using \"" + path + "\"");
        command.subcommands().forEach((name, sub) -> {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.usageMessage().hidden() || !name.equals(spec.name())) {
                return; // hidden commands and aliases are not offered
            }
            rules.add("complete -c flinkctl " + using + " -a " + quote(name) + description(spec.usageMessage()
                    .description()));
        });
        for (OptionSpec option : command.options()) {
            if (!option.hidden()) {
                rules.add("complete -c flinkctl " + using + names(option) + value(option)
                        + description(option.description()));
            }
        }
        for (PositionalParamSpec positional : command.positionalParameters()) {
            if (!positional.hidden()) {
                values(positional).ifPresent(values -> rules.add("complete -c flinkctl " + using + values));
            }
        }
        command.subcommands().forEach((name, sub) -> {
            CommandSpec spec = sub.getCommandSpec();
            if (!spec.usageMessage().hidden() && name.equals(spec.name())) {
                String child = path.isEmpty() ? name : path + " " + name;
                paths.add(child);
                visit(spec, child, paths, rules);
            }
        });
    }

    private static String names(OptionSpec option) {
        StringBuilder names = new StringBuilder();
        for (String name : option.names()) {
            if (name.startsWith("--")) {
                names.append(" -l ").append(name.substring(2));
            } else if (name.length() == 2) {
                names.append(" -s ").append(name.charAt(1));
            } else {
                names.append(" -o ").append(name.substring(1));
            }
        }
        return names.toString();
    }

    private static String value(OptionSpec option) {
        if (option.arity().max() == 0) {
            return "";
        }
        return values(option).map(values -> " -r" + values).orElse(" -x");
    }

    /** @return the {@code complete} arguments that offer the values of {@code arg}, if it has any to offer */
    private static Optional<String> values(ArgSpec arg) {
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates != null) {
            List<String> list = StreamSupport.stream(candidates.spliterator(), false).toList();
            Optional<String> dynamic = list.size() == 1 ? ScriptPlaceholder.kind(list.get(0)).map(Enum::name)
                    : Optional.empty();
            return Optional.of(" -f -a " + dynamic.map(kind -> quote("(__flinkctl_dynamic " + kind + ")"))
                    .orElseGet(() -> quote(String.join(" ", list))));
        }
        Class<?> type = arg.type();
        if (type == Path.class || type == File.class) {
            return Optional.of(" -F");
        }
        return Optional.empty();
    }

    private static String description(String[] lines) {
        if (lines.length == 0 || lines[0].isBlank()) {
            return "";
        }
        // The first sentence of the first line, without picocli's variables and markup.
        String text = CommandLine.Help.Ansi.OFF.string(lines[0]).replaceAll("\\$\\{[^}]*}", "").strip();
        Matcher sentence = SENTENCE_END.matcher(text);
        return " -d " + quote(sentence.find() ? text.substring(0, sentence.start()) : text.replaceAll("\\.$", ""));
    }

    /** fish single quotes: only {@code \} and {@code '} need escaping. */
    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
