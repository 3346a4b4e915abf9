package dev.flinkctl.command;

import dev.flinkctl.option.OutputOptions;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.localenv.LocalStatus;
import dev.flinkctl.msf.ApplicationState;
import dev.flinkctl.output.Printer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class LocalStatusViewTest {
    private final StringWriter out = new StringWriter();
    private final Printer printer = Printer.of(new CommandLine(CommandSpec.create()).setOut(new PrintWriter(out)));

    private static LocalStatus status(LocalStatus.State state, List<ApplicationState> applications,
                                      List<String> problems) {
        return new LocalStatus(state, false, "/data", "us-east-1", "123456789012",
                new LocalStatus.Server("http://127.0.0.1:4599", 12L, true), "http://127.0.0.1:8081",
                new LocalStatus.Server("http://127.0.0.1:4566", null, false), "flinkctl-local", "transactions",
                "alerts", "arn:aws:iam::123456789012:role/flinkctl-local", "2026-11-21T20:18:00Z", applications,
                problems);
    }

    @Test
    void shouldListApplicationsInATable() {
        LocalStatusView.print(printer, status(LocalStatus.State.RUNNING, List.of(
                new ApplicationState("fraud-detection", "RUNNING", 3L), new ApplicationState("x", "READY", null)),
                List.of()), output("table"));

        assertThat(out.toString().lines().toList()).containsExactly(
                "state:       running (not the current target: 'flinkctl local up' makes it so)",
                "endpoint:    http://127.0.0.1:4599  (pid 12)",
                "dashboard:   http://127.0.0.1:8081",
                "moto_server: http://127.0.0.1:4566  (not running)  S3, CloudWatch, CloudWatch Logs, Kinesis",
                "region:      us-east-1  account 123456789012",
                "data dir:    /data",
                "bucket:      flinkctl-local",
                "streams:     transactions (input), alerts (output)",
                "role:        arn:aws:iam::123456789012:role/flinkctl-local",
                "started:     2026-11-21T20:18:00Z",
                "",
                "NAME              STATUS    VERSION",
                "fraud-detection   RUNNING   3",
                "x                 READY     -");
    }

    @Test
    void shouldNameTheProblemsAndTheFixWhenDegraded() {
        LocalStatusView.print(printer, status(LocalStatus.State.DEGRADED, List.of(),
                List.of("moto_server is not running")), output("table"));

        assertThat(out.toString()).contains("state:       degraded", "problem:     moto_server is not running")
                .endsWith("Restart it with: flinkctl local up" + System.lineSeparator());
    }

    @Test
    void shouldPrintTheRecordAsJson() {
        LocalStatusView.print(printer, status(LocalStatus.State.RUNNING, List.of(
                new ApplicationState("fraud-detection", "RUNNING", 3L)), List.of()), output("json"));

        assertThat(out.toString().replaceAll("\\s+", "")).startsWith("{\"state\":\"running\",\"currentTarget\":false,")
                .contains("\"moto\":{\"url\":\"http://127.0.0.1:4566\",\"pid\":null,\"running\":false}",
                        "\"applications\":[{\"name\":\"fraud-detection\",\"status\":\"RUNNING\",\"version\":3}]",
                        "\"problems\":[]");
    }

    private static OutputOptions output(String format) {
        return CommandLine.populateCommand(new OutputOptions(), "-o", format);
    }
}
