package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.msf.snapshots.Pins;
import dev.flinkctl.msf.snapshots.Snapshot;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flinkctl snapshot pin APP NAME}: keeps a snapshot out of every prune. */
@Command(name = "pin",
        description = {"Pin a snapshot: 'snapshot prune' and deploy's retention never delete it, and 'snapshot "
            + "delete' refuses it. The pin is a tag on the application (" + Pins.PREFIX + "NAME), so everyone "
            + "working on the application sees it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl snapshot pin my-app before-schema-change",
            "  flinkctl snapshot pin my-app v3-20261121-101500 --local"},
        exitCodeList = {
            ExitCodeHelp.OK + "pinned",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.USAGE + "invalid input, or the name is too long for a tag key",
            ExitCodeHelp.NOT_FOUND + "no such application or snapshot, or the local target is not running",
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.CONFLICT + "the application has 50 tags already"})
public final class SnapshotPinCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin OutputOptions output;

    @Parameters(index = "0", paramLabel = "APP", description = "Application name",
            completionCandidates = DynamicCandidates.ApplicationNames.class)
    String application;

    @Parameters(index = "1", paramLabel = "NAME", description = "Snapshot to pin",
            completionCandidates = DynamicCandidates.SnapshotNames.class)
    String snapshotName;

    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public SnapshotPinCommand(Host host) {
        this.host = host;
    }

    /** @return {@link ExitCodes#OK} once pinned */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            Snapshot pinned = SnapshotView.snapshots(aws, resolved).pin(application, snapshotName);
            if (output.structured()) {
                printer.document(pinned, output.format() == OutputOptions.Format.yaml);
            } else {
                printer.line("Pinned snapshot %s of '%s': prune and deploy keep it", SnapshotView.describe(pinned),
                        application);
            }
        }
        return ExitCodes.OK;
    }
}
