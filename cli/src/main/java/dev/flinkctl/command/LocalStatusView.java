package dev.flinkctl.command;

import dev.flinkctl.localenv.LocalStatus;
import dev.flinkctl.localenv.LocalStatus.State;
import dev.flinkctl.msf.ApplicationState;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.util.Arrays;
import java.util.List;

/** Renders a {@link LocalStatus} for {@code local status} and {@code local up}: aligned fields, or the record as JSON. */
final class LocalStatusView {
    private static final String FIELD = "%-13s%s";

    private LocalStatusView() {
    }

    static void print(Printer printer, LocalStatus status, OutputOptions output) {
        if (output.structured()) {
            printer.document(status, output.format() == OutputOptions.Format.yaml);
            return;
        }
        if (status.state() == State.STOPPED) {
            printer.line("The local environment is not running (data directory %s).", status.dataDir());
            printer.line("Start it with: flinkctl local up");
            return;
        }
        printer.line(FIELD, "state:", status.state().label() + (status.currentTarget() ? " (the current target)"
                : " (not the current target: 'flinkctl local up' makes it so)"));
        status.problems().forEach(problem -> printer.line(FIELD, "problem:", problem));
        printer.line(FIELD, "endpoint:", server(status.endpoint()));
        printer.line(FIELD, "dashboard:", orDash(status.dashboard()));
        printer.line(FIELD, "moto_server:", server(status.moto()) + "  S3, CloudWatch, CloudWatch Logs, Kinesis");
        printer.line(FIELD, "region:", status.region() + "  account " + status.accountId());
        printer.line(FIELD, "data dir:", status.dataDir());
        printer.line(FIELD, "bucket:", status.bucket());
        printer.line(FIELD, "streams:", status.inputStream() + " (input), " + status.outputStream() + " (output)");
        printer.line(FIELD, "role:", status.roleArn());
        printer.line(FIELD, "started:", orDash(status.startedAt()));
        if (status.state() == State.DEGRADED) {
            printer.line("Restart it with: flinkctl local up");
            return;
        }
        printer.line("");
        if (status.applications().isEmpty()) {
            printer.line("No applications.");
        } else {
            printer.table(List.of("name", "status", "version"), status.applications().stream()
                    .map(LocalStatusView::row).toList());
        }
    }

    private static List<String> row(ApplicationState application) {
        return Arrays.asList(application.name(), application.status(),
                application.version() == null ? null : application.version().toString());
    }

    private static String server(LocalStatus.Server server) {
        String url = orDash(server.url());
        return server.running() ? url + "  (pid " + server.pid() + ")" : url + "  (not running)";
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
