package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.TargetOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.output.Prompt;
import dev.flinkctl.msf.snapshots.ApplicationSnapshots;
import dev.flinkctl.msf.snapshots.Snapshot;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flinkctl snapshot delete APP NAME...}: DeleteApplicationSnapshot, with the timestamp looked up. */
@Command(name = "delete",
        description = {"Delete snapshots by name; flinkctl looks up the creation timestamp MSF requires. Every name "
            + "is checked first: one unknown name deletes nothing.",
            "Pinned snapshots are refused (unpin them first). It asks for confirmation on a terminal; elsewhere pass "
                + "--yes."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl snapshot delete my-app v3-20261121-101500",
            "  flinkctl snapshot delete my-app old-1 old-2 --yes  # no prompt (scripts, CI)"},
        exitCodeList = {
            ExitCodeHelp.OK + "deleted",
            ExitCodeHelp.FAILED + "a delete failed, or you answered no",
            ExitCodeHelp.USAGE + "invalid input, or no terminal to confirm on and no --yes",
            ExitCodeHelp.NOT_FOUND + "no such application or snapshot, or the local target is not running",
            ExitCodeHelp.NO_CREDENTIALS,
            ExitCodeHelp.CONFLICT + "pinned, still CREATING, or the application is busy"})
public final class SnapshotDeleteCommand implements Callable<Integer> {
    @Mixin TargetOptions target;
    @Mixin OutputOptions output;

    @Parameters(index = "0", paramLabel = "APP", description = "Application name",
            completionCandidates = DynamicCandidates.ApplicationNames.class)
    String application;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "NAME", description = "Snapshots to delete",
            completionCandidates = DynamicCandidates.SnapshotNames.class)
    List<String> names;

    @Option(names = "--yes", description = "Delete without asking (required when not on a terminal)")
    boolean yes;

    @Spec CommandSpec spec;

    private final Host host;
    private final Prompt prompt;

    /**
     * @param host   this machine (environment, configuration)
     * @param prompt asks before deleting
     */
    public SnapshotDeleteCommand(Host host, Prompt prompt) {
        this.host = host;
        this.prompt = prompt;
    }

    /** @return {@link ExitCodes#OK} once deleted */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = output.printer(spec, host.env());
        Target resolved = new Targets(host).resolve(target.request(), false, printer::progress);
        try (AwsClients aws = resolved.clients()) {
            ApplicationSnapshots snapshots = SnapshotView.snapshots(aws, resolved);
            List<Snapshot> all = snapshots.list(application);
            List<Snapshot> chosen = ApplicationSnapshots.select(application, all, names);
            warn(printer, all, chosen);
            Confirmation.require(prompt, yes, "Delete " + chosen.size() + " snapshot(s) of '" + application
                    + "'? [y/N] ", "deleting snapshots of '" + application + "' cannot be undone and there is no "
                    + "terminal to confirm on: pass --yes", "delete cancelled: the snapshots of '" + application
                    + "' were kept");
            snapshots.delete(application, chosen);
            List<Snapshot> deleted = chosen;
            if (output.structured()) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("application", application);
                result.put("deleted", deleted);
                printer.document(result, output.format() == OutputOptions.Format.yaml);
            } else {
                printer.line("Deleted snapshot(s) of '%s': %s", application,
                        String.join(", ", deleted.stream().map(Snapshot::name).toList()));
            }
        }
        return ExitCodes.OK;
    }

    private void warn(Printer printer, List<Snapshot> all, List<Snapshot> chosen) {
        chosen.forEach(s -> printer.progress("Deleting snapshot " + SnapshotView.describe(s) + "; this cannot be "
                + "undone"));
        Optional<Snapshot> latest = all.stream().filter(Snapshot::ready).findFirst();
        if (latest.isPresent() && chosen.stream().anyMatch(s -> s.name().equals(latest.get().name()))) {
            Optional<Snapshot> next = all.stream().filter(Snapshot::ready)
                    .filter(s -> chosen.stream().noneMatch(c -> c.name().equals(s.name()))).findFirst();
            printer.progress("warning: " + latest.get().name() + " is the latest READY snapshot: the next start or "
                    + "rollback of '" + application + "' restores " + next.map(SnapshotView::describe)
                    .orElse("no snapshot: it starts without state"));
        }
    }
}
