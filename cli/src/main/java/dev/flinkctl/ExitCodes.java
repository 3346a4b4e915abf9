package dev.flinkctl;

/**
 * The whole exit-code table of {@code flinkctl}. Every command returns one of these; the README documents them.
 */
public final class ExitCodes {
    /** The command (or the job it ran) succeeded. */
    public static final int OK = 0;
    /** The command or the job failed; also unexpected errors. */
    public static final int FAILED = 1;
    /** Bad input: unknown option, invalid value, bad spec file. picocli uses the same code for parse errors. */
    public static final int USAGE = 2;
    /**
     * {@code flinkctl plan} only: the plan has changes (Terraform's {@code -detailed-exitcode}). {@code plan} reports
     * bad input as {@link #FAILED} so that 2 means only this.
     */
    public static final int PLAN_HAS_CHANGES = 2;
    /** The named resource (application, snapshot, ...) does not exist; {@code local status}: nothing runs. */
    public static final int NOT_FOUND = 3;
    /** No usable AWS credentials, or access denied. */
    public static final int AWS_AUTH = 4;
    /** Waiting for a state change took longer than allowed. */
    public static final int TIMEOUT = 5;
    /**
     * Someone else changed the application first (ConcurrentModificationException, a version that moved since the
     * plan or preview), it is busy in another operation, or its status or settings do not allow the command (a
     * snapshot or rollback of an application that is not RUNNING, a rollback without a previous version or READY
     * snapshot, deleting a pinned snapshot); nothing was changed.
     */
    public static final int CONFLICT = 6;
    /** The deployed version failed the health gate and was rolled back to the previous version. */
    public static final int UNHEALTHY = 7;
    /** Interrupted by Ctrl-C (128 + SIGINT). */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
