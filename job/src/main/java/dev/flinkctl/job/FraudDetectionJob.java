package dev.flinkctl.job;

import dev.flinkctl.job.functions.ParseTransactions;
import dev.flinkctl.job.io.Sinks;
import dev.flinkctl.job.io.TransactionSources;
import dev.flinkctl.job.json.AlertJson;
import dev.flinkctl.job.json.TransactionJson;
import dev.flinkctl.job.model.Transaction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fraud-detection job flinkctl deploys by default: card transactions (JSON) in, fraud alerts
 * (JSON) out. Sources, sinks and thresholds come from runtime properties ({@link JobProperties}); the
 * README lists every group and key.
 */
public final class FraudDetectionJob {
    private static final Logger LOG = LoggerFactory.getLogger(FraudDetectionJob.class);

    /** Job name shown by Flink and MSF. */
    public static final String NAME = "flinkctl fraud detection";
    /** Operator uids of the outputs. */
    public static final String ALERTS_JSON_UID = "alerts-json";
    public static final String ALERTS_SINK_UID = "alerts-sink";
    public static final String TRANSACTIONS_JSON_UID = "transactions-json";
    public static final String DEAD_LETTER_SINK_UID = "dead-letter-sink";

    private FraudDetectionJob() {}

    /** Entry point: {@code [--properties application_properties.json]}. */
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobProperties properties = JobProperties.load(args);
        // Keys only: values may be secrets.
        LOG.info("Runtime property groups and keys: {}", properties.keysByGroup());
        build(env, properties);
        env.execute(NAME);
    }

    /**
     * Adds the whole job to {@code env}: source, parsing, rules (or the pass-through pipeline), sinks.
     *
     * @throws JobConfigurationException when a runtime property is missing or invalid
     */
    public static void build(StreamExecutionEnvironment env, JobProperties properties) {
        JobSettings job = JobSettings.from(properties.group(JobProperties.JOB));
        RuleSettings rules = RuleSettings.from(properties.group(JobProperties.RULES));
        if (!env.getCheckpointConfig().isCheckpointingEnabled()) {
            env.enableCheckpointing(job.checkpointInterval.toMillis(), CheckpointingMode.EXACTLY_ONCE);
        }
        DataStream<String> records = TransactionSources.create(env, properties.group(JobProperties.SOURCE));
        SingleOutputStreamOperator<Transaction> transactions = FraudDetection.parse(records);
        Sinks.attach(transactions.getSideOutput(ParseTransactions.DEAD_LETTERS),
                properties.group(JobProperties.DEAD_LETTER_SINK), Sinks.Type.NONE, DEAD_LETTER_SINK_UID, "dead-letters");

        DataStream<String> output;
        if (job.pipeline == JobSettings.Pipeline.PASSTHROUGH) {
            output = transactions.map(TransactionJson::write, Types.STRING)
                    .uid(TRANSACTIONS_JSON_UID)
                    .name("Transactions to JSON");
        } else {
            output = FraudDetection.alerts(FraudDetection.inEventTime(transactions, job), rules)
                    .map(AlertJson::write, Types.STRING)
                    .uid(ALERTS_JSON_UID)
                    .name("Alerts to JSON");
        }
        Sinks.attach(output, properties.group(JobProperties.SINK), Sinks.Type.STDOUT, ALERTS_SINK_UID, "alerts");
    }
}
