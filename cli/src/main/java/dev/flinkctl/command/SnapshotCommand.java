package dev.flinkctl.command;

import picocli.CommandLine.Command;

/** {@code flinkctl snapshot}: the group of commands for an application's snapshots. */
@Command(name = "snapshot",
        description = {
            "List, take, delete, pin and prune an application's snapshots (MSF's savepoints).",
            "",
            "MSF never deletes snapshots: one piles up on every stop and update, up to 1,000 per application, each "
                + "billed as backup storage. 'snapshot prune' applies a retention policy; pinned snapshots, the "
                + "latest READY one and the ones the current or previous version restores from are never deleted."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl snapshot list my-app",
            "  flinkctl snapshot create my-app before-schema-change",
            "  flinkctl snapshot prune my-app --keep 10 --dry-run"},
        exitCodeList = {
            ExitCodeHelp.HELP_SHOWN,
            ExitCodeHelp.NO_SUBCOMMAND},
        subcommands = {SnapshotListCommand.class, SnapshotCreateCommand.class, SnapshotDeleteCommand.class,
            SnapshotPruneCommand.class, SnapshotPinCommand.class, SnapshotUnpinCommand.class})
public final class SnapshotCommand {
}
