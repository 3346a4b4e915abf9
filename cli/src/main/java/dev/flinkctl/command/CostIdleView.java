package dev.flinkctl.command;

import dev.flinkctl.cost.IdleApplication;
import dev.flinkctl.cost.IdleReport;
import dev.flinkctl.cost.InputActivity;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.util.Arrays;
import java.util.List;

/** How {@code flinkctl cost idle} prints: a table and a summary line for people, the report document for scripts. */
final class CostIdleView {
    /** What a cost cell says when the region's prices (or the application's KPUs) are not known. */
    static final String UNKNOWN = "unknown";

    private CostIdleView() {}

    static void print(Printer printer, OutputOptions output, IdleReport report) {
        if (output.structured()) {
            printer.document(report, output.format() == OutputOptions.Format.yaml);
            return;
        }
        if (report.applications().isEmpty()) {
            printer.line("No idle applications among %d running %s.", report.runningChecked(),
                    report.runningChecked() == 1 ? "one" : "ones");
            return;
        }
        printer.table(List.of("application", "status", "KPUs", "records in/s", "per month"),
                report.applications().stream().map(CostIdleView::row).toList());
        printer.line("%d of %d running applications %s idle: %s", report.applications().size(),
                report.runningChecked(), report.applications().size() == 1 ? "looks" : "look", cost(report));
    }

    private static List<String> row(IdleApplication app) {
        return Arrays.asList(app.name(), app.status(), app.kpus() == null ? UNKNOWN : app.kpus().toString(),
                app.averageRecordsInPerSecond() == null ? "no data"
                        : InputActivity.rate(app.averageRecordsInPerSecond()),
                app.monthly() == null ? UNKNOWN : CostView.usd(app.monthly().totalUsd()));
    }

    /** @return e.g. {@code $326.80 per month (us-east-1 prices from SOURCE, 2026-11-21; backups not included)} */
    private static String cost(IdleReport report) {
        if (!report.priced()) {
            return "cost unknown (no known prices for " + report.region() + "; give --prices FILE)";
        }
        boolean partial = report.applications().stream().anyMatch(app -> app.monthly() == null);
        return (partial ? "at least " : "") + CostView.usd(report.monthlyTotalUsd()) + " per month (" + report.region()
                + " prices from " + report.priceSource()
                + (report.pricesRetrieved() == null ? "" : ", " + report.pricesRetrieved())
                + "; backups not included)";
    }
}
