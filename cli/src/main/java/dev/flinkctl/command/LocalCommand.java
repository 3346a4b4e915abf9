package dev.flinkctl.command;

import picocli.CommandLine.Command;

/** {@code flinkctl local}: the group of commands for the local MSF environment. */
@Command(name = "local",
        description = {
            "Run a local stand-in for Managed Service for Apache Flink on this machine.",
            "",
            "'local up' starts moto_server (S3, CloudWatch, CloudWatch Logs, Kinesis) and the local MSF endpoint "
                + "(kinesisanalyticsv2 on an embedded Flink) in the background, on 127.0.0.1 only, and makes them "
                + "the target flinkctl uses. No AWS account is needed."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl local up",
            "  flinkctl local status",
            "  flinkctl local down"},
        exitCodeList = {
            ExitCodeHelp.HELP_SHOWN,
            ExitCodeHelp.NO_SUBCOMMAND},
        subcommands = {LocalUpCommand.class, LocalStatusCommand.class, LocalDownCommand.class,
            LocalResetCommand.class})
public final class LocalCommand {
}
