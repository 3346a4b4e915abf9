package dev.flinkctl.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.flinkctl.billing.Bill;
import dev.flinkctl.billing.LineItem;
import dev.flinkctl.cost.CostReport;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** How the {@code cost} commands print: line-item tables for people, documents for scripts. */
final class CostView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CostView() {}

    /**
     * One estimate: {@code -o json} prints a list of these.
     *
     * @param application       the spec's application name
     * @param region            the region priced
     * @param hours             hours of running priced
     * @param parallelism       the parallelism priced
     * @param parallelismPerKpu parallel tasks per KPU
     * @param kpus              KPUs billed while it runs, orchestration included
     * @param estimate          the bill at that parallelism: line items and {@code totalUsd}
     * @param autoscalingMax    the bill at the autoscaling maximum, or null without autoscaling
     * @param maxKpus           the autoscaling maximum in KPUs, or null
     * @param priceSource       where the region's prices come from
     * @param pricesRetrieved   the date of those prices
     */
    @JsonPropertyOrder({"application", "region", "hours", "parallelism", "parallelismPerKpu", "kpus", "estimate",
        "autoscalingMax", "maxKpus", "priceSource", "pricesRetrieved"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Estimate(String application, String region, int hours, int parallelism, int parallelismPerKpu, int kpus,
                    Bill estimate, Bill autoscalingMax, Integer maxKpus, String priceSource,
                    LocalDate pricesRetrieved) {}

    static void estimates(Printer printer, OutputOptions output, List<Estimate> estimates) {
        if (output.structured()) {
            printer.document(estimates, output.format() == OutputOptions.Format.yaml);
            return;
        }
        boolean first = true;
        for (Estimate estimate : estimates) {
            if (!first) {
                printer.line("");
            }
            first = false;
            printer.line("%s in %s, %d hours: parallelism %d, %d per KPU = %d KPUs (1 for orchestration)",
                    estimate.application(), estimate.region(), estimate.hours(), estimate.parallelism(),
                    estimate.parallelismPerKpu(), estimate.kpus());
            lineItems(printer, estimate.estimate());
            if (estimate.autoscalingMax() != null) {
                printer.line("Autoscaling up to %d KPUs: %s to %s", estimate.maxKpus(),
                        usd(estimate.estimate().totalUsd()), usd(estimate.autoscalingMax().totalUsd()));
            }
            printer.line("Prices: %s (%s)", estimate.priceSource(), estimate.pricesRetrieved());
        }
    }

    /** Prints a cost report: the period's bill, backups, days and the month's forecast. */
    static void report(Printer printer, OutputOptions output, CostReport report) {
        if (output.structured()) {
            printer.document(report, output.format() == OutputOptions.Format.yaml);
            return;
        }
        printer.line("%s in %s, %s to %s UTC: %d hour%s running, %s KPU-hours", report.application(),
                report.region(), time(report.since()), time(report.until()), report.hoursRunning(),
                report.hoursRunning() == 1 ? "" : "s", report.kpuHours().toPlainString());
        lineItems(printer, report.bill());
        CostReport.SnapshotEstimate snapshots = report.snapshots();
        if (snapshots.count() > 0) {
            printer.line("Backups: %d snapshot%s at %s", snapshots.count(), snapshots.count() == 1 ? "" : "s",
                    snapshots.sizeGbEach() == null
                    ? "an unknown size (no lastCheckpointSize data): pass --snapshot-gb GB to price them"
                    : quantity(snapshots.sizeGbEach()) + " GB each (" + snapshots.sizeFrom() + ")");
        }
        if (report.days() != null) {
            printer.line("");
            List<List<String>> rows = new ArrayList<>();
            for (CostReport.DayCost day : report.days()) {
                rows.add(List.of(day.day().toString(), Integer.toString(day.hoursRunning()),
                        quantity(day.kpuHours()), usd(day.bill().kpus().amountUsd()),
                        usd(day.bill().runningStorage().amountUsd()), usd(day.bill().backups().amountUsd()),
                        usd(day.bill().totalUsd())));
            }
            printer.table(List.of("day", "hours", "KPU-hours", "KPUs", "storage", "backups", "total"), rows);
        }
        CostReport.Forecast forecast = report.forecast();
        if (forecast != null) {
            printer.line("Forecast for %s: %s (%s so far, then %s)", forecast.month(), usd(forecast.totalUsd()),
                    usd(forecast.soFarUsd()), forecast.kpus() == 0 ? "not running"
                            : forecast.kpus() + " KPUs for the " + forecast.hoursLeft().toPlainString()
                                    + " hours left");
        }
        printer.line("Prices: %s (%s)", report.priceSource(), report.pricesRetrieved());
    }

    /** The line items of a bill and its total, as a table. */
    private static void lineItems(Printer printer, Bill bill) {
        List<List<String>> rows = new ArrayList<>();
        for (LineItem item : bill.lineItems()) {
            rows.add(List.of(item.name(), quantity(item.quantity()) + " " + item.unit(), usd(item.unitPriceUsd()),
                    usd(item.amountUsd())));
        }
        rows.add(List.of("Total", "", "", usd(bill.totalUsd())));
        printer.table(List.of("item", "quantity", "unit price", "amount"), rows);
    }

    /** A quantity to at most 4 decimals, as people read it (amounts are computed from the exact quantity). */
    private static String quantity(BigDecimal quantity) {
        BigDecimal shown = quantity.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (shown.signum() == 0 && quantity.signum() != 0) {
            return "<0.0001";
        }
        return (shown.scale() < 0 ? shown.setScale(0) : shown).toPlainString();
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    /** @return an amount as people read it: {@code $163.40} */
    static String usd(BigDecimal amount) {
        return "$" + amount.toPlainString();
    }
}
