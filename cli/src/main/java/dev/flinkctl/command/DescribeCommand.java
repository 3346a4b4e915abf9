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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl describe [APP]}: everything MSF knows about one application. */
@Command(name = "describe",
        description = {"Describe one application in full: its configuration, code, Flink settings, property groups, "
            + "snapshot settings, logging and version history. With -o json or -o yaml, the ApplicationDetail as the "
            + "AWS API returns it.",
            "Property values whose key contains password, secret, token, key or credential print as ****; "
                + "--show-values shows them."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl describe my-app",
            "  flinkctl describe my-app -o yaml --show-values  # secrets shown"},
        exitCodeList = {
            ExitCodeHelp.OK + "described",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS})
public final class DescribeCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;

    @Option(names = "--show-values", description = "Show the values of secret-looking properties instead of ****")
    boolean showValues;

    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public DescribeCommand(Host host) {
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
            DescribeView.print(printer, new Applications(aws.msf()).description(name, showValues), output);
        }
        return ExitCodes.OK;
    }
}
