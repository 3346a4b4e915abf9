package dev.flinkctl.local.msf;

import dev.flinkctl.local.msf.domain.Timings;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.flink.util.TimeUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code EndpointMain --data-dir DIR [options]}: runs the local MSF endpoint until SIGTERM or
 * Ctrl-C. Prints one line when ready and writes {@code <data-dir>/endpoint.json}. Exit codes: 0
 * clean shutdown, 1 cannot start (e.g. a port is taken), 2 bad arguments.
 */
@Command(name = "flinkctl-local-endpoint", mixinStandardHelpOptions = true,
        description = "The local Amazon Managed Service for Apache Flink endpoint (kinesisanalyticsv2 on a Flink MiniCluster).")
public final class EndpointMain implements Callable<Integer> {
    @Option(names = "--data-dir", required = true, description = "Where applications, code, checkpoints and snapshots are kept.")
    Path dataDirectory;

    @Option(names = "--port", defaultValue = "4599", description = "kinesisanalyticsv2 port on 127.0.0.1 (0: any free port). Default ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--dashboard-port", defaultValue = "8081", description = "Flink dashboard port on 127.0.0.1 (0: any free port). Default ${DEFAULT-VALUE}.")
    int dashboardPort;

    @Option(names = "--region", defaultValue = "us-east-1", description = "Region in ARNs. Default ${DEFAULT-VALUE}.")
    String region;

    @Option(names = "--account-id", defaultValue = "123456789012", description = "Account id in ARNs. Default ${DEFAULT-VALUE}.")
    String accountId;

    @Option(names = "--s3-endpoint", description = "S3 endpoint application code is fetched from (e.g. moto_server).")
    URI s3Endpoint;

    @Option(names = "--cloudwatch-endpoint", description = "CloudWatch endpoint metrics are published to.")
    URI cloudWatchEndpoint;

    @Option(names = "--logs-endpoint", description = "CloudWatch Logs endpoint log lines are shipped to.")
    URI logsEndpoint;

    @Option(names = "--slots", defaultValue = "8", description = "Task slots: the parallelism all running applications share. Default ${DEFAULT-VALUE}.")
    int slots;

    @Option(names = "--metrics-interval", defaultValue = "60s", converter = DurationConverter.class,
            description = "How often metrics are published. Default ${DEFAULT-VALUE}.")
    Duration metricsInterval;

    @Option(names = "--restart-delay", defaultValue = "1s", converter = DurationConverter.class,
            description = "How long a failed job waits before Flink restarts it. Default ${DEFAULT-VALUE}.")
    Duration restartDelay;

    @Option(names = "--stable-time", defaultValue = "2s", converter = DurationConverter.class,
            description = "How long a starting job must run without failing to count as started. Default ${DEFAULT-VALUE}.")
    Duration stableTime;

    @Option(names = "--start-timeout", defaultValue = "5min", converter = DurationConverter.class,
            description = "How long a job may take to start. Default ${DEFAULT-VALUE}.")
    Duration startTimeout;

    /** Entry point; exits with the code {@link #call()} returns. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CommandLine cli = new CommandLine(new EndpointMain());
        cli.setParameterExceptionHandler((e, a) -> {
            System.err.println("flinkctl local endpoint: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (slots < 1) {
            System.err.println("flinkctl local endpoint: --slots must be at least 1");
            return 2;
        }
        Timings defaults = Timings.defaults();
        EndpointSettings settings = new EndpointSettings(port, dashboardPort, dataDirectory, region, accountId, s3Endpoint,
                cloudWatchEndpoint, logsEndpoint, slots, metricsInterval, restartDelay,
                new Timings(stableTime, defaults.maxStartFailures(), startTimeout, defaults.pollInterval()));
        LocalEndpoint endpoint;
        try {
            endpoint = LocalEndpoint.start(settings);
        } catch (Exception e) {
            System.err.println("flinkctl local endpoint: " + startFailure(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.close();
            stopped.countDown();
        }, "endpoint-shutdown"));
        System.out.println("flinkctl local endpoint listening on " + endpoint.endpoint() + " (Flink dashboard "
                + endpoint.dashboard() + ", data " + dataDirectory.toAbsolutePath() + ")");
        System.out.flush();
        stopped.await();
        return 0;
    }

    private String startFailure(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "a port on 127.0.0.1 is in use (--port " + port + ", --dashboard-port " + dashboardPort
                        + "): stop what uses it or choose other ports";
            }
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Reads durations the way Flink writes them: {@code 500ms}, {@code 60s}, {@code 5min}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return TimeUtils.parseDuration(value);
        }
    }
}
