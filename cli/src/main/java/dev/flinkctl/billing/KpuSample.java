package dev.flinkctl.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One hourly datapoint of the CloudWatch {@code KPUs} metric (namespace {@code AWS/KinesisAnalytics}, dimension
 * {@code Application}): "the total number of KPUs used by the application", orchestration KPU included, published
 * once per billing period of one hour; read it with MAX (or AVG) over a one-hour period
 * (https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html).
 *
 * @param hour the start of the hour the datapoint covers
 * @param kpus KPUs that hour, orchestration included, zero or more (AVG may be fractional)
 */
public record KpuSample(Instant hour, BigDecimal kpus) {

    /** @throws IllegalArgumentException when kpus is negative */
    public KpuSample {
        Objects.requireNonNull(hour, "hour");
        if (kpus == null || kpus.signum() < 0) {
            throw new IllegalArgumentException("KPUs must be zero or more, not " + kpus);
        }
    }

    /**
     * @param hour the start of the hour
     * @param kpus KPUs that hour, orchestration included
     * @return the sample
     */
    public static KpuSample of(Instant hour, long kpus) {
        return new KpuSample(hour, BigDecimal.valueOf(kpus));
    }
}
