package dev.flinkctl.local.msf.runtime;

/**
 * A job's state at one moment.
 *
 * @param status Flink's job status name (e.g. {@code RUNNING}, {@code RESTARTING}, {@code FAILED})
 * @param allTasksRunning whether every task is running (or already finished)
 * @param terminal whether the job has ended (finished, failed or cancelled) for good
 * @param lastFailureAtMs when the latest failure happened (epoch ms), or 0 when it never failed
 * @param lastFailure the latest failure's exception, on one line, or null
 */
public record JobHealth(String status, boolean allTasksRunning, boolean terminal, long lastFailureAtMs, String lastFailure) {

    /** Whether the job ended without failing or being cancelled (a bounded job that is done). */
    public boolean finished() {
        return "FINISHED".equals(status);
    }
}
