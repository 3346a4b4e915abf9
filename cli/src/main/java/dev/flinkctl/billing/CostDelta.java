package dev.flinkctl.billing;

import java.math.BigDecimal;

/**
 * What a configuration change does to the bill over the same running time, for {@code plan}: "parallelism 4 → 8 adds
 * $…/month".
 *
 * @param before the bill of the current configuration
 * @param after  the bill of the planned configuration
 */
public record CostDelta(Bill before, Bill after) {

    /** @return after − before in USD (scale 2): positive when the change costs more, negative when it saves */
    public BigDecimal deltaUsd() {
        return after.totalUsd().subtract(before.totalUsd());
    }
}
