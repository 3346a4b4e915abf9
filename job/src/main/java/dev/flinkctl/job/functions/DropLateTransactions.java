package dev.flinkctl.job.functions;

import dev.flinkctl.job.model.Transaction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Drops transactions whose event time is at or behind the current watermark, counting them in
 * {@value JobMetrics#LATE_RECORDS}; the rest go on and are counted in {@value
 * JobMetrics#TRANSACTIONS_SCORED}. Doing it once here, right after the watermarks are assigned,
 * gives every rule the same definition of late: downstream watermarks are never ahead of this
 * operator's, so no rule sees a late event of its own.
 */
public final class DropLateTransactions extends ProcessFunction<Transaction, Transaction> {
    private static final long serialVersionUID = 1L;

    private transient Counter late;
    private transient Counter scored;

    @Override
    public void open(OpenContext openContext) {
        late = JobMetrics.counter(getRuntimeContext().getMetricGroup(), JobMetrics.LATE_RECORDS);
        scored = JobMetrics.counter(getRuntimeContext().getMetricGroup(), JobMetrics.TRANSACTIONS_SCORED);
    }

    @Override
    public void processElement(Transaction transaction, Context ctx, Collector<Transaction> out) {
        if (ctx.timestamp() <= ctx.timerService().currentWatermark()) {
            late.inc();
        } else {
            scored.inc();
            out.collect(transaction);
        }
    }
}
