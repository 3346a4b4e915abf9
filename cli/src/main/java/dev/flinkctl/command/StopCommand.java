package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.msf.Lifecycle;
import dev.flinkctl.msf.LifecycleResult;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.option.WaitOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.output.Prompt;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl stop [APP]}: StopApplication, with a snapshot unless forced. */
@Command(name = "stop",
        description = {"Stop an application. A graceful stop (RUNNING only) takes a snapshot when snapshots are "
            + "enabled, and names it. Does nothing when it is already stopped (READY).",
            "--force stops it in any running or transient state without a snapshot: the state since the last snapshot "
                + "is lost. It asks for confirmation on a terminal; elsewhere pass --yes."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl stop my-app                # with a snapshot",
            "  flinkctl stop my-app --force --yes  # e.g. when it is stuck in UPDATING"},
        exitCodeList = {
            ExitCodeHelp.OK + "stopped (or requested, with --no-wait)",
            ExitCodeHelp.FAILED + "the stop failed, or you answered no",
            ExitCodeHelp.USAGE + "invalid input, or --force without a terminal and no --yes",
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.TIMED_OUT,
            ExitCodeHelp.CONFLICT + "not RUNNING (a graceful stop needs it), or busy",
            ExitCodeHelp.CTRL_C})
public final class StopCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;
    @Mixin WaitOptions waiting;

    @Option(names = "--force", description = "Stop without a snapshot, also while STARTING, UPDATING or AUTOSCALING")
    boolean force;

    @Option(names = "--yes", description = "Do not ask before --force loses the state since the last snapshot")
    boolean yes;

    @Spec CommandSpec spec;

    private final Host host;
    private final Prompt prompt;

    /**
     * @param host   this machine (environment, configuration)
     * @param prompt asks before a force stop
     */
    public StopCommand(Host host, Prompt prompt) {
        this.host = host;
        this.prompt = prompt;
    }

    /**
     * @return {@link ExitCodes#OK} once stopped (or requested, without waiting)
     * @throws dev.flinkctl.FlinkctlException {@link ExitCodes#CONFLICT} for a graceful stop of an application that is
     *                                        not RUNNING, {@link ExitCodes#USAGE} for {@code --force} without
     *                                        confirmation
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            Lifecycle lifecycle = new Lifecycle(aws.msf(), resolved);
            Lifecycle.State state = lifecycle.inspect(name);
            if (force && !"READY".equals(state.status())) {
                printer.progress(LifecycleView.forceWarning(state));
                Confirmation.require(prompt, yes, "Force-stop '" + name + "' without a snapshot? [y/N] ", "--force "
                        + "loses the state of '" + name + "' since its last snapshot and there is no terminal to "
                        + "confirm on: pass --yes", "stop cancelled: '" + name + "' is still " + state.status());
            }
            printer.progress("Stopping '" + name + "' on " + resolved.describe() + (force ? " (force, no snapshot)"
                    : ""));
            LifecycleResult result = lifecycle.stop(state, force,
                    waiting.await(host.env()) ? waiting.timeout(Lifecycle.DEFAULT_TIMEOUT) : null, printer::progress);
            LifecycleView.print(printer, result, state, output);
        }
        return ExitCodes.OK;
    }
}
