package dev.flinkctl.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.flinkctl.billing.Bill;
import dev.flinkctl.billing.LineItem;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** How the {@code cost} commands print: line-item tables for people, documents for scripts. */
final class CostView {
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
            List<List<String>> rows = new ArrayList<>();
            for (LineItem item : estimate.estimate().lineItems()) {
                rows.add(List.of(item.name(), item.quantity().stripTrailingZeros().toPlainString() + " " + item.unit(),
                        usd(item.unitPriceUsd()), usd(item.amountUsd())));
            }
            rows.add(List.of("Total", "", "", usd(estimate.estimate().totalUsd())));
            printer.table(List.of("item", "quantity", "unit price", "amount"), rows);
            if (estimate.autoscalingMax() != null) {
                printer.line("Autoscaling up to %d KPUs: %s to %s", estimate.maxKpus(),
                        usd(estimate.estimate().totalUsd()), usd(estimate.autoscalingMax().totalUsd()));
            }
            printer.line("Prices: %s (%s)", estimate.priceSource(), estimate.pricesRetrieved());
        }
    }

    private static String usd(BigDecimal amount) {
        return "$" + amount.toPlainString();
    }
}
