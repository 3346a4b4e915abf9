package dev.flinkctl.billing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What an application used, in the exact units the meter counts: KPU-seconds and GB-seconds. Kept in seconds (finite
 * decimals, never divided) so that {@link CostModel} can multiply by the price before it divides by an hour or a
 * month and rounds once, exactly; dividing first would let a recurring fraction such as 2/3 of an hour land a cent too
 * high under ceiling rounding.
 *
 * @param kpuSeconds              KPUs × seconds billed, orchestration KPUs included
 * @param runningStorageGbSeconds GB of running application storage × seconds billed (50 GB per application KPU)
 * @param backupGbSeconds         GB of durable application backups (snapshots) × seconds held
 */
public record Usage(BigDecimal kpuSeconds, BigDecimal runningStorageGbSeconds, BigDecimal backupGbSeconds) {

    /** Nothing used. */
    public static final Usage NONE = new Usage(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Seconds in an hour: KPU-hours are KPU-seconds / 3600. */
    public static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    /**
     * Seconds in the month GB-months are counted in: 720 hours (30 days), as AWS's worked examples prorate storage
     * ("450 min × 100 GB → 1.042 GB-month", https://docs.aws.amazon.com/managed-flink/latest/java/how-pricing.html).
     */
    public static final BigDecimal SECONDS_PER_MONTH = BigDecimal.valueOf(720L * 3600);
    /**
     * Precision of the derived quantities ({@link #kpuHours()} and the GB-months), 34 digits: they are shown, never
     * used for amounts.
     */
    public static final MathContext QUANTITY_PRECISION = MathContext.DECIMAL128;

    /** @throws IllegalArgumentException when a quantity is null or negative */
    public Usage {
        requireNonNegative(kpuSeconds, "KPU-seconds");
        requireNonNegative(runningStorageGbSeconds, "running storage GB-seconds");
        requireNonNegative(backupGbSeconds, "backup GB-seconds");
    }

    /**
     * @param other more usage
     * @return both added up
     */
    public Usage plus(Usage other) {
        return new Usage(kpuSeconds.add(other.kpuSeconds), runningStorageGbSeconds.add(other.runningStorageGbSeconds),
                backupGbSeconds.add(other.backupGbSeconds));
    }

    /** @return KPU-hours, to 34 significant digits */
    public BigDecimal kpuHours() {
        return kpuSeconds.divide(SECONDS_PER_HOUR, QUANTITY_PRECISION);
    }

    /** @return running application storage in GB-months of 720 hours, to 34 significant digits */
    public BigDecimal runningStorageGbMonths() {
        return runningStorageGbSeconds.divide(SECONDS_PER_MONTH, QUANTITY_PRECISION);
    }

    /** @return durable application backups in GB-months of 720 hours, to 34 significant digits */
    public BigDecimal backupGbMonths() {
        return backupGbSeconds.divide(SECONDS_PER_MONTH, QUANTITY_PRECISION);
    }

    private static void requireNonNegative(BigDecimal value, String what) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException(what + " must be zero or more, not " + value);
        }
    }
}
