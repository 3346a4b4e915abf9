package dev.flinkctl.job.functions;

import dev.flinkctl.job.json.DeadLetterJson;
import dev.flinkctl.job.json.MalformedRecordException;
import dev.flinkctl.job.json.TransactionJson;
import dev.flinkctl.job.model.Transaction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Parses raw JSON records into transactions. A malformed record is not fatal: it is counted in
 * {@value JobMetrics#MALFORMED_RECORDS}, and emitted on {@link #DEAD_LETTERS} with the reason.
 */
public final class ParseTransactions extends ProcessFunction<String, Transaction> {
    private static final long serialVersionUID = 1L;

    /** Side output of malformed records as {@code {"error": ..., "record": ...}} JSON. */
    public static final OutputTag<String> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private transient Counter malformed;

    @Override
    public void open(OpenContext openContext) {
        malformed = JobMetrics.counter(getRuntimeContext().getMetricGroup(), JobMetrics.MALFORMED_RECORDS);
    }

    @Override
    public void processElement(String record, Context ctx, Collector<Transaction> out) {
        try {
            out.collect(TransactionJson.parse(record));
        } catch (MalformedRecordException e) {
            malformed.inc();
            ctx.output(DEAD_LETTERS, DeadLetterJson.write(e.getMessage(), record));
        }
    }
}
