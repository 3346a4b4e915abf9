package dev.flinkctl.job;

import dev.flinkctl.job.functions.AmountAbove;
import dev.flinkctl.job.functions.DeclinedThenApprovedDetector;
import dev.flinkctl.job.functions.DropLateTransactions;
import dev.flinkctl.job.functions.EagerBoundedOutOfOrderness;
import dev.flinkctl.job.functions.ParseTransactions;
import dev.flinkctl.job.functions.TransactionStatsAggregate;
import dev.flinkctl.job.functions.WindowedRuleAlert;
import dev.flinkctl.job.model.Alert;
import dev.flinkctl.job.model.Rule;
import dev.flinkctl.job.model.Transaction;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * The topology, as functions of streams (sources and sinks are wired by {@link FraudDetectionJob}).
 * Every operator has a stable uid: they name the state in savepoints, so renaming one drops its state
 * on the next restore.
 */
public final class FraudDetection {
    /** Operator uids. Changing one makes MSF unable to restore that operator's state from a snapshot. */
    public static final String PARSE_UID = "parse-transactions";
    public static final String WATERMARKS_UID = "event-time-watermarks";
    public static final String DROP_LATE_UID = "drop-late-transactions";
    public static final String HIGH_VALUE_FILTER_UID = "high-value-filter";
    public static final String HIGH_VALUE_BURST_UID = "high-value-burst-window";
    public static final String VELOCITY_UID = "velocity-window";
    public static final String MULTI_COUNTRY_UID = "multi-country-window";
    public static final String DECLINED_THEN_APPROVED_UID = "declined-then-approved";

    private FraudDetection() {}

    /**
     * Event time from {@code eventTime}, watermarks {@code outOfOrderness} behind the newest event and
     * emitted as they advance, and a split that stays silent for {@code idleness} no longer holds time back.
     */
    public static WatermarkStrategy<Transaction> watermarks(Duration outOfOrderness, Duration idleness) {
        return WatermarkStrategy.<Transaction>forGenerator(ctx -> new EagerBoundedOutOfOrderness<>(outOfOrderness))
                .withTimestampAssigner((transaction, previous) -> transaction.eventTime)
                .withIdleness(idleness);
    }

    /** Parses raw records; malformed ones go to the {@link ParseTransactions#DEAD_LETTERS} side output. */
    public static SingleOutputStreamOperator<Transaction> parse(DataStream<String> records) {
        return records.process(new ParseTransactions()).uid(PARSE_UID).name("Parse transactions");
    }

    /** Assigns event time and watermarks, then drops (and counts) transactions behind the watermark. */
    public static DataStream<Transaction> inEventTime(DataStream<Transaction> transactions, JobSettings job) {
        return transactions
                .assignTimestampsAndWatermarks(watermarks(job.outOfOrderness, job.idleness))
                .uid(WATERMARKS_UID)
                .name("Event time")
                .process(new DropLateTransactions())
                .uid(DROP_LATE_UID)
                .name("Drop late transactions");
    }

    /** All four rules over transactions already in event time; the union of their alerts. */
    public static DataStream<Alert> alerts(DataStream<Transaction> transactions, RuleSettings rules) {
        return highValueBurst(transactions, rules)
                .union(velocity(transactions, rules), multiCountry(transactions, rules), declinedThenApproved(transactions, rules));
    }

    /** HIGH_VALUE_BURST: per card and tumbling window, at least N transactions above the amount. */
    public static DataStream<Alert> highValueBurst(DataStream<Transaction> transactions, RuleSettings rules) {
        return transactions
                .filter(new AmountAbove(rules.highValueAmount))
                .uid(HIGH_VALUE_FILTER_UID)
                .name("High-value transactions")
                .keyBy(t -> t.cardId, Types.STRING)
                .window(TumblingEventTimeWindows.of(rules.highValueWindow))
                .aggregate(new TransactionStatsAggregate(false),
                        new WindowedRuleAlert(Rule.HIGH_VALUE_BURST, rules.highValueMinCount, 0))
                .uid(HIGH_VALUE_BURST_UID)
                .name("HIGH_VALUE_BURST");
    }

    /** VELOCITY: per user and tumbling window, more than N transactions of any status. */
    public static DataStream<Alert> velocity(DataStream<Transaction> transactions, RuleSettings rules) {
        return transactions
                .keyBy(t -> t.userId, Types.STRING)
                .window(TumblingEventTimeWindows.of(rules.velocityWindow))
                .aggregate(new TransactionStatsAggregate(false),
                        new WindowedRuleAlert(Rule.VELOCITY, rules.velocityMaxCount + 1, 0))
                .uid(VELOCITY_UID)
                .name("VELOCITY");
    }

    /** MULTI_COUNTRY: per user and sliding window, N or more distinct countries. */
    public static DataStream<Alert> multiCountry(DataStream<Transaction> transactions, RuleSettings rules) {
        return transactions
                .keyBy(t -> t.userId, Types.STRING)
                .window(SlidingEventTimeWindows.of(rules.multiCountryWindow, rules.multiCountrySlide))
                .aggregate(new TransactionStatsAggregate(true),
                        new WindowedRuleAlert(Rule.MULTI_COUNTRY, 1, rules.multiCountryMinCountries))
                .uid(MULTI_COUNTRY_UID)
                .name("MULTI_COUNTRY");
    }

    /** DECLINED_THEN_APPROVED: per card, a large approval shortly after a decline. */
    public static DataStream<Alert> declinedThenApproved(DataStream<Transaction> transactions, RuleSettings rules) {
        return transactions
                .keyBy(t -> t.cardId, Types.STRING)
                .process(new DeclinedThenApprovedDetector(
                        rules.declinedThenApprovedAmount, rules.declinedThenApprovedLookback))
                .uid(DECLINED_THEN_APPROVED_UID)
                .name("DECLINED_THEN_APPROVED");
    }
}
