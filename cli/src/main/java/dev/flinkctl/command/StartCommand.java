package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
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
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl start [APP]}: StartApplication, restoring the state as asked, and waiting until it runs. */
@Command(name = "start",
        description = {"Start an application, restoring its state from the latest snapshot (default), a named "
            + "snapshot, or none. Does nothing when it already runs.",
            "--restore none and --allow-non-restored-state drop state: they ask for confirmation on a terminal; "
                + "elsewhere pass --yes."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl start my-app                       # from the latest snapshot",
            "  flinkctl start my-app --restore stop-my-app-1735732800000",
            "  flinkctl start my-app --restore none --yes  # without state"},
        exitCodeList = {
            ExitCodeHelp.OK + "running (or requested, with --no-wait)",
            ExitCodeHelp.FAILED + "the start failed (the cause MSF reports), or you answered no",
            ExitCodeHelp.USAGE + "invalid input, or state would be dropped without a terminal and no --yes",
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.TIMED_OUT,
            ExitCodeHelp.CONFLICT + "busy in another operation",
            ExitCodeHelp.CTRL_C})
public final class StartCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;
    @Mixin WaitOptions waiting;

    @Option(names = "--restore", paramLabel = "latest|none|SNAPSHOT", defaultValue = "latest",
            description = "State to start from: the latest snapshot, none, or a snapshot name (default: latest)")
    String restore;

    @Option(names = "--allow-non-restored-state", description = "Let the restore skip state that no operator of the "
            + "job claims (AllowNonRestoredState)")
    boolean allowNonRestoredState;

    @Option(names = "--yes", description = "Do not ask before --restore none or --allow-non-restored-state drops "
            + "state")
    boolean yes;

    @Spec CommandSpec spec;

    private final Host host;
    private final Prompt prompt;

    /**
     * @param host   this machine (environment, configuration)
     * @param prompt asks before dropping the state
     */
    public StartCommand(Host host, Prompt prompt) {
        this.host = host;
        this.prompt = prompt;
    }

    /**
     * @return {@link ExitCodes#OK} once running (or requested, without waiting)
     * @throws dev.flinkctl.FlinkctlException {@link ExitCodes#FAILED} when the start fails, {@link ExitCodes#USAGE}
     *                                        for {@code --restore none} without confirmation
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Restore from = Restore.parse(restore);
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            Lifecycle lifecycle = new Lifecycle(aws.msf(), resolved);
            Lifecycle.State state = lifecycle.inspect(name);
            if (!"RUNNING".equals(state.status())) {
                StateLoss.confirm(printer, prompt, yes, state, from, "--restore", allowNonRestoredState, false,
                        "Start");
            }
            printer.progress(LifecycleView.starting(state, from, resolved.describe()));
            LifecycleResult result = lifecycle.start(state, from, allowNonRestoredState,
                    waiting.await(host.env()) ? waiting.timeout(Lifecycle.DEFAULT_TIMEOUT) : null, printer::progress);
            LifecycleView.print(printer, result, state, output);
        }
        return ExitCodes.OK;
    }
}
