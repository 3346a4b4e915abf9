package dev.flinkctl.option;

import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.spec.ApplicationSpec;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code [APP]}: the application a command acts on. Without it, {@code $FLINKCTL_APPLICATION} (set by
 * {@code flinkctl shell}'s {@code use APP}, or by a script), else the name in the spec ({@code -f}, else
 * {@code ./flinkctl.yaml}), else {@value ApplicationSpec#DEFAULT_NAME}, the name {@code flinkctl deploy} gives the
 * included job.
 */
public final class ApplicationOptions {
    /** The environment variable that names the application when no APP is given. */
    public static final String APPLICATION_ENV = "FLINKCTL_APPLICATION";

    @Parameters(index = "0", arity = "0..1", paramLabel = "APP",
            completionCandidates = DynamicCandidates.ApplicationNames.class,
            description = "Application name (default: $" + APPLICATION_ENV + ", else the spec's name, else "
                + ApplicationSpec.DEFAULT_NAME + ")")
    String name;

    @Mixin
    SpecOptions spec;

    /**
     * @param env the environment, for {@value #APPLICATION_ENV} and the spec's {@code fromEnv} values
     * @return the application name: APP, else {@value #APPLICATION_ENV}, else the spec's name
     */
    public String name(Map<String, String> env) {
        return name(name, spec.file, env);
    }

    /**
     * The rule every command follows, for callers without a parsed command line (completion, the shell's prompt).
     *
     * @param typed    the APP given, or null
     * @param specFile the {@code -f} file, or null for {@code ./flinkctl.yaml} if it exists, else the defaults
     * @param env      the environment, for {@value #APPLICATION_ENV} and the spec's {@code fromEnv} values
     * @return the application name: {@code typed}, else {@value #APPLICATION_ENV}, else the spec's name
     * @throws dev.flinkctl.FlinkctlException USAGE for a missing {@code -f} file or a bad spec, when it is read
     */
    public static String name(String typed, Path specFile, Map<String, String> env) {
        String chosen = chosen(typed, env);
        return chosen != null ? chosen : SpecOptions.read(specFile, env).name();
    }

    /**
     * @param env the environment, for the spec's {@code fromEnv} values
     * @return the spec file's spec when there is a spec file and it describes {@link #name} (an explicit APP or
     *         {@value #APPLICATION_ENV} may name another application); else empty
     */
    public Optional<ApplicationSpec> specOfApplication(Map<String, String> env) {
        if (!spec.present()) {
            return Optional.empty();
        }
        ApplicationSpec read = spec.spec(env);
        String chosen = chosen(name, env);
        return chosen == null || chosen.equals(read.name()) ? Optional.of(read) : Optional.empty();
    }

    /** @return {@code typed}, else a non-blank {@value #APPLICATION_ENV}, else null */
    private static String chosen(String typed, Map<String, String> env) {
        if (typed != null) {
            return typed;
        }
        String fromEnv = env.get(APPLICATION_ENV);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
    }
}
