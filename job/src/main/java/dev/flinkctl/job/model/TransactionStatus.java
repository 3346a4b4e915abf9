package dev.flinkctl.job.model;

/** The card network's decision on a transaction, as sent in the {@code status} field. */
public enum TransactionStatus {
    APPROVED,
    DECLINED
}
