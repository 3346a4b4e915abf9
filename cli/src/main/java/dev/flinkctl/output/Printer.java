package dev.flinkctl.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one way flinkctl writes to the terminal: over the writers picocli was given, so tests capture everything
 * and nothing touches {@code System.out}.
 */
public final class Printer {
    /** The mappers, built on first use: Jackson takes ~0.1 s to load, which text output and --help never pay. */
    private static final class Mappers {
        // Decimal amounts and quantities print as plain numbers (0.000000015, not 1.5E-8), which people and jq
        // read alike.
        private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        private static final CsvMapper CSV = new CsvMapper();
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean colour;
    private final boolean quiet;

    private Printer(PrintWriter out, PrintWriter err, boolean colour, boolean quiet) {
        this.out = out;
        this.err = err;
        this.colour = colour;
        this.quiet = quiet;
    }

    /**
     * @param colour true to render {@code @|bold ...|@} markup as ANSI colour, false to strip it
     * @param quiet  true to drop {@link #progress} lines
     * @return a printer over the same writers
     */
    public Printer with(boolean colour, boolean quiet) {
        return new Printer(out, err, colour, quiet);
    }

    /**
     * Prints {@code value} as indented JSON or as YAML.
     *
     * @param yaml true for YAML, false for JSON
     */
    public void document(Object value, boolean yaml) {
        if (!yaml) {
            json(value);
            return;
        }
        try {
            out.print(Mappers.YAML.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot render " + value.getClass().getSimpleName() + " as YAML", e);
        }
        out.flush();
    }

    /** Prints one line with picocli colour markup ({@code @|green RUNNING|@}) on standard output. */
    public void styled(String markup) {
        out.println((colour ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF).string(markup));
        out.flush();
    }

    /** @return {@code text} wrapped in picocli markup for {@code style} (e.g. {@code green}), or as is without colour */
    public String style(String style, String text) {
        return colour ? "@|" + style + " " + text.replace("|@", "| @") + "|@" : text;
    }

    /** @return true if this printer writes colour */
    public boolean colour() {
        return colour;
    }

    /** @return a printer over the writers of the command line that runs {@code spec} */
    public static Printer of(CommandSpec spec) {
        return of(spec.commandLine());
    }

    /** @return a printer over the writers of {@code commandLine} */
    public static Printer of(CommandLine commandLine) {
        return new Printer(commandLine.getOut(), commandLine.getErr(), false, false);
    }

    /** Prints one formatted line ({@link String#format} syntax) on standard output. */
    public void line(String format, Object... args) {
        out.println(String.format(format, args));
        out.flush();
    }

    /** Prints {@code text} on standard output exactly as given (no newline is added). */
    public void text(String text) {
        out.print(text);
        out.flush();
    }

    /** Prints {@code value} (a record, list or map) as indented JSON and a newline on standard output. */
    public void json(Object value) {
        json(Mappers.JSON.writer(), value);
    }

    /**
     * Prints {@code value} as JSON on one line (NDJSON: one object per line, for {@code jq} and log shippers).
     */
    public void jsonLine(Object value) {
        json(Mappers.JSON.writer().without(SerializationFeature.INDENT_OUTPUT), value);
    }

    private void json(ObjectWriter writer, Object value) {
        try {
            out.println(writer.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot render " + value.getClass().getSimpleName() + " as JSON", e);
        }
        out.flush();
    }

    /**
     * Prints RFC 4180 CSV on standard output: a header line, then one line per row (null cells are empty).
     *
     * @param headers the column names, as given
     * @param rows    the cells, one list per row
     */
    public void csv(List<String> headers, List<List<String>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        headers.forEach(schema::addColumn);
        try {
            out.print(Mappers.CSV.writer(schema.build()).writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot render CSV", e);
        }
        out.flush();
    }

    /**
     * Prints a borderless table on standard output: upper-case headers, columns padded to their widest cell.
     *
     * @param headers the column headers
     * @param rows    the cells, one list per row (null cells print as {@code -})
     */
    public void table(List<String> headers, List<List<String>> rows) {
        Table.of(headers, rows).lines().forEach(out::println);
        out.flush();
    }

    /** Prints one line of progress on standard error, so standard output stays the command's result. */
    public void progress(String line) {
        if (quiet) {
            return;
        }
        err.println(line);
        err.flush();
    }

    /** Prints one formatted line on standard error, prefixed with {@code flinkctl: }. */
    public void error(String format, Object... args) {
        err.println("flinkctl: " + String.format(format, args));
        err.flush();
    }

    /** Prints {@code text} on standard error exactly as given (no newline is added). */
    public void errorText(String text) {
        err.print(text);
        err.flush();
    }

    /** Prints the stack trace of {@code error} on standard error (only ever under {@code --verbose}). */
    public void stackTrace(Throwable error) {
        error.printStackTrace(err);
        err.flush();
    }
}
