package dev.flinkctl.output;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The one way flinkctl writes to the terminal: over the writers picocli was given, so tests capture everything
 * and nothing touches {@code System.out}.
 */
public final class Printer {
    private final PrintWriter out;
    private final PrintWriter err;

    private Printer(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** @return a printer over the writers of the command line that runs {@code spec} */
    public static Printer of(CommandSpec spec) {
        return of(spec.commandLine());
    }

    /** @return a printer over the writers of {@code commandLine} */
    public static Printer of(CommandLine commandLine) {
        return new Printer(commandLine.getOut(), commandLine.getErr());
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
