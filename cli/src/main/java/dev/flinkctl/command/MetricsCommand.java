package dev.flinkctl.command;

import picocli.CommandLine.Command;

/** {@code flinkctl metrics}: the group of commands that read an application's CloudWatch metrics. */
@Command(name = "metrics",
        description = {
            "Read the metrics MSF publishes to CloudWatch (namespace AWS/KinesisAnalytics, dimension Application): "
                + "a live view, one-shot queries with health conditions for CI, and what exists.",
            "",
            "MSF publishes once a minute (KPUs once an hour); the local endpoint every 10 s."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl metrics tail my-app  # live, full screen",
            "  flinkctl metrics get my-app --since 15m --fail-if 'fullRestarts>0'",
            "  flinkctl metrics list my-app"},
        exitCodeList = {
            ExitCodeHelp.HELP_SHOWN,
            ExitCodeHelp.NO_SUBCOMMAND},
        subcommands = {MetricsTailCommand.class, MetricsGetCommand.class, MetricsListCommand.class})
public final class MetricsCommand {
}
