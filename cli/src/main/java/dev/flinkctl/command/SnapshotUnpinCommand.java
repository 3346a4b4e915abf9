package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flinkctl snapshot unpin APP NAME}: lets prune delete a snapshot again. */
@Command(name = "unpin",
        description = "Unpin a snapshot, so that 'snapshot prune' may delete it again. A pin whose snapshot is gone "
            + "can be removed too. Unpinning a snapshot that is not pinned changes nothing.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl snapshot unpin my-app before-schema-change",
            "  flinkctl snapshot unpin my-app v3-20261121-101500 --local"},
        exitCodeList = {
            ExitCodeHelp.OK + "unpinned (or was not pinned)",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS})
public final class SnapshotUnpinCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin OutputOptions output;

    @Parameters(index = "0", paramLabel = "APP", description = "Application name",
            completionCandidates = DynamicCandidates.ApplicationNames.class)
    String application;

    @Parameters(index = "1", paramLabel = "NAME", description = "Snapshot to unpin",
            completionCandidates = DynamicCandidates.SnapshotNames.class)
    String snapshotName;

    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public SnapshotUnpinCommand(Host host) {
        this.host = host;
    }

    /** @return {@link ExitCodes#OK} */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            boolean was = SnapshotView.snapshots(aws, resolved).unpin(application, snapshotName);
            if (output.structured()) {
                printer.document(SnapshotView.unpinned(application, snapshotName, was),
                        output.format() == OutputOptions.Format.yaml);
            } else {
                printer.line(was ? "Unpinned snapshot %s of '%s'" : "Snapshot %s of '%s' was not pinned",
                        snapshotName, application);
            }
        }
        return ExitCodes.OK;
    }
}
