package dev.flinkctl.job;

import dev.flinkctl.job.model.Alert;
import dev.flinkctl.job.model.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/**
 * Runs the keyed operator of one rule, exactly as {@link FraudDetection} builds it, in Flink's keyed
 * operator test harness: feed transactions and watermarks, read alerts, state and timers.
 */
public final class RuleHarness implements AutoCloseable {
    private final KeyedOneInputStreamOperatorTestHarness<Object, Transaction, Alert> harness;

    @SuppressWarnings("unchecked")
    private RuleHarness(OneInputTransformation<Transaction, Alert> rule) throws Exception {
        harness = new KeyedOneInputStreamOperatorTestHarness<>(
                rule.getOperatorFactory(),
                (KeySelector<Transaction, Object>) rule.getStateKeySelector(),
                (TypeInformation<Object>) rule.getStateKeyType());
        harness.open();
    }

    /** The harness of the rule that {@code rule} adds (e.g. {@code FraudDetection::velocity}). */
    @SuppressWarnings("unchecked")
    public static RuleHarness of(
            BiFunction<DataStream<Transaction>, RuleSettings, DataStream<Alert>> rule, RuleSettings settings)
            throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<Transaction> input = env.fromData(Transaction.class, Transactions.approved("t-0", "c-0", "u-0", "1.00", "00:00:00"));
        DataStream<Alert> alerts = rule.apply(input, settings);
        return new RuleHarness((OneInputTransformation<Transaction, Alert>) alerts.getTransformation());
    }

    /** Processes transactions with their event time as the record timestamp. */
    public RuleHarness send(Transaction... transactions) throws Exception {
        for (Transaction t : transactions) {
            harness.processElement(new StreamRecord<>(t, t.eventTime));
        }
        return this;
    }

    /** Advances event time. */
    public RuleHarness watermark(long epochMillis) throws Exception {
        harness.processWatermark(new Watermark(epochMillis));
        return this;
    }

    /** Alerts emitted so far, and forgets them. */
    public List<Alert> alerts() {
        List<Alert> alerts = new ArrayList<>(harness.extractOutputValues());
        harness.getOutput().clear();
        return alerts;
    }

    /** Keyed state entries held, all keys and namespaces. */
    public int stateEntries() {
        return harness.numKeyedStateEntries();
    }

    /** Event-time timers registered. */
    public int timers() {
        return harness.numEventTimeTimers();
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
