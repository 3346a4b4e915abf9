package dev.flinkctl.job.functions;

import static dev.flinkctl.job.Transactions.approved;
import static dev.flinkctl.job.Transactions.at;
import static dev.flinkctl.job.Transactions.declined;
import static dev.flinkctl.job.Transactions.in;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.job.FraudDetection;
import dev.flinkctl.job.RuleHarness;
import dev.flinkctl.job.RuleSettings;
import dev.flinkctl.job.model.Alert;
import dev.flinkctl.job.model.Rule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three windowed rules in Flink's keyed operator harness: output, then state and timers gone. */
class WindowedRulesTest {
    private static final RuleSettings RULES = RuleSettings.defaults();

    @Test
    void highValueBurstAlertsOncePerCardAndWindowWithCountAndSum() throws Exception {
        try (RuleHarness rule = RuleHarness.of(FraudDetection::highValueBurst, RULES)) {
            rule.send(
                    approved("t-1", "c-1", "u-1", "612.50", "10:11:00"),
                    approved("t-2", "c-1", "u-1", "600.00", "10:12:00"),
                    approved("t-3", "c-2", "u-2", "900.00", "10:13:00"),
                    approved("t-4", "c-1", "u-1", "625.00", "10:19:59.999"),
                    approved("t-5", "c-1", "u-1", "700.00", "10:20:00")); // next window
            rule.watermark(at("10:19:59.998"));
            assertThat(rule.alerts()).isEmpty();
            rule.watermark(at("10:19:59.999"));
            assertThat(rule.alerts()).containsExactly(new Alert(Rule.HIGH_VALUE_BURST, "c-1",
                    at("10:10:00"), at("10:20:00"), 3, new BigDecimal("1837.50"), null, null));
            rule.watermark(at("10:30:00"));
            assertThat(rule.alerts()).isEmpty();
            assertThat(rule.stateEntries()).isZero();
            assertThat(rule.timers()).isZero();
        }
    }

    @Test
    void highValueBurstNeedsThreeTransactionsInOneWindow() throws Exception {
        try (RuleHarness rule = RuleHarness.of(FraudDetection::highValueBurst, RULES)) {
            rule.send(
                    approved("t-1", "c-1", "u-1", "612.50", "10:18:00"),
                    approved("t-2", "c-1", "u-1", "600.00", "10:19:00"),
                    approved("t-3", "c-1", "u-1", "625.00", "10:21:00")); // straddles 10:20
            rule.watermark(at("11:00:00"));
            assertThat(rule.alerts()).isEmpty();
            assertThat(rule.stateEntries()).isZero();
        }
    }

    @Test
    void amountAboveIsStrict() {
        AmountAbove above500 = new AmountAbove(new BigDecimal("500.00"));
        assertThat(above500.filter(approved("t-1", "c-1", "u-1", "500.00", "10:00:00"))).isFalse();
        assertThat(above500.filter(approved("t-1", "c-1", "u-1", "500.01", "10:00:00"))).isTrue();
        assertThat(above500.filter(declined("t-1", "c-1", "u-1", "900.00", "10:00:00"))).isTrue();
    }

    @Test
    void velocityAlertsAboveTenTransactionsOfAnyStatus() throws Exception {
        try (RuleHarness rule = RuleHarness.of(FraudDetection::velocity, RULES)) {
            for (int i = 0; i < 10; i++) {
                rule.send(approved("a-" + i, "c-1", "u-1", "1.00", "10:0" + (i % 5) + ":00"));
                rule.send(approved("b-" + i, "c-2", "u-2", "1.00", "10:0" + (i % 5) + ":00"));
            }
            rule.send(declined("a-10", "c-9", "u-1", "2.50", "10:04:59.999")); // 11th for u-1
            rule.watermark(at("10:05:00"));
            List<Alert> alerts = rule.alerts();
            assertThat(alerts).containsExactly(new Alert(Rule.VELOCITY, "u-1",
                    at("10:00:00"), at("10:05:00"), 11, new BigDecimal("12.50"), null, null));
            assertThat(rule.stateEntries()).isZero();
            assertThat(rule.timers()).isZero();
        }
    }

    @Test
    void multiCountryAlertsInEverySlidingWindowHoldingTwoCountries() throws Exception {
        try (RuleHarness rule = RuleHarness.of(FraudDetection::multiCountry, RULES)) {
            rule.send(in("US", "t-1", "u-1", "10:02:00"), in("FR", "t-2", "u-1", "10:07:00"),
                    in("US", "t-3", "u-2", "10:03:00"), in("US", "t-4", "u-2", "10:08:00"));
            rule.watermark(at("12:00:00"));
            List<Alert> alerts = rule.alerts();
            // Windows of 1 h every 5 min holding both 10:02 and 10:07 start at 09:10 ... 10:00: 11 windows.
            assertThat(alerts).hasSize(11).allSatisfy(alert -> {
                assertThat(alert.rule).isEqualTo(Rule.MULTI_COUNTRY);
                assertThat(alert.key).isEqualTo("u-1");
                assertThat(alert.countries).containsExactly("FR", "US");
                assertThat(alert.transactionCount).isEqualTo(2);
                assertThat(alert.totalAmount).isEqualTo(new BigDecimal("20.00"));
            });
            assertThat(alerts).extracting(a -> a.windowStart).contains(at("09:10:00"), at("10:00:00"));
            assertThat(alerts).contains(new Alert(Rule.MULTI_COUNTRY, "u-1", at("10:00:00"), at("11:00:00"), 2,
                    new BigDecimal("20.00"), List.of("FR", "US"), null));
            assertThat(rule.stateEntries()).isZero();
            assertThat(rule.timers()).isZero();
        }
    }
}
