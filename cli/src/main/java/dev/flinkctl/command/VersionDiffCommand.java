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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flinkctl version diff APP [FROM] [TO]}: the field-by-field difference between two versions. */
@Command(name = "diff",
        description = {"Compare two versions field by field (the fields of 'flinkctl plan': code, "
            + "code.objectVersion, runtimeEnvironment, scaling.*, checkpointing.*, properties.GROUP.KEY, ...). "
            + "Default: the previous version (the one a rollback returns to) against the current one.",
            "Values of secret-looking properties print as **** on both sides. Exits 0 whether or not the versions "
                + "differ."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl version diff my-app            # previous -> current",
            "  flinkctl version diff my-app 1 3",
            "  flinkctl version diff my-app 2 -o json  # version 2 -> current"},
        exitCodeList = {
            ExitCodeHelp.OK + "compared (with or without differences)",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.NOT_FOUND + "no such application or version, no previous version, or the local target is "
                + "not running",
            ExitCodeHelp.NO_CREDENTIALS})
public final class VersionDiffCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;

    @Parameters(index = "1", arity = "0..1", paramLabel = "FROM",
            completionCandidates = DynamicCandidates.VersionIds.class,
            description = "Version to compare from (default: the one the current version was updated from)")
    Long from;

    @Parameters(index = "2", arity = "0..1", paramLabel = "TO",
            completionCandidates = DynamicCandidates.VersionIds.class, description = "Version to compare to (default: the "
            + "current version)")
    Long to;

    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public VersionDiffCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK}, with or without differences
     * @throws dev.flinkctl.FlinkctlException {@link ExitCodes#NOT_FOUND} when the application or a version does not
     *                                        exist
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            VersionView.diff(printer, new Versions(aws.msf()).diff(name, from, to), output);
        }
        return ExitCodes.OK;
    }
}
