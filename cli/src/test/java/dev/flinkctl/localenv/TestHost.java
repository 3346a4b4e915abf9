package dev.flinkctl.localenv;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Builds {@link Host}s for tests: this process's environment, but home and configuration in a temporary directory. */
public final class TestHost {

    private TestHost() {
    }

    /**
     * @param dir          a temporary directory: {@code home/} is the user's home, {@code config/} the configuration
     * @param installation the installation home ({@code lib/flinkctl}), or null for none
     * @param java         the Java that would run the endpoint
     * @param processes    starts the servers
     * @param env          variables to set (a null value removes one)
     */
    public static Host create(Path dir, Path installation, JavaRuntime java, ProcessStarter processes,
                              Map<String, String> env) {
        Map<String, String> merged = new HashMap<>(System.getenv());
        merged.remove(LocalEnvironment.DATA_DIR_ENV);
        merged.remove("XDG_DATA_HOME");
        merged.put("FLINKCTL_CONFIG_DIR", dir.resolve("config").toString());
        env.forEach((name, value) -> {
            if (value == null) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        return new Host(Map.copyOf(merged), dir.resolve("home"), () -> Optional.ofNullable(installation), java,
                processes);
    }

    /** @return a host that must not start anything: its process starter fails the test */
    public static Host withoutProcesses(Path dir, Path installation, Map<String, String> env) {
        return create(dir, installation, JavaRuntime.current(), (command, environment, log) -> {
            throw new AssertionError("nothing should be started, but was asked to start " + command);
        }, env);
    }
}
