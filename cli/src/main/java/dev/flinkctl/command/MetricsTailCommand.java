package dev.flinkctl.command;

import dev.flinkctl.ErrorHandler;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.metrics.CloudWatchApiCost;
import dev.flinkctl.metrics.MetricDefinition;
import dev.flinkctl.metrics.MetricReader;
import dev.flinkctl.metrics.MetricsFrame;
import dev.flinkctl.metrics.MetricsTail;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.DurationConverter;
import dev.flinkctl.option.MetricsOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.MetricsScreen;
import dev.flinkctl.output.Printer;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl metrics tail [APP]}: a live view of an application's metrics, or NDJSON samples for scripts. */
@Command(name = "tail",
        description = {
            "Watch an application's metrics live. On a terminal: a full-screen view with one row per metric (current "
                + "value, min and max over the window, a sparkline, and red/yellow for downtime, restarts, failed "
                + "checkpoints and a source falling behind) under a header with status and KPUs; quit with q or "
                + "Ctrl-C. Piped, or with -o json: one JSON object per metric and period (NDJSON), each period once, "
                + "when it has ended.",
            "",
            "Each refresh is one GetMetricData call for all metrics; --verbose prints what that costs per hour."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl metrics tail  # the spec's application, full screen",
            "  flinkctl metrics tail my-app --preset health",
            "  flinkctl metrics tail -o json | jq -c 'select(.health == \"BAD\")'",
            "  flinkctl metrics tail -o json --iterations 1  # the window's samples, once"},
        exitCodeList = {
            ExitCodeHelp.OK + "quit (q, Ctrl-C) or --iterations done",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.INTERRUPTED + "interrupted (Ctrl-C) while printing NDJSON"})
public final class MetricsTailCommand implements Callable<Integer> {
    /** MSF publishes application metrics once a minute. */
    static final Duration AWS_PERIOD = Duration.ofMinutes(1);
    /** The local endpoint that {@code flinkctl local up} starts publishes every 10 s. */
    static final Duration LOCAL_PERIOD = Duration.ofSeconds(10);

    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin MetricsOptions metrics;
    @Mixin OutputOptions output;
    @Spec CommandSpec spec;

    @Option(names = "--period", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Length of one point and time between refreshes: 1s, 5s, 10s, 20s, 30s or a multiple of "
                + "1m (default: 1m on AWS, 10s on the local target)")
    Duration period;

    @Option(names = "--points", paramLabel = "N", defaultValue = "30",
            description = "Points in the window that min, max and the sparkline cover (default: ${DEFAULT-VALUE})")
    int points;

    @Option(names = {"-n", "--iterations"}, paramLabel = "N",
            description = "Stop after N refreshes; prints NDJSON also on a terminal (default: until q or Ctrl-C)")
    Integer iterations;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public MetricsTailCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK} when the user quits or the iterations are done
     * @throws FlinkctlException {@link ExitCodes#USAGE} for {@code -o yaml} or a bad period, {@link
     *     ExitCodes#NOT_FOUND} when the application does not exist
     * @throws InterruptedException when interrupted while printing NDJSON (exit 130)
     */
    @Override
    public Integer call() throws Exception {
        if (output.format() == OutputOptions.Format.yaml) {
            throw new FlinkctlException(ExitCodes.USAGE, "metrics tail prints a live view or NDJSON: use -o table "
                    + "or -o json");
        }
        if (points < 2 || (iterations != null && iterations < 1)) {
            throw new FlinkctlException(ExitCodes.USAGE, "--points must be at least 2 and --iterations at least 1");
        }
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        Duration refresh = period != null ? period : resolved.isLocal() ? LOCAL_PERIOD : AWS_PERIOD;
        try (AwsClients aws = resolved.clients()) {
            Applications applications = new Applications(aws.msf());
            String runtime = applications.require(name).runtimeEnvironmentAsString();
            List<MetricDefinition> chosen = metrics.selection().resolve(runtime, List.of());
            MetricsTail tail = new MetricsTail(applications, new MetricReader(aws.cloudWatch()), name, chosen, refresh,
                    points, Clock.systemUTC());
            if (ErrorHandler.isVerbose(spec.root().commandLine().getParseResult())) {
                printer.progress(String.format("CloudWatch API cost of this tail: %d metrics every %ds = USD %s per "
                        + "hour (GetMetricData, USD 0.01 per 1,000 metrics requested)", chosen.size(),
                        refresh.getSeconds(), CloudWatchApiCost.tailPerHour(chosen.size(), refresh).toPlainString()));
            }
            boolean screen = output.format() == OutputOptions.Format.table && System.console() != null;
            if (screen && iterations == null) {
                MetricsScreen.show(refresh, tail::refresh, printer.colour());
                return ExitCodes.OK;
            }
            for (int i = 0; iterations == null || i < iterations; i++) {
                if (i > 0) {
                    Thread.sleep(refresh.toMillis()); // the refresh cadence, not synchronisation
                }
                MetricsFrame frame = tail.refresh();
                frame.samples().forEach(printer::jsonLine);
                if (frame.notice() != null) {
                    printer.progress(frame.notice());
                }
            }
        }
        return ExitCodes.OK;
    }
}
