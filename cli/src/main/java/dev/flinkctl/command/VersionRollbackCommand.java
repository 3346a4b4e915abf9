package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.msf.Lifecycle;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.option.WaitOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.output.Prompt;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import dev.flinkctl.msf.versions.RollbackPreview;
import dev.flinkctl.msf.versions.RollbackResult;
import dev.flinkctl.msf.versions.Rollbacks;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl version rollback [APP]}: RollbackApplication to the previous version, after a preview. */
@Command(name = "rollback",
        description = {"Roll the application back to the version its current version was updated from. It first "
            + "shows what changes and the snapshot the state is restored from (MSF restores the latest READY "
            + "snapshot: the state built since then is not carried over), then asks for confirmation on a terminal; "
            + "elsewhere pass --yes.",
            "MSF rolls back only a RUNNING, UPDATING or AUTOSCALING application that has a READY snapshot. If the "
                + "application changes between the preview and the call, nothing is rolled back (exit 6)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl version rollback my-app  # shows what changes, then asks",
            "  flinkctl version rollback my-app --yes --expected-version 3 -o json"},
        exitCodeList = {
            ExitCodeHelp.OK + "rolled back and RUNNING (or requested, with --no-wait)",
            ExitCodeHelp.FAILED + "the rollback failed (the cause MSF reports), or you answered no",
            ExitCodeHelp.USAGE + "invalid input, or no terminal to confirm on and no --yes",
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.TIMED_OUT,
            ExitCodeHelp.CONFLICT + "refused, nothing changed: no previous version, not "
                + "RUNNING/UPDATING/AUTOSCALING, no READY snapshot, or the version moved (--expected-version, or a "
                + "change since the preview)",
            ExitCodeHelp.CTRL_C})
public final class VersionRollbackCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;
    @Mixin WaitOptions waiting;

    @Option(names = "--yes", description = "Do not ask before rolling back")
    boolean yes;

    @Option(names = "--expected-version", paramLabel = "VERSION",
            completionCandidates = DynamicCandidates.VersionIds.class,
            description = "Refuse (exit 6) unless the application is still at this version, e.g. the one a "
                + "reviewed preview or 'flinkctl version list' showed")
    Long expectedVersion;

    @Spec CommandSpec spec;

    private final Host host;
    private final Prompt prompt;

    /**
     * @param host   this machine (environment, configuration)
     * @param prompt asks before rolling back
     */
    public VersionRollbackCommand(Host host, Prompt prompt) {
        this.host = host;
        this.prompt = prompt;
    }

    /**
     * @return {@link ExitCodes#OK} once rolled back (or requested, without waiting)
     * @throws dev.flinkctl.FlinkctlException {@link ExitCodes#CONFLICT} for each refusal, {@link ExitCodes#USAGE}
     *                                        without confirmation, {@link ExitCodes#FAILED} when the rollback fails
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            Rollbacks rollbacks = new Rollbacks(aws.msf(), resolved);
            RollbackPreview preview = rollbacks.preview(name, expectedVersion);
            VersionView.preview(preview, resolved.describe()).forEach(printer::progress);
            Confirmation.require(prompt, yes, "Roll back '" + name + "' from version " + preview.fromVersion()
                    + " to version " + preview.toVersion() + "? [y/N] ", "a rollback of '" + name + "' restores "
                    + "snapshot " + preview.snapshot().name() + " and there is no terminal to confirm on: pass --yes",
                    "rollback cancelled: '" + name + "' is still at version " + preview.fromVersion());
            RollbackResult result = rollbacks.execute(preview, waiting.await(host.env())
                    ? waiting.timeout(Lifecycle.DEFAULT_TIMEOUT) : null, printer::progress);
            VersionView.rollback(printer, result, output);
        }
        return ExitCodes.OK;
    }
}
