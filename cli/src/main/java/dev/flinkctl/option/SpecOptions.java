package dev.flinkctl.option;

import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.spec.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code -f FILE}: the application spec. Without {@code -f}, {@code flinkctl.yaml} in the working directory if it
 * exists, else the built-in defaults (the included job as application {@value ApplicationSpec#DEFAULT_NAME}).
 */
public final class SpecOptions {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "Application spec (default: ./flinkctl.yaml if it exists, else the included job with "
                + "defaults)")
    Path file;

    /**
     * @param env the environment, for {@code fromEnv} property values
     * @return the spec: the {@code -f} file, else {@code ./flinkctl.yaml}, else the defaults
     * @throws dev.flinkctl.FlinkctlException USAGE for a missing {@code -f} file or a bad spec
     */
    public ApplicationSpec spec(Map<String, String> env) {
        return read(file, env);
    }

    /**
     * @param file the {@code -f} file, or null for {@code ./flinkctl.yaml} if it exists, else the defaults
     * @param env  the environment, for {@code fromEnv} property values
     * @return the spec
     * @throws dev.flinkctl.FlinkctlException USAGE for a missing {@code -f} file or a bad spec
     */
    public static ApplicationSpec read(Path file, Map<String, String> env) {
        if (file != null) {
            return new SpecReader(env).read(file);
        }
        Path here = Path.of(ApplicationSpec.DEFAULT_FILE);
        return Files.isRegularFile(here) ? new SpecReader(env).read(here) : ApplicationSpec.defaults();
    }

    /** @return true if a spec file was named with {@code -f} or exists in the working directory */
    public boolean present() {
        return file != null || Files.isRegularFile(Path.of(ApplicationSpec.DEFAULT_FILE));
    }
}
