package dev.flinkctl.completion;

import dev.flinkctl.candidates.CandidateKind;
import dev.flinkctl.candidates.CandidateQuery;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.shell.Session;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.targets.TargetRequest;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns what is known at a completion into a {@link CandidateQuery}: the words typed so far (shell completion), or
 * the session's environment ({@code flinkctl shell}). The application is chosen as a command without {@code APP}
 * chooses it ({@link ApplicationOptions#name(String, Path, Map)}).
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
        return new CandidateQuery(kind, target, application(line.typed("APP").orElse(null),
                line.option("--file").map(Path::of).orElse(null), env));
    }

    /**
     * @param kind what to list
     * @param env  the session's environment, as {@link Session#env} lays it out
     * @return the query for the session's target and default application
     */
    public static CandidateQuery fromSession(CandidateKind kind, Map<String, String> env) {
        Session session = Session.from(env);
        // Only a session that chose AWS passes these on: elsewhere they would switch a local session to AWS.
        TargetRequest target = Session.AWS.equalsIgnoreCase(session.target())
                ? new TargetRequest(false, session.profile(), session.region()) : TargetRequest.none();
        return new CandidateQuery(kind, target, application(null, null, env));
    }

    /** @return the application as a command would choose it, or the default name when the spec does not read */
    private static String application(String typed, Path specFile, Map<String, String> env) {
        try {
            return ApplicationOptions.name(typed, specFile, env);
        } catch (RuntimeException e) {
            // A spec that does not read: the command will say why; completion falls back to the default name.
            return ApplicationSpec.DEFAULT_NAME;
        }
    }
}
