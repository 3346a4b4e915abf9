package dev.flinkctl.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.billing.CostDelta;
import dev.flinkctl.billing.CostModel;
import dev.flinkctl.billing.KpuConfiguration;
import dev.flinkctl.billing.Meter;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.msf.ApplicationOverview;
import dev.flinkctl.spec.ScalingSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ParallelismConfigurationDescription;

/**
 * What a deploy does to the monthly bill: the cost of a month (720 hours) of running at the live configuration and at
 * the spec's, KPU-hours and running storage only (backups do not depend on the configuration). The {@code cost}
 * member of {@code plan -o json}:
 * <pre>
 * {"region": "us-east-1", "hours": 720, "change": "parallelism 4 → 8", "beforeUsd": 330.00, "afterUsd": 646.80,
 *  "deltaUsd": 316.80, "kpusBefore": 5, "kpusAfter": 9}
 * </pre>
 * A Region without known prices gives a {@code note} instead of amounts.
 *
 * @param region     the Region whose prices were used
 * @param hours      hours of running priced: 720
 * @param change     the parallelism fields that change, e.g. {@code parallelism 4 → 8}; null when none do
 * @param beforeUsd  USD per month at the live configuration; null for a new application or without prices
 * @param afterUsd   USD per month at the spec's configuration; null without prices
 * @param deltaUsd   afterUsd − beforeUsd (afterUsd for a new application); null without prices
 * @param kpusBefore KPUs at the live configuration, orchestration included; null for a new application
 * @param kpusAfter  KPUs at the spec's configuration, orchestration included
 * @param note       why there are no amounts, or null
 */
@JsonPropertyOrder({"region", "hours", "change", "beforeUsd", "afterUsd", "deltaUsd", "kpusBefore", "kpusAfter",
    "note"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanCost(String region, int hours, String change, BigDecimal beforeUsd, BigDecimal afterUsd,
                       BigDecimal deltaUsd, Integer kpusBefore, int kpusAfter, String note) {

    /**
     * @param live    the live application, or null when it does not exist
     * @param desired the spec's parallelism
     * @param prices  the price table
     * @param region  the target's Region
     * @return the cost of the change; a note instead of amounts when the Region has no known prices
     */
    public static PlanCost of(ApplicationDetail live, ScalingSpec desired, PriceTable prices, String region) {
        KpuConfiguration after = KpuConfiguration.streaming(desired.parallelism(), desired.parallelismPerKpu());
        KpuConfiguration before = live == null ? null : configuration(live);
        String change = before == null ? null : change(before, after);
        int hours = (int) Meter.MONTH.toHours();
        Integer kpusBefore = before == null ? null : before.totalKpus();
        CostModel model;
        try {
            model = CostModel.of(prices.price(region));
        } catch (FlinkctlException e) {
            return new PlanCost(region, hours, change, null, null, null, kpusBefore, after.totalKpus(),
                    e.getMessage());
        }
        BigDecimal afterUsd = model.monthly(after, BigDecimal.ZERO).totalUsd();
        if (before == null) {
            return new PlanCost(region, hours, null, null, afterUsd, afterUsd, null, after.totalKpus(), null);
        }
        CostDelta delta = model.delta(before, after, Meter.MONTH);
        return new PlanCost(region, hours, change, delta.before().totalUsd(), afterUsd, delta.deltaUsd(), kpusBefore,
                after.totalKpus(), null);
    }

    /** The live configured parallelism (not autoscaling's current one: the spec sets the configured one). */
    private static KpuConfiguration configuration(ApplicationDetail live) {
        ParallelismConfigurationDescription p = ApplicationOverview.parallelism(live);
        if (p == null || p.parallelism() == null || p.parallelismPerKPU() == null || p.parallelism() < 1
                || p.parallelismPerKPU() < 1 || p.parallelismPerKPU() > KpuConfiguration.MAX_PARALLELISM_PER_KPU) {
            return null;
        }
        return KpuConfiguration.streaming(p.parallelism(), p.parallelismPerKPU());
    }

    private static String change(KpuConfiguration before, KpuConfiguration after) {
        List<String> changes = new ArrayList<>();
        if (before.parallelism() != after.parallelism()) {
            changes.add("parallelism " + before.parallelism() + " → " + after.parallelism());
        }
        if (before.parallelismPerKpu() != after.parallelismPerKpu()) {
            changes.add("parallelism per KPU " + before.parallelismPerKpu() + " → " + after.parallelismPerKpu());
        }
        return changes.isEmpty() ? null : String.join(", ", changes);
    }

    /** @return one phrase for people: "parallelism 4 → 8 adds $316.80/month ($330.00 → $646.80)" and the like */
    public String summary() {
        if (note != null) {
            return note;
        }
        String month = "/month";
        if (beforeUsd == null) {
            return "$" + afterUsd.toPlainString() + month + " (" + kpusAfter + " KPUs, " + region + " prices, "
                    + hours + " h)";
        }
        if (change == null) {
            return "$" + afterUsd.toPlainString() + month + ", unchanged (" + kpusAfter + " KPUs, " + region
                    + " prices)";
        }
        if (deltaUsd.signum() == 0) {
            return change + " costs the same: $" + afterUsd.toPlainString() + month + " (" + kpusAfter + " KPUs, "
                    + region + " prices)";
        }
        String effect = deltaUsd.signum() > 0 ? "adds $" + deltaUsd.toPlainString()
                : "saves $" + deltaUsd.negate().toPlainString();
        return change + " " + effect + month + " ($" + beforeUsd.toPlainString() + " → $" + afterUsd.toPlainString()
                + ", " + kpusBefore + " → " + kpusAfter + " KPUs, " + region + " prices)";
    }
}
