package dev.flinkctl.command;

import picocli.CommandLine.Command;

/** {@code flinkctl version}: the group of commands for an application's versions. */
@Command(name = "version",
        description = {
            "List, show, compare and roll back the versions of an application.",
            "",
            "MSF makes a new version for each configuration change (UpdateApplication, and a rollback). "
                + "'version rollback' returns to the version the current one was updated from, restoring the "
                + "latest snapshot."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl version list my-app",
            "  flinkctl version diff my-app  # previous -> current",
            "  flinkctl version rollback my-app"},
        exitCodeList = {
            ExitCodeHelp.HELP_SHOWN,
            ExitCodeHelp.NO_SUBCOMMAND},
        subcommands = {VersionListCommand.class, VersionShowCommand.class, VersionDiffCommand.class,
            VersionRollbackCommand.class})
public final class VersionCommand {
}
