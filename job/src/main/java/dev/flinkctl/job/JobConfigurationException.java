package dev.flinkctl.job;

/** A runtime property that is missing or has a bad value; the message names the group, key and fix. */
public class JobConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public JobConfigurationException(String message) {
        super(message);
    }
}
