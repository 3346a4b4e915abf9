package dev.flinkctl.option;

import dev.flinkctl.output.Printer;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code -o table|json|yaml}, {@code --no-color}, {@code -q}: how a command prints its result. Colour is on only when
 * standard output is a terminal, {@code NO_COLOR} is unset and {@code --no-color} is not given.
 */
public final class OutputOptions {

    /** The output formats. */
    public enum Format { table, json, yaml }

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format = Format.table;

    @Option(names = "--no-color", description = "No colours (also when NO_COLOR is set or output is not a terminal)")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr; only the result and errors")
    boolean quiet;

    /** @return true for {@code -o json} or {@code -o yaml}: print the result as a document, no prose */
    public boolean structured() {
        return format != Format.table;
    }

    /** @return true for {@code -o json} */
    public boolean json() {
        return format == Format.json;
    }

    /** @return the chosen format */
    public Format format() {
        return format;
    }

    /** @return true for {@code -q} */
    public boolean quiet() {
        return quiet;
    }

    /**
     * @param spec the running command
     * @param env  the environment, for {@code NO_COLOR}
     * @return a printer over the command's writers with these options
     */
    public Printer printer(CommandSpec spec, Map<String, String> env) {
        return Printer.of(spec).with(colour(noColor, env), quiet);
    }

    /**
     * @param noColor true for {@code --no-color}
     * @param env     the environment, for {@code NO_COLOR}
     * @return true when output may be coloured: a terminal, no {@code NO_COLOR}, no {@code --no-color}
     */
    public static boolean colour(boolean noColor, Map<String, String> env) {
        return !noColor && !env.containsKey("NO_COLOR") && System.console() != null;
    }
}
