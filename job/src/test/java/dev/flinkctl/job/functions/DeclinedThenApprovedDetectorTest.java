package dev.flinkctl.job.functions;

import static dev.flinkctl.job.Transactions.approved;
import static dev.flinkctl.job.Transactions.at;
import static dev.flinkctl.job.Transactions.declined;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.job.FraudDetection;
import dev.flinkctl.job.RuleHarness;
import dev.flinkctl.job.RuleSettings;
import dev.flinkctl.job.model.Alert;
import dev.flinkctl.job.model.Rule;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** DECLINED_THEN_APPROVED in Flink's keyed operator harness. */
class DeclinedThenApprovedDetectorTest {
    private static final RuleSettings RULES = RuleSettings.defaults();

    @Test
    void alertsOnLargeApprovalWithinThirtyMinutesOfDeclines() throws Exception {
        try (RuleHarness rule = RuleHarness.of(FraudDetection::declinedThenApproved, RULES)) {
            rule.send(
                    declined("t-1", "c-1", "u-1", "50.00", "10:00:00"), // exactly 30 min before: counts
                    declined("t-2", "c-1", "u-1", "70.00", "10:20:00"),
                    declined("t-0", "c-1", "u-1", "70.00", "09:59:59.999"), // 30 min + 1 ms: too early
                    approved("t-3", "c-1", "u-1", "1500.00", "10:30:00"));
            rule.watermark(at("10:29:59.999"));
            assertThat(rule.alerts()).isEmpty(); // decided only once the watermark passes the approval
            rule.watermark(at("10:30:00"));
            assertThat(rule.alerts()).containsExactly(new Alert(Rule.DECLINED_THEN_APPROVED, "c-1",
                    at("10:00:00"), at("10:30:00"), 2, new BigDecimal("1500.00"), null, "t-3"));
            rule.watermark(at("11:00:00"));
            assertThat(rule.stateEntries()).isZero();
            assertThat(rule.timers()).isZero();
        }
    }

    @Test
    void seesDeclinesThatArriveAfterTheApprovalWithinTheWatermarkBound() throws Exception {
        try (RuleHarness rule = RuleHarness.of(FraudDetection::declinedThenApproved, RULES)) {
            rule.send(approved("t-2", "c-1", "u-1", "1000.01", "10:30:00"));
            rule.send(declined("t-1", "c-1", "u-1", "10.00", "10:29:58"));
            rule.watermark(at("10:30:00"));
            assertThat(rule.alerts()).containsExactly(new Alert(Rule.DECLINED_THEN_APPROVED, "c-1",
                    at("10:00:00"), at("10:30:00"), 1, new BigDecimal("1000.01"), null, "t-2"));
            rule.watermark(at("11:00:00"));
            assertThat(rule.stateEntries()).isZero();
            assertThat(rule.timers()).isZero();
        }
    }

    @Test
    void ignoresSmallApprovalsSimultaneousDeclinesAndOtherCards() throws Exception {
        try (RuleHarness rule = RuleHarness.of(FraudDetection::declinedThenApproved, RULES)) {
            rule.send(
                    declined("t-1", "c-1", "u-1", "10.00", "10:00:00"),
                    approved("t-2", "c-1", "u-1", "1000.00", "10:01:00"), // not above 1000.00
                    declined("t-3", "c-2", "u-2", "10.00", "10:05:00"),
                    approved("t-4", "c-2", "u-2", "5000.00", "10:05:00"), // same time: not strictly earlier
                    approved("t-5", "c-3", "u-3", "5000.00", "10:06:00")); // no decline on c-3
            rule.watermark(at("12:00:00"));
            assertThat(rule.alerts()).isEmpty();
            assertThat(rule.stateEntries()).isZero();
            assertThat(rule.timers()).isZero();
        }
    }

    @Test
    void oneAlertPerApprovalEvenAtTheSameMillisecond() throws Exception {
        try (RuleHarness rule = RuleHarness.of(FraudDetection::declinedThenApproved, RULES)) {
            rule.send(
                    declined("t-1", "c-1", "u-1", "10.00", "10:00:00"),
                    approved("t-2", "c-1", "u-1", "2000.00", "10:10:00"),
                    approved("t-3", "c-1", "u-1", "3000.00", "10:10:00"));
            rule.watermark(at("10:10:00"));
            assertThat(rule.alerts()).extracting(a -> a.transactionId).containsExactlyInAnyOrder("t-2", "t-3");
        }
    }
}
