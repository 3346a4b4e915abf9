package dev.flinkctl.option;

import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --wait/--no-wait}, {@code --timeout}: whether a command follows its operation to the end. Waiting is the
 * default on a terminal and in CI ({@code CI=true}, {@code GITHUB_ACTIONS=true}), where the next step needs the
 * outcome; elsewhere (a script that fires and forgets) the command returns once MSF accepted the call.
 */
public final class WaitOptions {

    @Option(names = "--wait", negatable = true,
            description = "Follow the operation until it ends (default: on a terminal and in CI)")
    Boolean wait;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for each operation (default 10m; deploy: the spec's deploy.timeout)")
    Duration timeout;

    /**
     * @param env the environment, for {@code CI} and {@code GITHUB_ACTIONS}
     * @return true if the command should wait
     */
    public boolean await(Map<String, String> env) {
        if (wait != null) {
            return wait;
        }
        return System.console() != null || "true".equalsIgnoreCase(env.get("CI"))
                || "true".equalsIgnoreCase(env.get("GITHUB_ACTIONS"));
    }

    /**
     * @param fallback the timeout when {@code --timeout} is not given
     * @return the timeout
     */
    public Duration timeout(Duration fallback) {
        return timeout != null ? timeout : fallback;
    }
}
