package dev.flinkctl.job.json;

/** A record that cannot be read as a transaction; the message says why in one line. */
public class MalformedRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line reason such as {@code "missing field 'amount'"}. */
    public MalformedRecordException(String reason) {
        super(reason, null, false, false);
    }
}
