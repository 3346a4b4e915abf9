package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.metrics.AvailableMetric;
import dev.flinkctl.metrics.MetricReader;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flinkctl metrics list [APP]}: the metrics CloudWatch holds for an application. */
@Command(name = "list",
        description = "List the metrics CloudWatch holds for an application (ListMetrics: those published in the "
            + "last two weeks), with unit, the statistic flinkctl reads them with, extra dimensions and what they "
            + "measure.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl metrics list",
            "  flinkctl metrics list my-app -o json | jq -r '.[].metric'"},
        exitCodeList = {
            ExitCodeHelp.OK + "listed (also when there are none yet)",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS})
public final class MetricsListCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;
    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public MetricsListCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK}
     * @throws dev.flinkctl.FlinkctlException {@link ExitCodes#NOT_FOUND} when the application does not exist
     * @throws InterruptedException when interrupted while starting the local environment
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            new Applications(aws.msf()).require(name);
            List<AvailableMetric> available = new MetricReader(aws.cloudWatch()).list(name);
            if (output.structured()) {
                printer.document(available, output.format() == OutputOptions.Format.yaml);
            } else if (available.isEmpty()) {
                printer.line("No metrics for '%s' yet: MSF publishes them once a minute while it runs.", name);
            } else {
                MetricsView.list(printer, available);
            }
        }
        return ExitCodes.OK;
    }
}
