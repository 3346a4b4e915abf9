package dev.flinkctl.billing;

import java.math.BigDecimal;

/**
 * What an autoscaling application may cost: at its configured parallelism, which autoscaling never goes below, and at
 * the most KPUs autoscaling may give it (https://docs.aws.amazon.com/managed-flink/latest/java/how-scaling-auto.html).
 *
 * @param low  the bill at the configured parallelism
 * @param high the bill at the autoscaling maximum
 */
public record CostRange(Bill low, Bill high) {

    /** @return the low end in USD */
    public BigDecimal lowUsd() {
        return low.totalUsd();
    }

    /** @return the high end in USD */
    public BigDecimal highUsd() {
        return high.totalUsd();
    }
}
