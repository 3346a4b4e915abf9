package dev.flinkctl.job;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Thresholds and windows of the four rules, read from property group {@value JobProperties#RULES}.
 * Amounts are in the transaction's currency; windows are Flink's epoch-aligned event-time windows.
 */
public final class RuleSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    /** HIGH_VALUE_BURST counts transactions with amount strictly above this (default 500.00). */
    public final BigDecimal highValueAmount;
    /** HIGH_VALUE_BURST alerts at this many high-value transactions per card and window (default 3). */
    public final long highValueMinCount;
    /** HIGH_VALUE_BURST tumbling window (default 10 min). */
    public final Duration highValueWindow;
    /** VELOCITY alerts when a user has more than this many transactions in a window (default 10). */
    public final long velocityMaxCount;
    /** VELOCITY tumbling window (default 5 min). */
    public final Duration velocityWindow;
    /** MULTI_COUNTRY alerts at this many distinct countries per user and window (default 2). */
    public final int multiCountryMinCountries;
    /** MULTI_COUNTRY sliding window size (default 1 h). */
    public final Duration multiCountryWindow;
    /** MULTI_COUNTRY slide (default 5 min). */
    public final Duration multiCountrySlide;
    /** DECLINED_THEN_APPROVED looks at approved transactions strictly above this (default 1000.00). */
    public final BigDecimal declinedThenApprovedAmount;
    /** DECLINED_THEN_APPROVED: how far before the approval a decline counts, inclusive (default 30 min). */
    public final Duration declinedThenApprovedLookback;

    private RuleSettings(PropertyGroup rules) {
        highValueAmount = rules.decimal("high-value-burst.min-amount", new BigDecimal("500.00"));
        highValueMinCount = rules.longValue("high-value-burst.min-count", 3);
        highValueWindow = rules.duration("high-value-burst.window", Duration.ofMinutes(10));
        velocityMaxCount = rules.longValue("velocity.max-count", 10);
        velocityWindow = rules.duration("velocity.window", Duration.ofMinutes(5));
        multiCountryMinCountries = (int) rules.longValue("multi-country.min-countries", 2);
        multiCountryWindow = rules.duration("multi-country.window", Duration.ofHours(1));
        multiCountrySlide = rules.duration("multi-country.slide", Duration.ofMinutes(5));
        declinedThenApprovedAmount = rules.decimal("declined-then-approved.min-amount", new BigDecimal("1000.00"));
        declinedThenApprovedLookback = rules.duration("declined-then-approved.lookback", Duration.ofMinutes(30));
        requirePositive(rules, "high-value-burst.window", highValueWindow);
        requirePositive(rules, "velocity.window", velocityWindow);
        requirePositive(rules, "multi-country.window", multiCountryWindow);
        requirePositive(rules, "multi-country.slide", multiCountrySlide);
        requirePositive(rules, "declined-then-approved.lookback", declinedThenApprovedLookback);
    }

    /** Reads the settings; absent keys take the defaults documented on each field. */
    public static RuleSettings from(PropertyGroup rules) {
        return new RuleSettings(rules);
    }

    /** The defaults of the rules. */
    public static RuleSettings defaults() {
        return new RuleSettings(new PropertyGroup(JobProperties.RULES, null));
    }

    private static void requirePositive(PropertyGroup group, String key, Duration value) {
        if (value.isZero() || value.isNegative()) {
            throw new JobConfigurationException(
                    "runtime property " + group.id() + "." + key + " must be longer than 0, e.g. 5min");
        }
    }
}
