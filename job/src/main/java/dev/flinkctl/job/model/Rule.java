package dev.flinkctl.job.model;

/** The fraud rules the job scores transactions with; the name is the {@code rule} field of an alert. */
public enum Rule {
    /** At least N transactions above an amount on one card in a tumbling window. */
    HIGH_VALUE_BURST,
    /** More than N transactions of one user in a tumbling window. */
    VELOCITY,
    /** N or more distinct countries for one user in a sliding window. */
    MULTI_COUNTRY,
    /** A large approved transaction shortly after a declined one on the same card. */
    DECLINED_THEN_APPROVED
}
