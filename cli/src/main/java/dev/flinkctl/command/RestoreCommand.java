package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.msf.Lifecycle;
import dev.flinkctl.msf.LifecycleResult;
import dev.flinkctl.msf.Restore;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.option.WaitOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.output.Prompt;
import dev.flinkctl.msf.snapshots.ApplicationSnapshots;
import dev.flinkctl.msf.snapshots.Snapshot;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl restore [APP] --snapshot NAME|latest|none}: (re)starts an application from a snapshot. */
@Command(name = "restore",
        description = {"Start an application from a snapshot, or restart it from one if it runs. A running "
            + "application is first stopped with a snapshot, which keeps its current state, then started from the "
            + "one you name.",
            "--snapshot none and --allow-non-restored-state drop state: they ask for confirmation on a terminal; "
                + "elsewhere pass --yes."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl restore my-app --snapshot before-schema-change",
            "  flinkctl restore my-app --snapshot latest",
            "  flinkctl restore my-app --snapshot none --yes  # start over without state"},
        exitCodeList = {
            ExitCodeHelp.OK + "running (or requested, with --no-wait)",
            ExitCodeHelp.FAILED + "the stop or start failed, or you answered no",
            ExitCodeHelp.USAGE + "invalid input, or state would be dropped without a terminal and no --yes",
            ExitCodeHelp.NOT_FOUND + "no such application or snapshot, or the local target is not running",
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.TIMED_OUT,
            ExitCodeHelp.CONFLICT + "not READY or RUNNING, or busy",
            ExitCodeHelp.CTRL_C})
public final class RestoreCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;
    @Mixin WaitOptions waiting;

    @Option(names = "--snapshot", required = true, paramLabel = "NAME|latest|none",
            completionCandidates = DynamicCandidates.SnapshotNames.class,
            description = "The snapshot to restore: a name, latest (the newest READY one), or none (no state)")
    String snapshot;

    @Option(names = "--allow-non-restored-state", description = "Let the restore skip state that no operator of the "
            + "job claims (AllowNonRestoredState)")
    boolean allowNonRestoredState;

    @Option(names = "--yes", description = "Do not ask before state is dropped")
    boolean yes;

    @Spec CommandSpec spec;

    private final Host host;
    private final Prompt prompt;

    /**
     * @param host   this machine (environment, configuration)
     * @param prompt asks before dropping state
     */
    public RestoreCommand(Host host, Prompt prompt) {
        this.host = host;
        this.prompt = prompt;
    }

    /**
     * @return {@link ExitCodes#OK} once running (or requested, without waiting)
     * @throws dev.flinkctl.FlinkctlException as {@link Lifecycle#restore}, and {@link ExitCodes#USAGE} when state
     *                                        would be dropped without confirmation
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Restore from = Restore.parse(snapshot, "--snapshot");
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            Lifecycle lifecycle = new Lifecycle(aws.msf(), resolved);
            Lifecycle.State state = lifecycle.inspect(name);
            ApplicationSnapshots snapshots = SnapshotView.snapshots(aws, resolved);
            if (from.type() == Restore.Type.SNAPSHOT) {
                snapshots.restoreNotes(name, from.snapshotName()).forEach(printer::progress);
            }
            boolean running = "RUNNING".equals(state.status());
            if (running) {
                printer.progress("'" + name + "' is RUNNING: it is stopped first" + (state.snapshotsEnabled()
                        ? ", with a snapshot that keeps its current state," : "") + " then started again, "
                        + (from.type() == Restore.Type.LATEST && state.snapshotsEnabled()
                        ? "restoring the snapshot the stop takes (a restart)" : LifecycleView.restoring(state, from)));
            }
            StateLoss.confirm(printer, prompt, yes, state, from, "--snapshot", allowNonRestoredState,
                    running && !state.snapshotsEnabled(), "Restore");
            if (!running) {
                printer.progress(LifecycleView.starting(state, from, resolved.describe()));
            }
            LifecycleResult result = lifecycle.restore(state, from, allowNonRestoredState,
                    waiting.timeout(Lifecycle.DEFAULT_TIMEOUT),
                    waiting.await(host.env()) ? waiting.timeout(Lifecycle.DEFAULT_TIMEOUT) : null, printer::progress);
            LifecycleView.print(printer, result, state, output);
        }
        return ExitCodes.OK;
    }
}
