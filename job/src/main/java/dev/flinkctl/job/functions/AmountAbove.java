package dev.flinkctl.job.functions;

import dev.flinkctl.job.model.Transaction;
import java.math.BigDecimal;
import org.apache.flink.api.common.functions.FilterFunction;

/** Keeps transactions whose amount is strictly above a threshold (any status). */
public final class AmountAbove implements FilterFunction<Transaction> {
    private static final long serialVersionUID = 1L;

    private final BigDecimal threshold;

    /** @param threshold the amount a transaction must exceed, in its currency */
    public AmountAbove(BigDecimal threshold) {
        this.threshold = threshold;
    }

    @Override
    public boolean filter(Transaction transaction) {
        return transaction.amount.compareTo(threshold) > 0;
    }
}
