package dev.flinkctl.run;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The parts of a flinkctl installation that {@code flinkctl run} and {@code flinkctl local up} need, under its
 * home: the {@code lib/flinkctl} directory that {@code install.sh} creates.
 *
 * <pre>
 *   local/*.jar               the runner, the local endpoint and Flink
 *   job/flinkctl-job.jar      the included job
 *   conf/local.jvm-options    the runner JVM's options (a java {@code @argfile})
 * </pre>
 *
 * @param home the {@code lib/flinkctl} directory
 */
public record Installation(Path home) {
    /** The system property the launcher sets to the home directory. */
    public static final String HOME_PROPERTY = "flinkctl.home";
    /** The environment variable read when {@link #HOME_PROPERTY} is not set. */
    public static final String HOME_ENV = "FLINKCTL_HOME";

    /**
     * Finds the home from the system property {@value #HOME_PROPERTY}, else the environment variable
     * {@value #HOME_ENV}.
     *
     * @return the home directory, or empty if neither is set
     */
    public static Optional<Path> locate() {
        String home = System.getProperty(HOME_PROPERTY);
        if (home == null || home.isBlank()) {
            home = System.getenv(HOME_ENV);
        }
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home));
    }

    /**
     * Checks that {@code home} holds the embedded runtime.
     *
     * @param home the located home, or empty
     * @return the installation
     * @throws FlinkctlException with {@link ExitCodes#FAILED} if the home is unknown or incomplete
     */
    public static Installation require(Optional<Path> home) {
        return require(home, "run");
    }

    /**
     * Checks that {@code home} holds the embedded runtime.
     *
     * @param home    the located home, or empty
     * @param command the command that needs it, named in the error, e.g. {@code local up}
     * @return the installation
     * @throws FlinkctlException with {@link ExitCodes#FAILED} if the home is unknown or incomplete
     */
    public static Installation require(Optional<Path> home, String command) {
        if (home.isEmpty()) {
            throw new FlinkctlException(ExitCodes.FAILED, command + " needs the embedded Flink runtime, but neither -D"
                    + HOME_PROPERTY + " nor " + HOME_ENV + " says where it is: reinstall with ./install.sh");
        }
        Installation installation = new Installation(home.get().toAbsolutePath().normalize());
        if (!Files.isDirectory(installation.localLibs()) || !Files.isRegularFile(installation.jobJar())
                || !Files.isRegularFile(installation.runnerJvmOptions())) {
            throw new FlinkctlException(ExitCodes.FAILED, command + " needs the embedded Flink runtime in "
                    + installation.home() + " (local/, job/flinkctl-job.jar, conf/local.jvm-options): "
                    + "reinstall with ./install.sh");
        }
        return installation;
    }

    /** @return the directory of the runner's jars */
    public Path localLibs() {
        return home.resolve("local");
    }

    /** @return the included job jar */
    public Path jobJar() {
        return home.resolve("job").resolve("flinkctl-job.jar");
    }

    /** @return the runner JVM's options file */
    public Path runnerJvmOptions() {
        return home.resolve("conf").resolve("local.jvm-options");
    }
}
