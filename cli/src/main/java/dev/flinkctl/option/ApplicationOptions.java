package dev.flinkctl.option;

import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.spec.ApplicationSpec;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code [APP]}: the application a command acts on. Without it, the name in the spec ({@code -f}, else
 * {@code ./flinkctl.yaml}), else {@value ApplicationSpec#DEFAULT_NAME}, the name {@code flinkctl deploy} gives the
 * included job.
 */
public final class ApplicationOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "APP",
            completionCandidates = DynamicCandidates.ApplicationNames.class,
            description = "Application name (default: the spec's name, else " + ApplicationSpec.DEFAULT_NAME + ")")
    String name;

    @Mixin
    SpecOptions spec;

    /**
     * @param env the environment, for the spec's {@code fromEnv} values
     * @return the application name
     */
    public String name(Map<String, String> env) {
        return name != null ? name : spec.spec(env).name();
    }

    /**
     * @param env the environment, for the spec's {@code fromEnv} values
     * @return the spec file's spec when there is a spec file and it describes {@link #name} (an explicit APP may
     *         name another application); else empty
     */
    public Optional<ApplicationSpec> specOfApplication(Map<String, String> env) {
        if (!spec.present()) {
            return Optional.empty();
        }
        ApplicationSpec read = spec.spec(env);
        return name == null || name.equals(read.name()) ? Optional.of(read) : Optional.empty();
    }
}
