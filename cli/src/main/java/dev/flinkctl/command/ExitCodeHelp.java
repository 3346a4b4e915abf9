package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;

/**
 * Lines of the "Exit codes" section of the usage help and man pages, in picocli's {@code exitCodeList} form
 * {@code "CODE:meaning"}. The numbers come from {@link ExitCodes}, so they are never retyped: a command lists the
 * codes it can return, from the shared lines below (the README's wording) or a prefix plus its own meaning, e.g.
 * {@code ExitCodeHelp.OK + "deleted"}. Codes are padded to three characters so that they line up above 130.
 */
public final class ExitCodeHelp {
    /** Prefix of the line for {@link ExitCodes#OK}: add what success means for the command. */
    public static final String OK = "  " + ExitCodes.OK + ":";
    /** Prefix of the line for {@link ExitCodes#FAILED}. */
    public static final String FAILED = "  " + ExitCodes.FAILED + ":";
    /** Prefix of the line for {@link ExitCodes#USAGE}. */
    public static final String USAGE = "  " + ExitCodes.USAGE + ":";
    /** Prefix of the line for {@link ExitCodes#NOT_FOUND}. */
    public static final String NOT_FOUND = "  " + ExitCodes.NOT_FOUND + ":";
    /** Prefix of the line for {@link ExitCodes#AWS_AUTH}. */
    public static final String AWS_AUTH = "  " + ExitCodes.AWS_AUTH + ":";
    /** Prefix of the line for {@link ExitCodes#TIMEOUT}. */
    public static final String TIMEOUT = "  " + ExitCodes.TIMEOUT + ":";
    /** Prefix of the line for {@link ExitCodes#CONFLICT}. */
    public static final String CONFLICT = "  " + ExitCodes.CONFLICT + ":";
    /** Prefix of the line for {@link ExitCodes#UNHEALTHY}. */
    public static final String UNHEALTHY = "  " + ExitCodes.UNHEALTHY + ":";
    /** {@code flinkctl plan} only: the whole line for {@link ExitCodes#PLAN_HAS_CHANGES}. */
    public static final String CHANGES_PENDING = "  " + ExitCodes.PLAN_HAS_CHANGES + ":changes pending";
    /** Prefix of the line for {@link ExitCodes#INTERRUPTED}. */
    public static final String INTERRUPTED = ExitCodes.INTERRUPTED + ":";

    /** Any command: an error the command has no code of its own for (ErrorHandler's fallback). */
    public static final String ERROR = FAILED + "failed (the message says why)";
    /** Commands without a target or spec: picocli's parse errors and bad option values. */
    public static final String INVALID_ARGUMENTS = USAGE + "invalid arguments";
    /** Commands with a target (and a spec for the default application): as above, plus a bad spec or no region. */
    public static final String INVALID_INPUT = USAGE + "invalid input: options, spec file, or no AWS region";
    /** Commands on one application (Targets and Applications). */
    public static final String NO_APPLICATION = NOT_FOUND + "no such application, or the local target is not running";
    /** Commands with a target that are not about one application. */
    public static final String LOCAL_NOT_RUNNING = NOT_FOUND + "the local target is not running";
    /** Every command that calls AWS (AwsErrors). */
    public static final String NO_CREDENTIALS = AWS_AUTH + "AWS credentials missing or rejected";
    /** Commands that wait for an MSF operation (WaitOptions). */
    public static final String TIMED_OUT = TIMEOUT + "timed out waiting (the operation goes on in the background)";
    /** Commands that change an application (AwsErrors: ConcurrentModification, ResourceInUse). */
    public static final String BUSY = CONFLICT + "busy in another operation, or changed by someone else; nothing was "
            + "changed";
    /** Commands that wait, poll or follow. */
    public static final String CTRL_C = INTERRUPTED + "interrupted (Ctrl-C)";
    /** Groups: {@code flinkctl snapshot} without a subcommand. */
    public static final String NO_SUBCOMMAND = USAGE + "no subcommand, or an unknown one";
    /** Groups: {@code flinkctl snapshot --help}. */
    public static final String HELP_SHOWN = OK + "help shown (--help)";

    private ExitCodeHelp() {
    }
}
