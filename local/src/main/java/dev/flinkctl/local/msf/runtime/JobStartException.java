package dev.flinkctl.local.msf.runtime;

/** A job could not be built or submitted; the message is the readable cause, on one line. */
public final class JobStartException extends Exception {
    /** @param message the readable cause, e.g. the job's main() exception */
    public JobStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
