package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.completion.StaticCandidates;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.localenv.LocalEnvironment;
import dev.flinkctl.localenv.LocalEnvironment.UpResult;
import dev.flinkctl.localenv.UpRequest;
import dev.flinkctl.option.DurationConverter;
import dev.flinkctl.option.LocalOptions;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl local up}: starts the local environment in the background and makes it the current target. */
@Command(name = "up",
        description = {
            "Start moto_server and the local MSF endpoint in the background, create the bucket and the Kinesis "
                + "streams the included job uses, and make 'local' the target flinkctl uses.",
            "",
            "Everything listens on 127.0.0.1 only. If the environment is running already, this only prints its "
                + "status. moto_server comes from $MOTO_SERVER or the PATH (pip install \"moto[server]\")."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl local up",
            "  flinkctl local up --port 0 --moto-port 0 --dashboard-port 0  # free ports",
            "  flinkctl local up --data-dir /tmp/flinkctl-local --timeout 3m"},
        exitCodeList = {
            ExitCodeHelp.OK + "running (started now or already)",
            ExitCodeHelp.FAILED + "cannot start: moto_server missing, a port in use, Java too old, a server exited",
            ExitCodeHelp.INVALID_ARGUMENTS,
            ExitCodeHelp.TIMEOUT + "a server was not ready within --timeout",
            ExitCodeHelp.INTERRUPTED + "interrupted (Ctrl-C); what was started is stopped"})
public final class LocalUpCommand implements Callable<Integer> {

    @Mixin
    LocalOptions local;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + UpRequest.DEFAULT_PORT,
            description = "Port of the local MSF endpoint, 0 for a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--moto-port", paramLabel = "PORT", defaultValue = "" + UpRequest.DEFAULT_MOTO_PORT,
            description = "Port of moto_server, 0 for a free one (default: ${DEFAULT-VALUE})")
    int motoPort;

    @Option(names = "--dashboard-port", paramLabel = "PORT", defaultValue = "" + UpRequest.DEFAULT_DASHBOARD_PORT,
            description = "Port of the Flink dashboard (web UI), 0 for a free one (default: ${DEFAULT-VALUE})")
    int dashboardPort;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = UpRequest.DEFAULT_REGION,
            completionCandidates = StaticCandidates.Regions.class,
            description = "Region the local services report (default: ${DEFAULT-VALUE})")
    String region;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "90s", converter = DurationConverter.class,
            description = "How long each server may take to start, e.g. 90s or 3m (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    private final Host host;

    /** @param host this machine: environment, installation, Java, process starter */
    public LocalUpCommand(Host host) {
        this.host = host;
    }

    /**
     * @return {@link ExitCodes#OK} once the environment runs
     * @throws InterruptedException if interrupted while starting
     */
    @Override
    public Integer call() throws InterruptedException {
        Printer printer = Printer.of(spec);
        UpRequest request = new UpRequest(motoPort, port, dashboardPort, region, timeout);
        UpResult result = LocalEnvironment.open(host, local.dataDir()).up(request, printer::progress);
        if (!output.structured()) {
            printer.line(result.alreadyRunning() ? "The local environment was already running."
                    : "The local environment is up.");
        }
        LocalStatusView.print(printer, result.status(), output);
        return ExitCodes.OK;
    }
}
