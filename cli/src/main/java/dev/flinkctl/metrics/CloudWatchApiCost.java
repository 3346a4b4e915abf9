package dev.flinkctl.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * What reading metrics costs on AWS: CloudWatch bills {@code GetMetricData} at USD 0.01 per 1,000 metrics requested
 * (us-east-1 list price; other regions differ slightly, and the free tier does not cover GetMetricData).
 *
 * @see <a href="https://aws.amazon.com/cloudwatch/pricing/">Amazon CloudWatch pricing, "API" (GetMetricData: $0.01 per
 *     1,000 metrics requested)</a>
 */
public final class CloudWatchApiCost {
    /** USD per 1,000 metrics requested through GetMetricData (us-east-1). */
    public static final BigDecimal USD_PER_1000_METRICS = new BigDecimal("0.01");

    private CloudWatchApiCost() {}

    /**
     * @param metrics how many metrics each refresh requests (one GetMetricData call)
     * @param refresh the time between refreshes, positive
     * @return USD per hour of tailing, to 4 decimals (rounded up)
     */
    public static BigDecimal tailPerHour(int metrics, Duration refresh) {
        BigDecimal refreshesPerHour = BigDecimal.valueOf(3_600_000).divide(BigDecimal.valueOf(refresh.toMillis()), 6,
                RoundingMode.HALF_UP);
        return USD_PER_1000_METRICS.multiply(BigDecimal.valueOf(metrics)).multiply(refreshesPerHour)
                .divide(BigDecimal.valueOf(1000), 4, RoundingMode.UP);
    }
}
