package dev.flinkctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every visible command's {@code --help} (and so its man page) has a description, examples that parse, and the
 * exit codes that apply to it. New commands are covered as soon as they join the tree.
 */
class UsageHelpTest {

    static Stream<Named<CommandLine>> commands() {
        List<CommandLine> all = new ArrayList<>();
        collect(Flinkctl.commandLine(new CommandFactory()), all, new IdentityHashMap<>());
        return all.stream().map(command -> Named.of(command.getCommandSpec().qualifiedName(), command));
    }

    /** Adds {@code command} and its visible subcommands, depth first; aliases map to one CommandLine. */
    private static void collect(CommandLine command, List<CommandLine> into, Map<CommandLine, Boolean> seen) {
        if (command.getCommandSpec().usageMessage().hidden() || seen.put(command, true) != null) {
            return;
        }
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into, seen));
    }

    @Test
    void theTreeIncludesNestedSubcommands() {
        assertThat(commands().map(Named::getName))
                .contains("flinkctl", "flinkctl status", "flinkctl snapshot", "flinkctl snapshot create",
                        "flinkctl cost report", "flinkctl local up", "flinkctl completion");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void hasADescription(CommandLine command) {
        String[] description = command.getCommandSpec().usageMessage().description();

        assertThat(Arrays.stream(description).anyMatch(line -> !line.isBlank())).as("description").isTrue();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void hasExamplesOfItself(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();

        assertThat(spec.usageMessage().footerHeading()).contains("Examples:");
        assertThat(examples(spec)).as("examples").isNotEmpty()
                .allSatisfy(example -> assertThat(example + " ").startsWith(spec.qualifiedName() + " "));
        assertThat(command.getUsageMessage(Ansi.OFF)).contains("Examples:");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void examplesParse(CommandLine command) {
        String name = command.getCommandSpec().qualifiedName();
        for (String example : examples(command.getCommandSpec())) {
            List<String> words = ShellWords.split(example);
            String[] args = words.subList(1, words.size()).toArray(String[]::new);

            // A fresh tree each time: parseArgs keeps option values in the command objects.
            assertThatCode(() -> {
                ParseResult parsed = Flinkctl.commandLine(new CommandFactory()).parseArgs(args);
                assertThat(commandPath(parsed)).as(example).startsWith(name);
            }).as(example).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void hasItsOwnExitCodesFromTheTable(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        Map<String, String> codes = spec.usageMessage().exitCodeList();
        Map<String, String> rootCodes = command.getCommandSpec().root().usageMessage().exitCodeList();

        assertThat(codes.keySet().stream().map(code -> Integer.parseInt(code.trim()))).as("exit codes")
                .contains(ExitCodes.OK).isSubsetOf(exitCodes());
        if (spec.parent() != null) {
            assertThat(codes).as("its own exit codes, not the root's whole table").isNotEqualTo(rootCodes);
        }
        assertThat(command.getUsageMessage(Ansi.OFF)).contains("Exit codes:");
    }

    /** @return the example command lines of the footer, without their comments and pipes */
    private static List<String> examples(CommandSpec spec) {
        return Arrays.stream(spec.usageMessage().footer())
                .filter(line -> !line.isBlank())
                .map(line -> String.join(" ", ShellWords.split(line)))
                .toList();
    }

    private static String commandPath(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last.commandSpec().qualifiedName();
    }

    private static Set<Integer> exitCodes() {
        return Arrays.stream(ExitCodes.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == int.class)
                .map(UsageHelpTest::value)
                .collect(Collectors.toSet());
    }

    private static int value(Field field) {
        try {
            return field.getInt(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Splits an example the way a POSIX shell would, as far as examples need: quotes, backslashes, a comment, and
     * the end of the flinkctl command at an unquoted {@code |}, {@code >}, {@code ;} or {@code &}.
     */
    static final class ShellWords {
        private ShellWords() {
        }

        static List<String> split(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\'') {
                    int end = line.indexOf('\'', i + 1);
                    assertThat(end).as("closing ' in: %s", line).isPositive();
                    word = append(word, line.substring(i + 1, end));
                    i = end;
                } else if (c == '"') {
                    StringBuilder quoted = new StringBuilder();
                    for (i++; i < line.length() && line.charAt(i) != '"'; i++) {
                        boolean escape = line.charAt(i) == '\\' && i + 1 < line.length();
                        if (escape && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                            i++;
                        }
                        quoted.append(line.charAt(i));
                    }
                    assertThat(i).as("closing \" in: %s", line).isLessThan(line.length());
                    word = append(word, quoted.toString());
                } else if (c == '\\' && i + 1 < line.length()) {
                    word = append(word, String.valueOf(line.charAt(++i)));
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else if ((word == null && c == '#') || "|>;&".indexOf(c) >= 0) {
                    break;
                } else {
                    word = append(word, String.valueOf(c));
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }

        private static StringBuilder append(StringBuilder word, String text) {
            return (word == null ? new StringBuilder() : word).append(text);
        }
    }
}
