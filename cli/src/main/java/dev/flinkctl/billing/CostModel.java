package dev.flinkctl.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Prices {@link Usage} in one Region: bills, estimates, autoscaling ranges and the difference between two
 * configurations, in USD.
 *
 * <p>Each amount is the exact quantity times the unit price, divided by the seconds of its unit (3600 for a KPU-hour,
 * 720 × 3600 for a GB-month) and rounded to the cent in that one division, as {@link Rounding} says: no intermediate
 * rounding, so no {@link java.math.MathContext} decides an amount.
 */
public final class CostModel {

    private final RegionPrice price;
    private final Rounding rounding;

    /**
     * @param price    the Region's prices
     * @param rounding how to round to the cent
     */
    public CostModel(RegionPrice price, Rounding rounding) {
        this.price = Objects.requireNonNull(price, "price");
        this.rounding = Objects.requireNonNull(rounding, "rounding");
    }

    /**
     * @param price the Region's prices
     * @return a model that rounds each line item up to the cent ({@link Rounding#LINE_ITEMS_UP}), as AWS's examples do
     */
    public static CostModel of(RegionPrice price) {
        return new CostModel(price, Rounding.LINE_ITEMS_UP);
    }

    /** @return the Region's prices */
    public RegionPrice price() {
        return price;
    }

    /** @return how amounts are rounded */
    public Rounding rounding() {
        return rounding;
    }

    /**
     * @param usage what was used
     * @return its bill: KPUs, running storage and backups line items and their total
     */
    public Bill bill(Usage usage) {
        List<Amount> amounts = List.of(
                new Amount(LineItem.KPUS, LineItem.KPU_HOUR, usage.kpuSeconds(), Usage.SECONDS_PER_HOUR,
                        price.kpuHourUsd()),
                new Amount(LineItem.RUNNING_STORAGE, LineItem.GB_MONTH, usage.runningStorageGbSeconds(),
                        Usage.SECONDS_PER_MONTH, price.runningStorageGbMonthUsd()),
                new Amount(LineItem.BACKUPS, LineItem.GB_MONTH, usage.backupGbSeconds(), Usage.SECONDS_PER_MONTH,
                        price.backupGbMonthUsd()));
        List<LineItem> items = amounts.stream().map(a -> a.lineItem(rounding.mode())).toList();
        return new Bill(price.region(), items, total(amounts, items), rounding);
    }

    /**
     * An application started once and running throughout {@code running}, with {@code backupGb} of snapshots held all
     * that time. For a month, pass {@link Meter#MONTH}; a run shorter than 10 minutes is billed as 10.
     *
     * @param config   its KPUs
     * @param running  how long it runs, e.g. {@link Meter#MONTH} (720 hours)
     * @param backupGb durable application backups held, in GB, zero or more
     * @return the estimate
     */
    public Bill estimate(KpuConfiguration config, Duration running, BigDecimal backupGb) {
        return bill(Meter.run(config, running).plus(Meter.backups(backupGb, running)));
    }

    /**
     * @param config   its KPUs
     * @param backupGb durable application backups held, in GB
     * @return the estimate for a month of 720 hours
     */
    public Bill monthly(KpuConfiguration config, BigDecimal backupGb) {
        return estimate(config, Meter.MONTH, backupGb);
    }

    /**
     * The range an autoscaling application may cost. Autoscaling never goes below the configured parallelism and never
     * above ParallelismPerKPU × the KPU quota (https://docs.aws.amazon.com/managed-flink/latest/java/how-scaling.html),
     * so the low end is {@code config} and the high end runs {@code maxKpus} application KPUs throughout. Doubling may
     * stop short of that maximum; this is the bound, not a forecast. Studio interactive mode does not autoscale
     * (how-scaling-auto.html): its range is one point.
     *
     * @param config   the configured parallelism and ParallelismPerKPU
     * @param maxKpus  the most application KPUs autoscaling may give it, e.g. {@link KpuConfiguration#DEFAULT_MAX_KPUS}
     * @param running  how long it runs
     * @param backupGb durable application backups held, in GB
     * @return the bills at both ends
     * @throws IllegalArgumentException when maxKpus is below the KPUs the configuration already needs
     */
    public CostRange autoscalingRange(KpuConfiguration config, int maxKpus, Duration running, BigDecimal backupGb) {
        if (maxKpus < config.applicationKpus()) {
            throw new IllegalArgumentException("the autoscaling maximum of " + maxKpus + " KPUs is below the "
                    + config.applicationKpus() + " KPUs parallelism " + config.parallelism() + " already needs");
        }
        KpuConfiguration highest = config.studioInteractive() ? config
                : config.withParallelism(Math.max(config.parallelism(), maxKpus * config.parallelismPerKpu()));
        return new CostRange(estimate(config, running, backupGb), estimate(highest, running, backupGb));
    }

    /**
     * What changing the configuration does to the bill over {@code running}, backups left out since they do not
     * depend on parallelism.
     *
     * @param before  the current configuration
     * @param after   the planned configuration
     * @param running how long it runs, e.g. {@link Meter#MONTH}
     * @return both bills; {@link CostDelta#deltaUsd()} is the difference
     */
    public CostDelta delta(KpuConfiguration before, KpuConfiguration after, Duration running) {
        return new CostDelta(estimate(before, running, BigDecimal.ZERO), estimate(after, running, BigDecimal.ZERO));
    }

    private BigDecimal total(List<Amount> amounts, List<LineItem> items) {
        if (rounding.totalFromExactAmounts()) {
            // Bring every exact amount over the month's seconds, so the sum is exact and rounds once.
            BigDecimal numerator = BigDecimal.ZERO;
            for (Amount a : amounts) {
                numerator = numerator.add(a.exactNumerator().multiply(
                        Usage.SECONDS_PER_MONTH.divide(a.secondsPerUnit(), RoundingMode.UNNECESSARY)));
            }
            return numerator.divide(Usage.SECONDS_PER_MONTH, 2, rounding.mode());
        }
        return items.stream().map(LineItem::amountUsd).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** One line before rounding: the amount is quantitySeconds × unitPrice / secondsPerUnit, exactly. */
    private record Amount(String name, String unit, BigDecimal quantitySeconds, BigDecimal secondsPerUnit,
                          BigDecimal unitPriceUsd) {

        BigDecimal exactNumerator() {
            return quantitySeconds.multiply(unitPriceUsd);
        }

        LineItem lineItem(RoundingMode mode) {
            return new LineItem(name, quantitySeconds.divide(secondsPerUnit, Usage.QUANTITY_PRECISION), unit,
                    unitPriceUsd, exactNumerator().divide(secondsPerUnit, 2, mode));
        }
    }
}
