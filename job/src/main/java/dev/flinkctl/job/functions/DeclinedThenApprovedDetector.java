package dev.flinkctl.job.functions;

import dev.flinkctl.job.model.Alert;
import dev.flinkctl.job.model.Rule;
import dev.flinkctl.job.model.Transaction;
import dev.flinkctl.job.model.TransactionStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * DECLINED_THEN_APPROVED, keyed by card: alerts on an APPROVED transaction above an amount when the
 * same card had at least one DECLINED transaction strictly earlier and at most {@code lookback}
 * earlier (event time).
 *
 * <p>Events may arrive out of order within the watermark bound, so nothing is decided on arrival: a
 * large approval waits in state for an event-time timer at its own time. When the watermark passes
 * it, every decline that can still count has arrived (later ones would be behind the watermark and
 * dropped upstream). Declines are kept as counts per millisecond until no future approval can reach
 * them, so state per card stays at most one lookback window wide, and is empty once time moves on.
 */
public final class DeclinedThenApprovedDetector extends KeyedProcessFunction<String, Transaction, Alert> {
    private static final long serialVersionUID = 1L;

    private final BigDecimal minApprovedAmount;
    private final long lookbackMillis;

    /** Declines by event time (ms) → how many at that millisecond. Descriptor name "declined". */
    private transient MapState<Long, Integer> declined;
    /** Large approvals waiting for the watermark, by event time (ms). Descriptor name "pending-approvals". */
    private transient MapState<Long, List<Transaction>> pendingApprovals;

    /**
     * @param minApprovedAmount approvals strictly above this amount are checked
     * @param lookback how long before an approval a decline counts (inclusive)
     */
    public DeclinedThenApprovedDetector(BigDecimal minApprovedAmount, Duration lookback) {
        this.minApprovedAmount = minApprovedAmount;
        this.lookbackMillis = lookback.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        declined = getRuntimeContext().getMapState(new MapStateDescriptor<>("declined", Types.LONG, Types.INT));
        pendingApprovals = getRuntimeContext().getMapState(new MapStateDescriptor<>(
                "pending-approvals", Types.LONG, Types.LIST(TypeInformation.of(Transaction.class))));
    }

    @Override
    public void processElement(Transaction tx, Context ctx, Collector<Alert> out) throws Exception {
        long at = tx.eventTime;
        if (tx.status == TransactionStatus.DECLINED) {
            Integer seen = declined.get(at);
            declined.put(at, seen == null ? 1 : seen + 1);
            // The last approval this decline can count for is at + lookback: forget it after that.
            ctx.timerService().registerEventTimeTimer(at + lookbackMillis);
        } else if (tx.amount.compareTo(minApprovedAmount) > 0) {
            List<Transaction> waiting = pendingApprovals.get(at);
            List<Transaction> updated = waiting == null ? new ArrayList<>(1) : new ArrayList<>(waiting);
            updated.add(tx);
            pendingApprovals.put(at, updated);
            ctx.timerService().registerEventTimeTimer(at);
        }
    }

    @Override
    public void onTimer(long time, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        List<Transaction> approvals = pendingApprovals.get(time);
        if (approvals != null) {
            long declines = declinesIn(time - lookbackMillis, time);
            if (declines > 0) {
                for (Transaction approved : approvals) {
                    out.collect(new Alert(
                            Rule.DECLINED_THEN_APPROVED,
                            ctx.getCurrentKey(),
                            time - lookbackMillis,
                            time,
                            declines,
                            approved.amount,
                            null,
                            approved.transactionId));
                }
            }
            pendingApprovals.remove(time);
        }
        forgetDeclinesUpTo(time - lookbackMillis);
    }

    /** Declines with event time in [from, to). */
    private long declinesIn(long from, long to) throws Exception {
        long count = 0;
        for (Map.Entry<Long, Integer> entry : declined.entries()) {
            if (entry.getKey() >= from && entry.getKey() < to) {
                count += entry.getValue();
            }
        }
        return count;
    }

    /** Removes declines at or before {@code until}: every approval still to come is later than until + lookback. */
    private void forgetDeclinesUpTo(long until) throws Exception {
        List<Long> expired = new ArrayList<>();
        for (Long at : declined.keys()) {
            if (at <= until) {
                expired.add(at);
            }
        }
        for (Long at : expired) {
            declined.remove(at);
        }
    }
}
