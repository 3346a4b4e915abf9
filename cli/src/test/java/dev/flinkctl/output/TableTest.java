package dev.flinkctl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The borderless table layout, and that {@link Printer#table} prints exactly it. */
class TableTest {
    private static final List<String> HEADERS = List.of("name", "status", "version");
    private static final List<List<String>> ROWS = List.of(List.of("nightly", "READY", "7"),
            Arrays.asList("before-upgrade", null, "12"));

    @Test
    void shouldPadEveryColumnButTheLastToItsWidestCellAndPrintMissingCellsAsDashes() {
        assertThat(Table.of(HEADERS, ROWS).lines()).containsExactly(
                "NAME             STATUS   VERSION",
                "nightly          READY    7",
                "before-upgrade   -        12");
        assertThat(Table.of(HEADERS, ROWS).widths()).containsExactly(14, 6, 7);
    }

    @Test
    void shouldPrintTheSameLinesThroughThePrinter() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Nothing()).setOut(new PrintWriter(out)).setErr(new PrintWriter(
                new StringWriter()));

        Printer.of(commandLine).table(HEADERS, ROWS);

        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(), Table.of(HEADERS, ROWS).lines())
                + System.lineSeparator());
        assertThat(out.toString().lines()).first().isEqualTo("NAME             STATUS   VERSION");
    }

    @CommandLine.Command(name = "nothing")
    static final class Nothing {}
}
