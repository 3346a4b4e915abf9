package dev.flinkctl.job.functions;

import dev.flinkctl.job.model.Transaction;
import dev.flinkctl.job.model.TransactionStats;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Counts and sums the transactions of a window, and optionally collects their distinct countries. */
public final class TransactionStatsAggregate implements AggregateFunction<Transaction, TransactionStats, TransactionStats> {
    private static final long serialVersionUID = 1L;

    private final boolean trackCountries;

    /** @param trackCountries whether to collect the sorted distinct countries (MULTI_COUNTRY) */
    public TransactionStatsAggregate(boolean trackCountries) {
        this.trackCountries = trackCountries;
    }

    @Override
    public TransactionStats createAccumulator() {
        return TransactionStats.empty(trackCountries);
    }

    @Override
    public TransactionStats add(Transaction transaction, TransactionStats stats) {
        stats.add(transaction);
        return stats;
    }

    @Override
    public TransactionStats getResult(TransactionStats stats) {
        return stats;
    }

    @Override
    public TransactionStats merge(TransactionStats a, TransactionStats b) {
        a.merge(b);
        return a;
    }
}
