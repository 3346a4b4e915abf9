package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.localenv.LocalEnvironment;
import dev.flinkctl.localenv.LocalStatus;
import dev.flinkctl.option.LocalOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flinkctl local status}: endpoints, ports, dashboard, data directory and running applications. */
@Command(name = "status",
        description = "Show whether the local environment runs: its endpoints and ports, the Flink dashboard, the "
            + "data directory, the bucket and streams, whether it is the current target, and its applications.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl local status",
            "  flinkctl local status -o json",
            "  flinkctl local status --data-dir /tmp/flinkctl-local"},
        exitCodeList = {
            ExitCodeHelp.OK + "running",
            ExitCodeHelp.FAILED + "partly running, or not answering (the output says what; 'flinkctl local up' "
                + "restarts it)",
            ExitCodeHelp.INVALID_ARGUMENTS,
            ExitCodeHelp.NOT_FOUND + "not running"})
public final class LocalStatusCommand implements Callable<Integer> {

    @Mixin
    LocalOptions local;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    private final Host host;

    /** @param host this machine */
    public LocalStatusCommand(Host host) {
        this.host = host;
    }

    /** @return {@link ExitCodes#OK} running, {@link ExitCodes#NOT_FOUND} stopped, {@link ExitCodes#FAILED} degraded */
    @Override
    public Integer call() {
        LocalStatus status = LocalEnvironment.open(host, local.dataDir()).status();
        LocalStatusView.print(Printer.of(spec), status, output);
        return switch (status.state()) {
            case RUNNING -> ExitCodes.OK;
            case STOPPED -> ExitCodes.NOT_FOUND;
            case DEGRADED -> ExitCodes.FAILED;
        };
    }
}
