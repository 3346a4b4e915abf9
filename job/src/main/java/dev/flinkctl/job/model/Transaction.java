package dev.flinkctl.job.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One card transaction. A Flink POJO (public fields, no-arg constructor) so that state and network
 * exchanges use Flink's POJO serializer rather than Kryo.
 */
public class Transaction {
    public String transactionId;
    public String cardId;
    public String userId;
    /** Amount in {@link #currency}, scale 2. */
    public BigDecimal amount;
    public String currency;
    public String merchantId;
    /** ISO 3166 country code as sent by the source. */
    public String country;
    public TransactionStatus status;
    /** Event time, epoch milliseconds UTC. */
    public long eventTime;

    /** For Flink's POJO serializer. */
    public Transaction() {}

    /** Creates a transaction with every field set; {@code eventTime} in epoch ms. */
    public Transaction(
            String transactionId,
            String cardId,
            String userId,
            BigDecimal amount,
            String currency,
            String merchantId,
            String country,
            TransactionStatus status,
            long eventTime) {
        this.transactionId = transactionId;
        this.cardId = cardId;
        this.userId = userId;
        this.amount = amount;
        this.currency = currency;
        this.merchantId = merchantId;
        this.country = country;
        this.status = status;
        this.eventTime = eventTime;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Transaction)) {
            return false;
        }
        Transaction t = (Transaction) o;
        return eventTime == t.eventTime
                && Objects.equals(transactionId, t.transactionId)
                && Objects.equals(cardId, t.cardId)
                && Objects.equals(userId, t.userId)
                && Objects.equals(amount, t.amount)
                && Objects.equals(currency, t.currency)
                && Objects.equals(merchantId, t.merchantId)
                && Objects.equals(country, t.country)
                && status == t.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(transactionId, cardId, userId, amount, currency, merchantId, country, status, eventTime);
    }

    @Override
    public String toString() {
        return "Transaction{" + transactionId + ", card=" + cardId + ", user=" + userId + ", " + amount + " "
                + currency + ", " + country + ", " + status + ", t=" + eventTime + "}";
    }
}
