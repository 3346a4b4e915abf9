package dev.flinkctl.localenv;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How {@code flinkctl local up} starts the servers. Port 0 asks for a free port (the servers report theirs).
 *
 * @param motoPort      moto_server's port
 * @param port          the local MSF endpoint's port
 * @param dashboardPort the Flink web UI's port
 * @param region        the region the local services report
 * @param timeout       how long each server may take to become ready
 */
public record UpRequest(int motoPort, int port, int dashboardPort, String region, Duration timeout) {
    /** moto_server's default port (the one LocalStack made familiar). */
    public static final int DEFAULT_MOTO_PORT = 4566;
    /** The endpoint's default port. */
    public static final int DEFAULT_PORT = 4599;
    /** The Flink web UI's default port (Flink's own default). */
    public static final int DEFAULT_DASHBOARD_PORT = 8081;
    /** The default region. */
    public static final String DEFAULT_REGION = "us-east-1";
    /** How long each server may take to become ready by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    /**
     * @throws FlinkctlException with {@link ExitCodes#USAGE} if a port is out of range, two ports are the same, the
     *                           region is not a region name or the timeout is not positive
     */
    public UpRequest {
        checkPort(motoPort, "--moto-port");
        checkPort(port, "--port");
        checkPort(dashboardPort, "--dashboard-port");
        if (motoPort != 0 && (motoPort == port || motoPort == dashboardPort) || port != 0 && port == dashboardPort) {
            throw new FlinkctlException(ExitCodes.USAGE, "--moto-port, --port and --dashboard-port must differ, but "
                    + "two are " + (port != 0 && port == dashboardPort ? port : motoPort) + ": choose another port");
        }
        if (region == null || !REGION.matcher(region).matches()) {
            throw new FlinkctlException(ExitCodes.USAGE, "'" + region + "' is not an AWS region name: "
                    + "e.g. --region " + DEFAULT_REGION);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new FlinkctlException(ExitCodes.USAGE, "--timeout must be positive: e.g. --timeout 3m");
        }
    }

    /** @return the defaults: ports 4566, 4599, 8081, us-east-1, 90 s */
    public static UpRequest defaults() {
        return new UpRequest(DEFAULT_MOTO_PORT, DEFAULT_PORT, DEFAULT_DASHBOARD_PORT, DEFAULT_REGION, DEFAULT_TIMEOUT);
    }

    private static void checkPort(int value, String option) {
        if (value < 0 || value > Ports.MAX) {
            throw new FlinkctlException(ExitCodes.USAGE, option + " must be a port from 1 to 65535, or 0 for a free "
                    + "one, not " + value);
        }
    }
}
