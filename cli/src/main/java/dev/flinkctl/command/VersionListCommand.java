package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
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
import picocli.CommandLine.Spec;

/** {@code flinkctl version list [APP]}: the versions, newest first, with what each changed. */
@Command(name = "list",
        description = {"List the versions of an application, newest first: when each was created, its status "
            + "(RUNNING, READY, ROLLED_BACK, ...) and what changed since the version before it (field names, or "
            + "'rollback of version F to version T'). * marks the current version, > the version "
            + "'flinkctl version rollback' returns to."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl version list my-app",
            "  flinkctl version list my-app --limit 0 -o json  # every version"},
        exitCodeList = {
            ExitCodeHelp.OK + "listed",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS})
public final class VersionListCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + Versions.DEFAULT_LIMIT,
            description = "Show the N newest versions (default: ${DEFAULT-VALUE}; 0: all). Each costs one "
                + "DescribeApplicationVersion call")
    int limit;

    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public VersionListCommand(Host host) {
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
            VersionView.list(printer, name, new Versions(aws.msf()).history(name, limit), output);
        }
        return ExitCodes.OK;
    }
}
