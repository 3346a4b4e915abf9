package dev.flinkctl.localenv;

import dev.flinkctl.run.Installation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the local environment takes from this machine, passed in so tests can substitute each part.
 *
 * @param env          environment variables ({@code FLINKCTL_LOCAL_DIR}, {@code FLINKCTL_CONFIG_DIR},
 *                     {@code XDG_DATA_HOME}, {@code MOTO_SERVER}, {@code PATH})
 * @param userHome     the user's home directory
 * @param installation locates the installation's {@code lib/flinkctl} directory (the endpoint's jars)
 * @param java         the Java that runs the endpoint
 * @param processes    starts the background servers
 */
public record Host(Map<String, String> env, Path userHome, Supplier<Optional<Path>> installation, JavaRuntime java,
                   ProcessStarter processes) {

    /** @return this machine: the real environment, home, installation and Java, detached processes */
    public static Host current() {
        return current(Installation::locate);
    }

    /** @return this machine, with the installation found by {@code installation} */
    public static Host current(Supplier<Optional<Path>> installation) {
        Map<String, String> env = System.getenv();
        return new Host(env, Path.of(System.getProperty("user.home")), installation, JavaRuntime.current(),
                new DetachedProcesses(env.get("PATH")));
    }
}
