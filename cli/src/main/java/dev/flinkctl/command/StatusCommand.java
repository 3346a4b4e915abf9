package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flinkctl status [APP]}: one application at a glance. */
@Command(name = "status",
        description = "Show one application at a glance: status, version, runtime, parallelism and KPUs, "
            + "autoscaling, last update, last snapshot, last operation (with its cause if it failed), job health, "
            + "code location, and a link to the Flink dashboard (local target) or the AWS console.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl status  # the spec's application (else fraud-detection)",
            "  flinkctl status my-app --local",
            "  flinkctl status my-app -o json  # one document, e.g. for jq"},
        exitCodeList = {
            ExitCodeHelp.OK + "shown",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS})
public final class StatusCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;
    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public StatusCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK}
     * @throws dev.flinkctl.FlinkctlException {@link ExitCodes#NOT_FOUND} when the application does not exist
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            StatusView.print(printer, new Applications(aws.msf()).overview(name, resolved), output);
        }
        return ExitCodes.OK;
    }
}
