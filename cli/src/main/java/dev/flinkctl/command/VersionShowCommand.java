package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import dev.flinkctl.msf.versions.Versions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flinkctl version show APP VERSION}: the full configuration of one version (DescribeApplicationVersion). */
@Command(name = "show",
        description = {"Show the full configuration of one version, in the sections of 'flinkctl describe'. With "
            + "-o json or -o yaml, the ApplicationVersionDetail as the AWS API returns it.",
            "Property values whose key contains password, secret, token, key or credential print as ****; "
                + "--show-values shows them."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl version show my-app 2",
            "  flinkctl version show my-app 2 -o yaml"},
        exitCodeList = {
            ExitCodeHelp.OK + "shown",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.NOT_FOUND + "no such application or version, or the local target is not running",
            ExitCodeHelp.NO_CREDENTIALS})
public final class VersionShowCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;

    @Parameters(index = "1", paramLabel = "VERSION", completionCandidates = DynamicCandidates.VersionIds.class,
            description = "The version id ('flinkctl version list')")
    long version;

    @Option(names = "--show-values", description = "Show the values of secret-looking properties instead of ****")
    boolean showValues;

    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public VersionShowCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK}
     * @throws dev.flinkctl.FlinkctlException {@link ExitCodes#NOT_FOUND} when the application or version does not
     *                                        exist
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            DescribeView.print(printer, new Versions(aws.msf()).description(name, version, showValues), output);
        }
        return ExitCodes.OK;
    }
}
