package dev.flinkctl.command;

import dev.flinkctl.lint.Finding;
import dev.flinkctl.output.Printer;
import java.util.List;

/** Prints lint findings on standard error, one line each with its fix, so stdout stays the command's result. */
final class FindingsView {
    private FindingsView() {
    }

    static void print(Printer printer, List<Finding> findings) {
        for (Finding finding : findings) {
            printer.progress(String.format("%s %s: %s (fix: %s)", finding.severity(), finding.code(),
                    finding.message(), finding.fix()));
        }
    }
}
