package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.logs.LogEvent;
import dev.flinkctl.logs.LogLevel;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/**
 * Renders log events for {@code flinkctl logs tail}, one at a time as they arrive: a readable line
 * ({@code 2026-11-21T10:00:00.123Z ERROR  Task  message}, further lines of the message indented below it), or one
 * compact JSON object per line (NDJSON) of the {@link LogEvent} record.
 */
final class LogsView {
    /** Continuation lines of a message (stack traces) start with this. */
    static final String INDENT = "    ";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int LEVEL_WIDTH = 5;

    private final Printer printer;
    private final boolean json;

    private LogsView(Printer printer, boolean json) {
        this.printer = printer;
        this.json = json;
    }

    /**
     * @param printer  where to print
     * @param output   the {@code -o} option
     * @param explicit true if {@code -o} was given (an explicit {@code -o table} prints readable lines into a pipe)
     * @param terminal true if standard output is a terminal
     * @return JSON lines for {@code -o json}, or by default when the output is not a terminal; else readable lines
     * @throws FlinkctlException {@link ExitCodes#USAGE} for {@code -o yaml}: a stream of events is not one document
     */
    static LogsView of(Printer printer, OutputOptions output, boolean explicit, boolean terminal) {
        if (output.format() == OutputOptions.Format.yaml) {
            throw new FlinkctlException(ExitCodes.USAGE, "'logs tail' prints a stream of lines, not one document: "
                    + "use -o json (one JSON object per line) or -o table");
        }
        return new LogsView(printer, output.json() || (!explicit && !terminal));
    }

    /** Prints one event. */
    void print(LogEvent event) {
        if (json) {
            printer.jsonLine(event);
        } else {
            printer.text(text(event));
        }
    }

    /** @return the event as readable lines, each ending with a line separator; the level coloured if the printer is */
    String text(LogEvent event) {
        String level = event.level() == null ? "-" : event.level().name();
        String padding = " ".repeat(LEVEL_WIDTH - level.length() + 2);
        String style = style(event.level());
        if (style != null && printer.colour()) {
            // Only the level goes through picocli's markup: a message may contain "@|" and must print as it is.
            level = Ansi.ON.string(printer.style(style, level));
        }
        StringBuilder text = new StringBuilder(TIME.format(event.timestamp())).append(' ').append(level)
                .append(padding);
        if (event.logger() != null) {
            text.append(shortName(event.logger())).append("  ");
        }
        List<String> lines = event.message().stripTrailing().lines().toList();
        text.append(lines.isEmpty() ? "" : lines.get(0)).append(System.lineSeparator());
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            text.append(INDENT).append(line.replace("\t", INDENT)).append(System.lineSeparator());
        }
        return text.toString();
    }

    /** @return the last part of a logger name, e.g. {@code Task} for {@code org.apache.flink.runtime.taskmanager.Task} */
    static String shortName(String logger) {
        String trimmed = logger.endsWith(".") ? logger.substring(0, logger.length() - 1) : logger;
        return trimmed.substring(trimmed.lastIndexOf('.') + 1);
    }

    /** @return the colour of a level: ERROR red, WARN yellow, others none (null) */
    static String style(LogLevel level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case ERROR -> "red";
            case WARN -> "yellow";
            default -> null;
        };
    }
}
