package dev.flinkctl;

import dev.flinkctl.command.CompleteCommand;
import dev.flinkctl.command.CompletionCommand;
import dev.flinkctl.command.CostCommand;
import dev.flinkctl.command.DeleteCommand;
import dev.flinkctl.command.DescribeCommand;
import dev.flinkctl.command.ListCommand;
import dev.flinkctl.command.MetricsCommand;
import dev.flinkctl.command.LogsCommand;
import dev.flinkctl.command.StartCommand;
import dev.flinkctl.command.StatusCommand;
import dev.flinkctl.command.StopCommand;
import dev.flinkctl.command.RestoreCommand;
import dev.flinkctl.command.SnapshotCommand;
import dev.flinkctl.command.VersionCommand;
import dev.flinkctl.command.DeployCommand;
import dev.flinkctl.command.ExitCodeHelp;
import dev.flinkctl.command.InitCommand;
import dev.flinkctl.command.PackageCommand;
import dev.flinkctl.command.PlanCommand;
import dev.flinkctl.command.LocalCommand;
import dev.flinkctl.command.RunCommand;
import dev.flinkctl.command.ShellCommand;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code flinkctl}: the root command. It only lists subcommands; {@link #main} is the one place that exits. */
@Command(name = "flinkctl",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Command-line tool for Amazon Managed Service for Apache Flink.",
        // Headings and the exit-code table are inherited by every subcommand that does not set its own.
        descriptionHeading = "%n",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl local up        # a local stand-in for MSF, no AWS account needed",
            "  flinkctl deploy --local  # deploy the included job there",
            "  flinkctl status -o json",
            "  flinkctl deploy -f flinkctl.yaml --profile prod --region eu-west-1"},
        exitCodeList = {
            ExitCodeHelp.OK + "success; plan: nothing to do",
            ExitCodeHelp.FAILED + "the command, an MSF operation or the job failed (the message says why); plan: any "
                + "error",
            ExitCodeHelp.USAGE + "invalid input: options, spec file, runtime properties; plan: changes pending",
            ExitCodeHelp.NOT_FOUND + "not found (application, snapshot, bucket), or the local target is not running",
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.TIMED_OUT,
            ExitCodeHelp.CONFLICT + "conflict: changed by someone else, busy, or not in a state that allows it; "
                + "nothing was changed",
            ExitCodeHelp.UNHEALTHY + "unhealthy after deploy, rolled back; metrics get: a --fail-if condition holds",
            ExitCodeHelp.CTRL_C},
        subcommands = {InitCommand.class, PackageCommand.class, PlanCommand.class, DeployCommand.class,
            StatusCommand.class, ListCommand.class, DescribeCommand.class, StartCommand.class, StopCommand.class,
            DeleteCommand.class, SnapshotCommand.class, RestoreCommand.class, VersionCommand.class, MetricsCommand.class,
            LogsCommand.class, CostCommand.class,
            RunCommand.class, LocalCommand.class, ShellCommand.class, CompletionCommand.class, CompleteCommand.class})
public final class Flinkctl implements Callable<Integer> {

    @Option(names = {"-v", ErrorHandler.VERBOSE}, scope = ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /**
     * Runs flinkctl with {@code args} and exits with its exit code. {@code flinkctl --version} alone is answered
     * before the command tree is built: it is the call scripts make most to check an installation, and building the
     * tree is most of a run's start-up.
     */
    public static void main(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        if (VersionProvider.isVersionRequest(args)) {
            VersionProvider.print(out);
            System.exit(ExitCodes.OK);
        }
        System.exit(run(out, new PrintWriter(System.err, true), args));
    }

    /**
     * Runs flinkctl with production wiring.
     *
     * @return the exit code, one of {@link ExitCodes} (or a {@code flinkctl run} child's)
     */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, new CommandFactory(), args);
    }

    /**
     * Runs flinkctl; tests pass StringWriters and a factory with fakes.
     *
     * @return the exit code, one of {@link ExitCodes} (or a {@code flinkctl run} child's)
     */
    public static int run(PrintWriter out, PrintWriter err, CommandFactory factory, String... args) {
        return run(out, err, factory, null, args);
    }

    /**
     * Runs flinkctl with default values for options from {@code defaults} ({@code flinkctl shell}'s session).
     *
     * @param defaults default values that replace the options' own, or null for none
     * @return the exit code, one of {@link ExitCodes} (or a {@code flinkctl run} child's)
     */
    public static int run(PrintWriter out, PrintWriter err, CommandFactory factory,
                          CommandLine.IDefaultValueProvider defaults, String... args) {
        ErrorHandler errors = new ErrorHandler(factory::env);
        return commandLine(factory)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors)
                .setDefaultValueProvider(defaults)
                .execute(args);
    }

    /** @return the command tree, as used by {@link #run}, the completion script and {@code flinkctl shell} */
    public static CommandLine commandLine(CommandFactory factory) {
        return new CommandLine(new Flinkctl(), factory).setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** {@code flinkctl} without a command is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
