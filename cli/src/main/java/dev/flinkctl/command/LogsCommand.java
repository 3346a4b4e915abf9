package dev.flinkctl.command;

import picocli.CommandLine.Command;

/** {@code flinkctl logs}: the group of commands for an application's CloudWatch Logs. */
@Command(name = "logs",
        description = {
            "Read an application's log lines from CloudWatch Logs: the log stream its logging option names "
                + "(by default /aws/kinesis-analytics/<app>, stream kinesis-analytics-log-stream).",
            "",
            "MSF writes each line as a JSON object (logger, message, threadName, messageType = the level, ...); "
                + "'logs tail' shows them readably on a terminal and as JSON lines elsewhere."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl logs tail my-app",
            "  flinkctl logs tail my-app --level WARN --since 1h --no-follow"},
        exitCodeList = {
            ExitCodeHelp.HELP_SHOWN,
            ExitCodeHelp.NO_SUBCOMMAND},
        subcommands = {LogsTailCommand.class})
public final class LogsCommand {
}
