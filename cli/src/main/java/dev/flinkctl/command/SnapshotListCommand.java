package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.msf.snapshots.Snapshot;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flinkctl snapshot list [APP]}: the application's snapshots, newest first. */
@Command(name = "list",
        description = "List an application's snapshots, newest first: name, status, the application version and "
            + "runtime it was taken on, when, how old, and whether it is pinned.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl snapshot list my-app",
            "  flinkctl snapshot list my-app -o json | jq -r '.[] | select(.pinned) | .name'"},
        exitCodeList = {
            ExitCodeHelp.OK + "listed",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_INPUT,
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS})
public final class SnapshotListCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;

    @Spec CommandSpec spec;

    private final Host host;

    /** @param host this machine (environment, configuration) */
    public SnapshotListCommand(Host host) {
        this.host = host;
    }

    /** @return {@link ExitCodes#OK} */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            List<Snapshot> snapshots = SnapshotView.snapshots(aws, resolved).list(name);
            SnapshotView.list(printer, name, snapshots, output);
        }
        return ExitCodes.OK;
    }
}
