package dev.flinkctl.lint;

/** How bad a {@link Finding} is: an ERROR stops {@code flinkctl package} before anything is uploaded. */
public enum Severity {
    /** MSF rejects the jar or the job fails to start or restore. */
    ERROR,
    /** The job probably runs, but something is likely to hurt later (lost state, a slow start, a surprise). */
    WARNING,
    /** Worth knowing; nothing to fix. */
    INFO
}
