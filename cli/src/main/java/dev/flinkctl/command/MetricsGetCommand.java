package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.metrics.FailCondition;
import dev.flinkctl.metrics.MetricDefinition;
import dev.flinkctl.metrics.MetricQuery;
import dev.flinkctl.metrics.MetricReader;
import dev.flinkctl.metrics.MetricsReport;
import dev.flinkctl.metrics.TimeArgument;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.DurationConverter;
import dev.flinkctl.option.MetricsOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl metrics get [APP]}: metrics over a time range, as a table, JSON or CSV, with CI conditions. */
@Command(name = "get",
        description = {
            "Read an application's metrics over a time range, one value per period, as a table (one row per "
                + "period, one column per metric), JSON or CSV. One GetMetricData call reads them all.",
            "",
            "--fail-if makes it a health check for CI: the command exits 7 when a condition holds. A condition is "
                + "METRIC OP NUMBER (OP: > >= < <= == !=, NUMBER in the metric's unit: ms, bytes, percent, count) "
                + "and holds when any period's value matches; max(), min(), avg(), sum() or last() around the "
                + "metric compare that aggregate instead. A metric without data in the range does not make its "
                + "condition hold (a warning says so)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl metrics get --since 3h  # the default metrics, 5-minute periods",
            "  flinkctl metrics get -m numRecordsInPerSecond --since 1d --period 1h -o csv",
            "  flinkctl metrics get --since 15m --fail-if 'max(millisBehindLatest)>60000'",
            "  flinkctl metrics get my-app --since 1d --stat p99 -m lastCheckpointDuration"},
        exitCodeList = {
            ExitCodeHelp.OK + "read; no --fail-if condition holds",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.UNHEALTHY + "a --fail-if condition holds"})
public final class MetricsGetCommand implements Callable<Integer> {
    /** The formats of {@code metrics get}. */
    public enum Format { table, json, yaml, csv }

    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin MetricsOptions metrics;
    @Spec CommandSpec spec;

    @Option(names = "--since", paramLabel = "TIME", defaultValue = "3h",
            description = "Start: a duration before now (3h, 2d) or a UTC time (2026-11-21T10:00:00Z) "
                + "(default: ${DEFAULT-VALUE})")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "End, exclusive, in the same forms (default: now)")
    String until;

    @Option(names = "--period", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5m",
            description = "Length of one value: 1s, 5s, 10s, 20s, 30s or a multiple of 1m (default: ${DEFAULT-VALUE})")
    Duration period;

    @Option(names = "--fail-if", paramLabel = "CONDITION",
            description = "Exit 7 when this holds, e.g. 'fullRestarts>0' (repeatable)")
    List<String> failIf = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--no-color", description = "No colours (also when NO_COLOR is set or output is not a terminal)")
    boolean noColor;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public MetricsGetCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#UNHEALTHY} when a {@code --fail-if} condition holds
     * @throws dev.flinkctl.FlinkctlException {@link ExitCodes#USAGE} for a bad time, period, statistic or
     *     condition; {@link ExitCodes#NOT_FOUND} when the application does not exist
     * @throws InterruptedException when interrupted while starting the local environment
     */
    @Override
    public Integer call() throws InterruptedException {
        List<FailCondition> conditions = failIf.stream().map(FailCondition::parse).toList();
        Instant now = Instant.now();
        Instant start = TimeArgument.parse(since).resolve(now);
        Instant end = until == null ? now : TimeArgument.parse(until).resolve(now);
        Printer printer = Printer.of(spec).with(OutputOptions.colour(noColor, host.env()), false);
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            String runtime = new Applications(aws.msf()).require(name).runtimeEnvironmentAsString();
            List<MetricDefinition> chosen = metrics.selection().resolve(runtime,
                    conditions.stream().map(FailCondition::metric).toList());
            MetricQuery query = MetricQuery.aligned(name, chosen, start, end, period);
            query.checkRetention(now);
            MetricsReport report = MetricsReport.read(new MetricReader(aws.cloudWatch()), query, conditions);
            switch (format) {
                case json -> printer.document(report, false);
                case yaml -> printer.document(report, true);
                case csv -> MetricsView.csv(printer, report);
                case table -> MetricsView.table(printer, report);
            }
            MetricsView.conditions(printer, report, format == Format.table);
            return report.failed() ? ExitCodes.UNHEALTHY : ExitCodes.OK;
        }
    }
}
