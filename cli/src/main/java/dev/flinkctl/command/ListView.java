package dev.flinkctl.command;

import dev.flinkctl.msf.ApplicationState;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.util.Arrays;
import java.util.List;

/** Renders the applications for {@code flinkctl list}: a table, or an array document. */
final class ListView {
    private ListView() {
    }

    static void print(Printer printer, List<ApplicationState> applications, OutputOptions output) {
        if (output.structured()) {
            printer.document(applications, output.format() == OutputOptions.Format.yaml);
            return;
        }
        if (applications.isEmpty()) {
            printer.line("No applications. Create one with: flinkctl deploy");
            return;
        }
        printer.table(List.of("name", "status", "version", "runtime"), applications.stream()
                .map(app -> Arrays.asList(app.name(), app.status(), app.version() == null ? null
                        : app.version().toString(), app.runtimeEnvironment()))
                .toList());
    }
}
