package dev.flinkctl.billing;

import java.math.BigDecimal;

/**
 * One line of a {@link Bill}, as AWS's examples and Cost and Usage Report show them: so much of a unit at a unit
 * price.
 *
 * @param name         what is billed: {@link #KPUS}, {@link #RUNNING_STORAGE} or {@link #BACKUPS}
 * @param quantity     how much, in {@code unit}, to 34 significant digits (the amount is computed from the exact
 *                     quantity)
 * @param unit         {@link #KPU_HOUR} or {@link #GB_MONTH}
 * @param unitPriceUsd USD per unit
 * @param amountUsd    USD, rounded to the cent as the bill's {@link Rounding} says (scale 2)
 */
public record LineItem(String name, BigDecimal quantity, String unit, BigDecimal unitPriceUsd, BigDecimal amountUsd) {

    /** KPU-hours, orchestration KPUs included (Cost and Usage Report operation StartApplication). */
    public static final String KPUS = "KPUs";
    /** Running application storage, 50 GB per application KPU (operation StartApplication). */
    public static final String RUNNING_STORAGE = "Running application storage";
    /** Durable application backups, the snapshots held (operation CreateSnapshot). */
    public static final String BACKUPS = "Durable application backups";
    /** The unit of {@link #KPUS}. */
    public static final String KPU_HOUR = "KPU-hour";
    /** The unit of storage, in months of 720 hours. */
    public static final String GB_MONTH = "GB-month";
}
