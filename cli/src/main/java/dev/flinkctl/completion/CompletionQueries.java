package dev.flinkctl.completion;

import dev.flinkctl.candidates.CandidateKind;
import dev.flinkctl.candidates.CandidateQuery;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.SpecOptions;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.targets.TargetRequest;
import dev.flinkctl.targets.Targets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns what is known at a completion into a {@link CandidateQuery}: the words typed so far (shell completion), or
 * the session's environment ({@code flinkctl shell}). The application defaults as for a command without {@code APP}:
 * {@value ApplicationOptions#APPLICATION_ENV}, else the spec's name ({@code -f}, else {@code ./flinkctl.yaml}), else the included
 * job's.
 */
public final class CompletionQueries {
    private CompletionQueries() {
    }

    /**
     * @param kind what to list
     * @param line the command line typed so far
     * @param env  the environment
     * @return the query: the line's {@code --local}/{@code --profile}/{@code --region}, and its {@code APP}
     */
    public static CandidateQuery fromLine(CandidateKind kind, TypedLine line, Map<String, String> env) {
        TargetRequest target = new TargetRequest(line.option("--local").isPresent(),
                line.option("--profile").orElse(null), line.option("--region").orElse(null));
        String application = line.typed("APP")
                .orElseGet(() -> defaultApplication(line.option("--file").map(Path::of).orElse(null), env));
        return new CandidateQuery(kind, target, application);
    }

    /**
     * @param kind what to list
     * @param env  the session's environment: {@value Targets#TARGET_ENV}, and with {@code aws} also
     *             {@code AWS_PROFILE} and {@code AWS_REGION}, which the session may have set
     * @return the query for the session's target and default application
     */
    public static CandidateQuery fromSession(CandidateKind kind, Map<String, String> env) {
        boolean aws = "aws".equalsIgnoreCase(env.getOrDefault(Targets.TARGET_ENV, "").strip());
        // Only a session that chose AWS passes these on: elsewhere they would switch a local session to AWS.
        TargetRequest target = aws ? new TargetRequest(false, env.get("AWS_PROFILE"), env.get("AWS_REGION"))
                : TargetRequest.none();
        return new CandidateQuery(kind, target, defaultApplication(null, env));
    }

    private static String defaultApplication(Path specFile, Map<String, String> env) {
        String named = env.get(ApplicationOptions.APPLICATION_ENV);
        if (named != null && !named.isBlank()) {
            return named.strip();
        }
        try {
            return SpecOptions.read(specFile, env).name();
        } catch (RuntimeException e) {
            // A spec that does not read: the command will say why; completion falls back to the default name.
            return ApplicationSpec.DEFAULT_NAME;
        }
    }
}
