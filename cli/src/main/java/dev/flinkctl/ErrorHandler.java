package dev.flinkctl;

import dev.flinkctl.aws.AwsErrors;
import dev.flinkctl.ci.GitHubActions;
import dev.flinkctl.output.Printer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Maps every error to one line on standard error and an exit code from {@link ExitCodes}:
 * <ul>
 *   <li>{@link FlinkctlException}: its message, its code;</li>
 *   <li>AWS SDK errors: translated by {@link AwsErrors} (not found, conflict, credentials, timeouts);</li>
 *   <li>{@link InterruptedException}, or an AWS call that failed because the thread was interrupted:
 *       {@link ExitCodes#INTERRUPTED};</li>
 *   <li>anything else: the message plus a hint to re-run with {@code --verbose}, {@link ExitCodes#FAILED};</li>
 *   <li>picocli parse errors: the message, the synopsis and a pointer to {@code --help},
 *       {@link ExitCodes#USAGE}.</li>
 * </ul>
 * Stack traces are printed only with {@code --verbose}.
 */
public final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** The global option that turns on stack traces. */
    static final String VERBOSE = "--verbose";

    private final Supplier<Map<String, String>> env;

    /** @param env the environment, read only when an error is reported (for {@code GITHUB_ACTIONS}) */
    public ErrorHandler(Supplier<Map<String, String>> env) {
        this.env = env;
    }

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        Printer printer = Printer.of(commandLine);
        int exitCode;
        if (!(error instanceof FlinkctlException) && AwsErrors.interrupted(error)) {
            error = new InterruptedException("interrupted");
        }
        if (!(error instanceof FlinkctlException)) {
            Optional<FlinkctlException> aws = AwsErrors.translate(error);
            if (aws.isPresent()) {
                error = aws.get();
            }
        }
        if (error instanceof FlinkctlException known) {
            printer.error("%s", known.getMessage());
            annotate(printer, known.getMessage());
            exitCode = plan(commandLine) ? ExitCodes.FAILED : known.exitCode();
        } else if (error instanceof InterruptedException) {
            printer.error("interrupted");
            exitCode = ExitCodes.INTERRUPTED;
        } else {
            String message = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
            printer.error("%s (re-run with --verbose for details)", firstLine(message));
            exitCode = ExitCodes.FAILED;
            annotate(printer, firstLine(message));
        }
        if (isVerbose(parseResult)) {
            printer.stackTrace(error);
        }
        return exitCode;
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine commandLine = error.getCommandLine();
        Printer printer = Printer.of(commandLine);
        printer.error("%s", error.getMessage());
        StringWriter suggestions = new StringWriter();
        UnmatchedArgumentException.printSuggestions(error, new PrintWriter(suggestions));
        printer.errorText(suggestions.toString());
        printer.errorText(String.format("Try '%s --help' for more information.%n",
                commandLine.getCommandSpec().qualifiedName()));
        return plan(commandLine) ? ExitCodes.FAILED : ExitCodes.USAGE;
    }

    /** In a GitHub Actions step the error also becomes an annotation on the run. */
    private void annotate(Printer printer, String message) {
        if ("true".equals(env.get().get("GITHUB_ACTIONS"))) {
            printer.errorText(GitHubActions.errorAnnotation(message) + System.lineSeparator());
        }
    }

    /** {@code plan} keeps exit code 2 for "changes pending" and reports every error as 1, as Terraform does. */
    private static boolean plan(CommandLine commandLine) {
        return "plan".equals(commandLine.getCommandName());
    }

    /** @return true if {@code --verbose} was given at any level of {@code parseResult} */
    public static boolean isVerbose(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
