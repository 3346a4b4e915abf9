package dev.flinkctl.command;

import dev.flinkctl.msf.ApplicationOverview;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.output.StatusColours;

/** Renders an {@link ApplicationOverview} for {@code flinkctl status}: aligned fields, or the record as a document. */
final class StatusView {
    private static final String FIELD = "%-16s%s";

    private StatusView() {
    }

    static void print(Printer printer, ApplicationOverview app, OutputOptions output) {
        if (output.structured()) {
            printer.document(app, output.format() == OutputOptions.Format.yaml);
            return;
        }
        printer.line(FIELD, "application:", app.application() + "  (" + app.target() + ")");
        printer.styled(String.format(FIELD, "status:", printer.style(statusStyle(app.status()), app.status())));
        printer.line(FIELD, "job health:", app.health());
        printer.line(FIELD, "version:", orDash(app.version()));
        printer.line(FIELD, "runtime:", orDash(app.runtimeEnvironment()));
        printer.line(FIELD, "parallelism:", orDash(app.parallelism()) + (app.parallelismPerKpu() == null ? ""
                : " (" + app.parallelismPerKpu() + " per KPU)"));
        printer.line(FIELD, "KPUs:", app.kpus() == null ? "-" : app.kpus() + " (incl. "
                + ApplicationOverview.ORCHESTRATION_KPUS + " orchestration)");
        printer.line(FIELD, "autoscaling:", app.autoScaling() == null ? "-" : app.autoScaling() ? "on" : "off");
        printer.line(FIELD, "last update:", orDash(app.lastUpdate()));
        printer.line(FIELD, "last snapshot:", app.lastSnapshot() == null ? "none"
                : app.lastSnapshot().name() + " (" + orDash(app.lastSnapshot().createdAt()) + ")");
        ApplicationOverview.Operation op = app.lastOperation();
        if (op == null) {
            printer.line(FIELD, "last operation:", "none");
        } else {
            printer.styled(String.format(FIELD, "last operation:", op.operation() + " "
                    + printer.style(operationStyle(op.status()), op.status()) + " (" + op.id() + ")"));
            if (op.cause() != null) {
                printer.line(FIELD, "cause:", op.cause());
            }
        }
        printer.line(FIELD, "code:", orDash(app.code()));
        if (app.dashboard() != null || "local".equals(app.target())) {
            printer.line(FIELD, "dashboard:", orDash(app.dashboard()));
        } else {
            printer.line(FIELD, "console:", orDash(app.console()));
        }
    }

    /** @return the colour of an application status: RUNNING green, READY yellow, DELETING red, transient cyan */
    static String statusStyle(String status) {
        return StatusColours.of(status);
    }

    /** @return the colour of an operation status: SUCCESSFUL green, FAILED and CANCELLED red, IN_PROGRESS cyan */
    static String operationStyle(String status) {
        return switch (status == null ? "" : status) {
            case "SUCCESSFUL" -> "green";
            case "FAILED", "CANCELLED" -> "red";
            default -> "cyan";
        };
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
