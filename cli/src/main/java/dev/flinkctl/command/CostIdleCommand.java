package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.billing.CostModel;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.cost.IdleFinder;
import dev.flinkctl.cost.IdleReport;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.metrics.MetricReader;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.PricesOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.spec.CostSpec;
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

/** {@code flinkctl cost idle}: the running applications that read (almost) nothing, and what they cost per month. */
@Command(name = "idle",
        description = {
            "List the forgotten applications of the region: RUNNING (or AUTOSCALING) and billed for their KPUs every "
                + "hour, but reading (almost) nothing over the last --days. An application is idle when the mean of "
                + "the hourly averages of its numRecordsInPerSecond metric is below --below records/s, or when the "
                + "window has no numRecordsInPerSecond data at all. Stopped (READY) and starting or updating "
                + "applications are not checked.",
            "",
            "Each idle application is priced for a month (720 hours) at its current KPUs (CurrentParallelism, "
                + "orchestration included): KPU-hours and running application storage. Durable application backups "
                + "are left out: snapshots cost the same whether the application runs or not. Without known prices for the "
                + "region, the idle applications are still listed, with the cost unknown."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl cost idle  # the last 7 days, idle below 0.01 records/s",
            "  flinkctl cost idle --days 30 --below 1 --region eu-west-2",
            "  flinkctl cost idle --local -o json",
            "  flinkctl cost idle --region ap-southeast-2 --prices my-prices.yaml"},
        exitCodeList = {
            ExitCodeHelp.OK + "checked, whether or not idle applications were found",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.USAGE + "invalid input or a bad prices file",
            ExitCodeHelp.LOCAL_NOT_RUNNING,
            ExitCodeHelp.NO_CREDENTIALS})
public final class CostIdleCommand implements Callable<Integer> {
    /** The longest --days: CloudWatch keeps 1-hour data for 455 days. */
    static final int MAX_DAYS = IdleFinder.MAX_DAYS;

    @Option(names = "--days", paramLabel = "N", defaultValue = "7",
            description = "Days to look back, 1 to " + MAX_DAYS + " (default: ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--below", paramLabel = "RATE", defaultValue = "0.01",
            description = "Idle below this average input rate, in records/s (default: ${DEFAULT-VALUE}, under "
                + "about 860 records a day)")
    double below;

    @Mixin PricesOptions prices;
    @Mixin TargetOptions target;
    @Mixin OutputOptions output;
    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public CostIdleCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK}, whether or not idle applications were found
     * @throws FlinkctlException {@link ExitCodes#USAGE} for --days or --below out of range or a bad prices file
     * @throws InterruptedException when interrupted while resolving the local target
     */
    @Override
    public Integer call() throws InterruptedException {
        if (days < 1 || days > MAX_DAYS) {
            throw new FlinkctlException(ExitCodes.USAGE, "--days must be 1 to " + MAX_DAYS + " (CloudWatch keeps "
                    + "hourly data for " + MAX_DAYS + " days), not " + days);
        }
        if (!(below >= 0) || Double.isInfinite(below)) {
            throw new FlinkctlException(ExitCodes.USAGE, "--below must be a rate of zero or more records/s, not "
                    + below);
        }
        PriceTable table = prices.table(CostSpec.NONE);
        Printer printer = output.printer(spec, host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        CostModel model = table.find(resolved.region()).map(CostModel::of).orElse(null);
        if (model == null) {
            printer.progress("warning: no known MSF prices for region '" + resolved.region() + "': the cost is "
                    + "unknown; give --prices FILE with its KPU-hour and running storage prices");
        }
        try (AwsClients aws = resolved.clients()) {
            IdleReport report = new IdleFinder(new Applications(aws.msf()), new MetricReader(aws.cloudWatch()),
                    Clock.systemUTC()).find(resolved.region(), Duration.ofDays(days), below, model);
            CostIdleView.print(printer, output, report);
        }
        return ExitCodes.OK;
    }
}
