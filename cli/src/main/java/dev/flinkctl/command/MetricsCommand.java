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
        subcommands = {MetricsTailCommand.class, MetricsGetCommand.class, MetricsListCommand.class})
public final class MetricsCommand {
}
