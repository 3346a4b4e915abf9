package dev.flinkctl.completion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What a partly typed command line says so far, read against the command tree without validating it (it is
 * incomplete by nature): which command it is, the options given with their values, and the positional parameters.
 * The word being completed is part of {@code words} and is read like the others.
 *
 * @param command     the deepest command named, e.g. {@code snapshot delete}
 * @param options     each option's last value by its longest name, e.g. {@code --region -> eu-west-1}; flags map to
 *                    {@code "true"}
 * @param positionals the positional parameters in order, option values excluded
 * @param complete    how many of {@code positionals} are complete: all but the last when the last word (the one
 *                    being completed) is a positional parameter
 */
public record TypedLine(CommandSpec command, Map<String, String> options, List<String> positionals, int complete) {

    /**
     * @param root  the {@code flinkctl} command
     * @param words the words after {@code flinkctl}, as the shell split them
     * @return the line read against {@code root}
     */
    public static TypedLine read(CommandSpec root, List<String> words) {
        CommandSpec command = root;
        Map<String, String> options = new HashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean endOfOptions = false;
        boolean lastIsPositional = false;
        for (int i = 0; i < words.size(); i++) {
            lastIsPositional = false;
            String word = words.get(i);
            if (!endOfOptions && word.equals("--")) {
                endOfOptions = true;
            } else if (!endOfOptions && word.startsWith("-") && word.length() > 1) {
                int equals = word.indexOf('=');
                String name = equals < 0 ? word : word.substring(0, equals);
                OptionSpec option = command.findOption(name);
                if (option == null) {
                    continue; // unknown or misspelt: skip it, as the rest of the line may still tell something
                }
                if (option.arity().max() == 0) {
                    options.put(option.longestName(), "true");
                } else if (equals >= 0) {
                    options.put(option.longestName(), word.substring(equals + 1));
                } else if (i + 1 < words.size()) {
                    options.put(option.longestName(), words.get(++i));
                }
            } else if (positionals.isEmpty() && command.subcommands().containsKey(word)) {
                command = command.subcommands().get(word).getCommandSpec();
            } else {
                positionals.add(word);
                lastIsPositional = i == words.size() - 1;
            }
        }
        return new TypedLine(command, options, positionals, positionals.size() - (lastIsPositional ? 1 : 0));
    }

    /** @return the value of the option whose longest name is {@code longestName}, if given */
    public Optional<String> option(String longestName) {
        return Optional.ofNullable(options.get(longestName));
    }

    /**
     * @param label a positional parameter's label, e.g. {@code APP}
     * @return what was typed at the position of the command's parameter labelled {@code label}, if it is complete
     *         (not the word being completed)
     */
    public Optional<String> typed(String label) {
        return command.positionalParameters().stream()
                .filter(parameter -> parameter.paramLabel().equals(label))
                .map(parameter -> parameter.index().min())
                .filter(index -> index < complete)
                .map(positionals::get)
                .findFirst();
    }
}
