package dev.flinkctl;

/**
 * The one exception type of flinkctl: a one-line, user-facing message and the exit code it maps to.
 * {@link ErrorHandler} prints {@code flinkctl: <message>} and exits with {@link #exitCode()}.
 */
public final class FlinkctlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode one of {@link ExitCodes}
     * @param message  one line that names the problem and the fix, without a trailing period
     */
    public FlinkctlException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /**
     * @param exitCode one of {@link ExitCodes}
     * @param message  one line that names the problem and the fix
     * @param cause    the underlying error, printed only with {@code --verbose}
     */
    public FlinkctlException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** @return the process exit code, one of {@link ExitCodes} */
    public int exitCode() {
        return exitCode;
    }
}
