package dev.flinkctl.option;

import picocli.CommandLine.Option;

/** {@code -o/--output text|json}: how a command prints its result. */
public final class OutputOptions {

    /** The output formats. */
    public enum Format { text, json }

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format = Format.text;

    /** @return true for {@code -o json} */
    public boolean json() {
        return format == Format.json;
    }
}
