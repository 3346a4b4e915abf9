package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.msf.Lifecycle;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.DurationConverter;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.output.Prompt;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl delete [APP]}: DeleteApplication, after confirmation, and wait until it is gone. */
@Command(name = "delete",
        description = {"Delete an application and its snapshots, and wait until it is gone.",
            "Asks for confirmation on a terminal; elsewhere pass --yes. Refuses a running (or starting, updating, "
                + "autoscaling, stopping) application unless --force: then it force-stops it first (no snapshot)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl delete my-app                # asks first",
            "  flinkctl delete my-app --yes --force  # also when it runs",
            "  flinkctl delete my-app --yes --no-wait"},
        exitCodeList = {
            ExitCodeHelp.OK + "deleted (or being deleted, with --no-wait)",
            ExitCodeHelp.FAILED + "you answered no, or the force stop failed",
            ExitCodeHelp.USAGE + "invalid input, or no terminal to confirm on and no --yes",
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.TIMED_OUT,
            ExitCodeHelp.CONFLICT + "running without --force, or busy",
            ExitCodeHelp.CTRL_C})
public final class DeleteCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;

    @Option(names = "--yes", description = "Delete without asking (required when not on a terminal)")
    boolean yes;

    @Option(names = "--force", description = "Force-stop a running application (no snapshot) before deleting it")
    boolean force;

    @Option(names = "--wait", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Wait until the application is gone (default: on)")
    boolean await = true;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "10m",
            description = "How long to wait for the force stop and the delete (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Spec CommandSpec spec;

    private final Host host;
    private final Prompt prompt;

    /**
     * @param host   this machine (environment, configuration)
     * @param prompt asks for confirmation
     */
    public DeleteCommand(Host host, Prompt prompt) {
        this.host = host;
        this.prompt = prompt;
    }

    /**
     * @return {@link ExitCodes#OK} once gone (or being deleted, with {@code --no-wait})
     * @throws dev.flinkctl.FlinkctlException {@link ExitCodes#CONFLICT} for a running application without
     *                                        {@code --force}, {@link ExitCodes#USAGE} without confirmation
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            Lifecycle lifecycle = new Lifecycle(aws.msf(), resolved);
            Lifecycle.State state = lifecycle.inspect(name);
            Lifecycle.requireDeletable(state, force);
            Confirmation.require(prompt, yes, "Delete application '" + name + "' and its " + state.snapshots()
                    + " snapshot(s)" + (state.busy() ? ", force-stopping it first (it is " + state.status()
                    + "; no snapshot)" : "") + "? [y/N] ", "delete removes '" + name + "' and its "
                    + state.snapshots() + " snapshot(s), and there is no terminal to confirm on: pass --yes",
                    "delete cancelled: '" + name + "' was kept");
            printer.progress("Deleting '" + name + "' on " + resolved.describe());
            LifecycleView.print(printer, lifecycle.delete(state, force, timeout, await, printer::progress), state,
                    output);
        }
        return ExitCodes.OK;
    }
}
