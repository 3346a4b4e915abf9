package dev.flinkctl.command;

import picocli.CommandLine.Command;

/** {@code flinkctl cost}: the group of commands that price MSF applications. */
@Command(name = "cost",
        description = {
            "Price MSF applications: KPU-hours (plus one orchestration KPU per application), running application "
                + "storage (50 GB per KPU) and durable application backups, metered per second with a 10-minute "
                + "minimum per start.",
            "",
            "Prices come from a bundled per-region table (each row with its source and date); --prices FILE "
                + "overrides or adds regions."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl cost estimate --region eu-west-2",
            "  flinkctl cost report my-app --since 7d",
            "  flinkctl cost idle --days 30"},
        exitCodeList = {
            ExitCodeHelp.HELP_SHOWN,
            ExitCodeHelp.NO_SUBCOMMAND},
        subcommands = {CostEstimateCommand.class, CostReportCommand.class, CostIdleCommand.class})
public final class CostCommand {
}
