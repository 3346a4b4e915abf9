package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.DurationConverter;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.output.Prompt;
import dev.flinkctl.msf.snapshots.ApplicationSnapshots;
import dev.flinkctl.msf.snapshots.PrunePlan;
import dev.flinkctl.msf.snapshots.PruneResult;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.spec.SnapshotRetention;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl snapshot prune [APP]}: deletes the snapshots a retention policy lets go. */
@Command(name = "prune",
        description = {"Delete the oldest snapshots beyond a retention policy: --keep the N newest READY ones, "
            + "and/or only delete those --older-than a duration. Without either, the spec's snapshotRetention applies.",
            "Never deleted: pinned snapshots, the latest READY one, the one the current version restores from, the "
                + "newest of the previous version, and snapshots MSF is still creating. FAILED snapshots hold no "
                + "state and go unless younger than --older-than.",
            "--dry-run shows what would go. Otherwise it asks for confirmation on a terminal; elsewhere pass --yes."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl snapshot prune my-app --keep 10 --dry-run  # show what would go",
            "  flinkctl snapshot prune my-app --keep 5 --older-than 7d --yes",
            "  flinkctl snapshot prune -f flinkctl.yaml --yes  # the spec's snapshotRetention"},
        exitCodeList = {
            ExitCodeHelp.OK + "pruned (or nothing to prune, or a dry run)",
            ExitCodeHelp.FAILED + "a delete failed, or you answered no",
            ExitCodeHelp.USAGE + "no policy, an invalid one, or no terminal to confirm on and no --yes",
            ExitCodeHelp.NO_APPLICATION,
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.CONFLICT + "the application is busy"})
public final class SnapshotPruneCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin ApplicationOptions app;
    @Mixin OutputOptions output;

    @Option(names = "--keep", paramLabel = "N", description = "Keep the N newest READY snapshots (at least 1)")
    Integer keep;

    @Option(names = "--older-than", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Delete only snapshots older than this, e.g. 7d, 12h")
    Duration olderThan;

    @Option(names = "--dry-run", description = "Show what would be deleted; delete nothing")
    boolean dryRun;

    @Option(names = "--yes", description = "Delete without asking (required when not on a terminal)")
    boolean yes;

    @Spec CommandSpec spec;

    private final Host host;
    private final Prompt prompt;

    /**
     * @param host   this machine (environment, configuration)
     * @param prompt asks before deleting
     */
    public SnapshotPruneCommand(Host host, Prompt prompt) {
        this.host = host;
        this.prompt = prompt;
    }

    /**
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#FAILED} when a delete failed
     * @throws FlinkctlException {@link ExitCodes#USAGE} without a policy or confirmation
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        String name = app.name(host.env());
        SnapshotRetention retention = retention();
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            ApplicationSnapshots snapshots = SnapshotView.snapshots(aws, resolved);
            PrunePlan plan = snapshots.plan(name, retention);
            int deletions = plan.deletions().size();
            if (dryRun || deletions == 0) {
                if (output.structured()) {
                    printer.document(plan, output.format() == OutputOptions.Format.yaml);
                } else {
                    SnapshotView.plan(printer, plan);
                    printer.line(deletions == 0 ? "Nothing to prune: the %d snapshot(s) of '%s' are within the "
                            + "policy (%s)" : "Dry run: the policy (%s) deletes %d of the %d snapshot(s) of '%s'; "
                            + "nothing was deleted", deletions == 0 ? new Object[] {plan.verdicts().size(), name,
                                plan.policy()} : new Object[] {plan.policy(), deletions, plan.verdicts().size(), name});
                }
                return ExitCodes.OK;
            }
            if (!output.structured()) {
                SnapshotView.plan(printer, plan);
            }
            Confirmation.require(prompt, yes, "Delete " + deletions + " snapshot(s) of '" + name + "'? [y/N] ",
                    "pruning deletes " + deletions + " snapshot(s) of '" + name + "' for good and there is no "
                    + "terminal to confirm on: pass --yes (or look first with --dry-run)",
                    "prune cancelled: the snapshots of '" + name + "' were kept");
            PruneResult result = snapshots.prune(plan, printer::progress);
            if (output.structured()) {
                printer.document(result, output.format() == OutputOptions.Format.yaml);
            } else {
                printer.line("Deleted %d snapshot(s) of '%s'; kept %d", result.deleted().size(), name,
                        plan.verdicts().size() - result.deleted().size());
            }
            result.failed().forEach((snapshot, error) -> printer.error("could not delete snapshot %s: %s", snapshot,
                    error));
            return result.failed().isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        }
    }

    private SnapshotRetention retention() {
        if (keep == null && olderThan == null) {
            SnapshotRetention fromSpec = app.specOfApplication(host.env()).map(ApplicationSpec::snapshotRetention)
                    .orElse(SnapshotRetention.NONE);
            if (!fromSpec.defined()) {
                throw new FlinkctlException(ExitCodes.USAGE, "no retention policy: pass --keep N and/or "
                        + "--older-than DURATION, or set snapshotRetention in the spec");
            }
            return fromSpec;
        }
        if (keep != null && keep < 1) {
            throw new FlinkctlException(ExitCodes.USAGE, "--keep must be at least 1, not " + keep
                    + " (the latest READY snapshot is always kept)");
        }
        if (olderThan != null && olderThan.isNegative()) {
            throw new FlinkctlException(ExitCodes.USAGE, "--older-than must not be negative");
        }
        return new SnapshotRetention(keep, olderThan);
    }
}
