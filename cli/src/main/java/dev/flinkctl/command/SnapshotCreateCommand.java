package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.msf.Lifecycle;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.option.WaitOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.msf.snapshots.Snapshot;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flinkctl snapshot create [APP] [NAME]}: CreateApplicationSnapshot, waiting until it is READY. */
@Command(name = "create",
        description = {"Take a snapshot of a RUNNING application (snapshots must be enabled).",
            "NAME defaults to the application version and the UTC time, e.g. v3-20261121-101500."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl snapshot create my-app  # named after the version and the time",
            "  flinkctl snapshot create my-app before-schema-change --timeout 15m"},
        exitCodeList = {
            ExitCodeHelp.OK + "READY (or requested, with --no-wait)",
            ExitCodeHelp.FAILED + "the snapshot FAILED",
            ExitCodeHelp.USAGE + "invalid input, or the name is invalid or taken",
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.TIMED_OUT,
            ExitCodeHelp.CONFLICT + "not RUNNING, snapshots disabled, 1,000 snapshots already, or busy",
            ExitCodeHelp.CTRL_C})
public final class SnapshotCreateCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;
    @Mixin WaitOptions waiting;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME",
            description = "Snapshot name: 1 to 256 letters, digits, '_', '.' or '-' (default: vVERSION-TIME)")
    String snapshotName;

    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public SnapshotCreateCommand(Host host) {
        this.host = host;
    }

    /** @return {@link ExitCodes#OK} once READY (or requested, without waiting) */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            Snapshot snapshot = SnapshotView.snapshots(aws, resolved).create(name, snapshotName,
                    waiting.await(host.env()) ? waiting.timeout(Lifecycle.DEFAULT_TIMEOUT) : null, printer::progress);
            if (output.structured()) {
                printer.document(snapshot, output.format() == OutputOptions.Format.yaml);
            } else {
                printer.styled("Snapshot " + snapshot.name() + " of '" + name + "' is "
                        + printer.style(SnapshotView.statusStyle(snapshot.status()), snapshot.status())
                        + " (version " + snapshot.applicationVersion() + ", " + snapshot.createdAt() + ")");
            }
        }
        return ExitCodes.OK;
    }
}
