package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.logs.LogFollower;
import dev.flinkctl.logs.LogLevel;
import dev.flinkctl.logs.LogQuery;
import dev.flinkctl.logs.LogStream;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.DurationConverter;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.spec.Durations;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flinkctl logs tail [APP]}: the application's CloudWatch Logs stream, followed like {@code aws logs tail
 * --follow} (https://docs.aws.amazon.com/cli/latest/reference/logs/tail.html).
 */
@Command(name = "tail",
        description = {"Print an application's log lines from the CloudWatch Logs stream of its logging option, then "
            + "follow it: new lines appear within seconds of MSF writing them, until Ctrl-C.",
            "On a terminal each line reads 'TIME LEVEL LOGGER MESSAGE' (stack traces indented below it); with -o json, "
                + "or when the output is not a terminal, each line is one JSON object (timestamp, level, logger, "
                + "message, thread, logStream, eventId, raw), e.g. for jq. -o table forces readable lines."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl logs tail my-app  # the last 10 minutes, then follow",
            "  flinkctl logs tail my-app --level WARN --since 1h",
            "  flinkctl logs tail my-app --filter '\"switched from\"' --no-follow",
            "  flinkctl logs tail my-app | jq -r 'select(.level == \"ERROR\") | .message'"},
        exitCodeList = {
            ExitCodeHelp.OK + "printed (--no-follow)",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.USAGE + "invalid input (e.g. -o yaml)",
            ExitCodeHelp.NOT_FOUND + "no such application, no logging option, its log group or stream does not "
                + "exist, or the local target is not running",
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.INTERRUPTED + "interrupted (Ctrl-C): how following ends"})
public final class LogsTailCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;

    @Option(names = "--since", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "10m",
            description = "Start this far back, e.g. 30s, 10m, 2h, 1d (default: ${DEFAULT-VALUE})")
    Duration since;

    @Option(names = "--filter", paramLabel = "PATTERN",
            description = "CloudWatch Logs filter pattern, applied by CloudWatch Logs: a term (Checkpoint), terms "
                + "that must all appear (Checkpoint failed), or a phrase in double quotes (\"switched from\")")
    String filter;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Only lines at this level or above: ${COMPLETION-CANDIDATES}; lines without a level are "
                + "left out")
    LogLevel level;

    @Option(names = "--no-follow", description = "Print the lines there are and exit, instead of following")
    boolean noFollow;

    @Option(names = "--poll", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "2s",
            description = "Time between reads while following (default: ${DEFAULT-VALUE}; CloudWatch Logs makes "
                + "lines searchable within seconds)")
    Duration poll;

    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public LogsTailCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK} after {@code --no-follow}; a follow ends only by interruption
     * @throws InterruptedException when interrupted (exit code {@link ExitCodes#INTERRUPTED})
     * @throws dev.flinkctl.FlinkctlException {@link ExitCodes#NOT_FOUND} when the application, its logging option or
     *     its log stream does not exist; {@link ExitCodes#USAGE} for -o yaml or a bad duration
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        LogsView view = LogsView.of(printer, output, spec.commandLine().getParseResult().hasMatchedOption("--output"),
                System.console() != null);
        LogQuery query = new LogQuery(since, filter, level, !noFollow, poll);
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            LogStream stream = LogStream.of(new Applications(aws.msf()).require(name));
            printer.progress((noFollow ? "Reading " : "Following ") + stream + " from " + Durations.format(since)
                    + " ago" + (noFollow ? "" : " (Ctrl-C to stop)"));
            new LogFollower(aws.logs(), Clock.systemUTC(), pause -> Thread.sleep(pause.toMillis()))
                    .follow(stream, query, view::print);
        }
        return ExitCodes.OK;
    }
}
