package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.localenv.LocalEnvironment;
import dev.flinkctl.localenv.LocalEnvironment.Stopped;
import dev.flinkctl.option.LocalOptions;
import dev.flinkctl.output.Printer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flinkctl local down}: stops the local environment's servers and keeps its data. */
@Command(name = "down",
        description = {
            "Stop the local MSF endpoint and moto_server.",
            "",
            "The endpoint first snapshots running applications (it may take up to a minute). The data directory "
                + "(applications, snapshots, logs) and the current target are kept; 'flinkctl local up' starts "
                + "the servers again. moto_server keeps its data in memory only: objects in the bucket and records "
                + "in the streams are gone."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl local down  # the data directory is kept",
            "  flinkctl local down --data-dir /tmp/flinkctl-local"},
        exitCodeList = {
            ExitCodeHelp.OK + "stopped, or nothing was running",
            ExitCodeHelp.ERROR,
            ExitCodeHelp.INVALID_ARGUMENTS})
public final class LocalDownCommand implements Callable<Integer> {

    @Mixin
    LocalOptions local;

    @Spec
    CommandSpec spec;

    private final Host host;

    /** @param host this machine */
    public LocalDownCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK}
     * @throws InterruptedException if interrupted while waiting for a server to stop
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = Printer.of(spec);
        LocalEnvironment environment = LocalEnvironment.open(host, local.dataDir());
        List<Stopped> stopped = environment.down(printer::progress);
        if (stopped.isEmpty()) {
            printer.line("The local environment in %s is not running: nothing to stop.", environment.dataDir());
            return ExitCodes.OK;
        }
        for (Stopped server : stopped) {
            printer.line("Stopped %s (pid %d)%s.", server.name(), server.pid(),
                    server.graceful() ? "" : ", forcibly: it did not stop in time");
        }
        printer.line("Data kept in %s: 'flinkctl local up' starts it again, 'flinkctl local reset' deletes it.",
                environment.dataDir());
        return ExitCodes.OK;
    }
}
