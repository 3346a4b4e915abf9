package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.msf.Applications;
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

/** {@code flinkctl list}: the applications of the target. */
@Command(name = "list",
        description = "List the applications of the target: name, status, version and runtime.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl list --local",
            "  flinkctl list --region eu-west-1 -o json"},
        exitCodeList = {
            ExitCodeHelp.OK + "listed (also when there are none)",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.LOCAL_NOT_RUNNING,
            ExitCodeHelp.NO_CREDENTIALS})
public final class ListCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin OutputOptions output;
    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public ListCommand(Host host) {
        this.host = host;
    }

    /** @return {@link ExitCodes#OK}, also when there are no applications */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            ListView.print(printer, new Applications(aws.msf()).list(), output);
        }
        return ExitCodes.OK;
    }
}
