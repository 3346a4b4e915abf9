package dev.flinkctl.job;

import dev.flinkctl.job.model.Transaction;
import dev.flinkctl.job.model.TransactionStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** Test fixtures: transactions on 2026-11-21 (UTC) with readable times. */
public final class Transactions {
    private Transactions() {}

    /** Epoch ms of {@code hh:mm:ss[.SSS]} on 2026-11-21 UTC. */
    public static long at(String time) {
        return Instant.parse("2026-11-21T" + time + (time.length() == 8 ? ".000Z" : "Z")).toEpochMilli();
    }

    /** An approved transaction in the US. */
    public static Transaction approved(String id, String card, String user, String amount, String time) {
        return transaction(id, card, user, amount, "US", TransactionStatus.APPROVED, time);
    }

    /** A declined transaction in the US. */
    public static Transaction declined(String id, String card, String user, String amount, String time) {
        return transaction(id, card, user, amount, "US", TransactionStatus.DECLINED, time);
    }

    /** An approved transaction in {@code country}. */
    public static Transaction in(String country, String id, String user, String time) {
        return transaction(id, "c-" + user, user, "10.00", country, TransactionStatus.APPROVED, time);
    }

    /** Any transaction. */
    public static Transaction transaction(
            String id, String card, String user, String amount, String country, TransactionStatus status, String time) {
        return new Transaction(id, card, user, new BigDecimal(amount), "USD", "m-1", country, status, at(time));
    }
}
