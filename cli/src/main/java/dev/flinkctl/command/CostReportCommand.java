package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.billing.CostModel;
import dev.flinkctl.cost.CostReport;
import dev.flinkctl.cost.CostReporter;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.metrics.MetricReader;
import dev.flinkctl.metrics.TimeArgument;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.PricesOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.spec.CostSpec;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl cost report [APP]}: what an application actually cost, from its KPUs metric and snapshots. */
@Command(name = "report",
        description = {
            "Report what an application actually cost over a period: hours running, KPU-hours, running application "
                + "storage and durable backups, priced for the target's region, with a forecast for the current "
                + "month when the period reaches now.",
            "",
            "KPUs come from the application's KPUs metric in CloudWatch, one datapoint per hour with the "
                + "orchestration KPU included; each hour with a datapoint is billed as a whole hour, so hours it "
                + "ran only part of are overstated. Backups price the snapshots it holds now, each at its largest "
                + "lastCheckpointSize in the period (MSF does not report snapshot sizes) or --snapshot-gb; snapshots "
                + "already deleted are missing. Days and months are UTC."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl cost report  # the last 30 days and this month's forecast",
            "  flinkctl cost report my-app --since 7d --by day -o json",
            "  flinkctl cost report --since 2026-10-01T00:00:00Z --until 2026-11-01T00:00:00Z",
            "  flinkctl cost report --snapshot-gb 2.5 --prices my-prices.yaml"},
        exitCodeList = {
            ExitCodeHelp.OK + "reported",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.USAGE + "invalid input, a bad prices file, or no known prices for the region",
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS})
public final class CostReportCommand implements Callable<Integer> {
    /** How {@code --by} splits the report. */
    public enum Grouping { day }

    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;
    @Mixin PricesOptions prices;
    @Spec CommandSpec spec;

    @Option(names = "--since", paramLabel = "TIME", defaultValue = "30d",
            description = "Start: a duration before now (30d, 12h) or a UTC time (2026-11-01T00:00:00Z), aligned "
                + "down to the hour (default: ${DEFAULT-VALUE})")
    String since;

    @Option(names = "--until", paramLabel = "TIME",
            description = "End, exclusive, in the same forms (default: now, which adds the month's forecast)")
    String until;

    @Option(names = "--by", paramLabel = "UNIT", description = "Also one bill per ${COMPLETION-CANDIDATES} (UTC)")
    Grouping by;

    @Option(names = "--snapshot-gb", paramLabel = "GB",
            description = "GB to count for each snapshot (default: the largest lastCheckpointSize in the period)")
    BigDecimal snapshotGb;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public CostReportCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK}
     * @throws FlinkctlException {@link ExitCodes#USAGE} for a bad time, size or prices file, or a region without
     *     known prices; {@link ExitCodes#NOT_FOUND} when the application does not exist
     * @throws InterruptedException when interrupted while starting the local environment
     */
    @Override
    public Integer call() throws InterruptedException {
        if (snapshotGb != null && snapshotGb.signum() < 0) {
            throw new FlinkctlException(ExitCodes.USAGE, "--snapshot-gb must be 0 or more, not " + snapshotGb);
        }
        Instant now = Instant.now();
        Instant start = TimeArgument.parse(since).resolve(now);
        Instant end = until == null ? null : TimeArgument.parse(until).resolve(now);
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        CostSpec cost = app.specOfApplication(host.env()).map(ApplicationSpec::cost).orElse(CostSpec.NONE);
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        CostModel model = CostModel.of(prices.table(cost).price(resolved.region()));
        try (AwsClients aws = resolved.clients()) {
            CostReport report = new CostReporter(new Applications(aws.msf()), new MetricReader(aws.cloudWatch()),
                    Clock.systemUTC()).report(new CostReporter.Request(name, start, end, by == Grouping.day,
                    snapshotGb), model);
            CostView.report(printer, output, report);
        }
        return ExitCodes.OK;
    }
}
