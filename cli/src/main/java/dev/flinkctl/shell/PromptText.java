package dev.flinkctl.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The shell's prompt: where the next command goes and how the last one ended, e.g.
 * {@code flinkctl [local fraud-detection]> } or {@code flinkctl [aws prod eu-west-1 my-app] exit=3> }.
 */
public final class PromptText {
    private PromptText() {
    }

    /**
     * @param session     the session, with the target resolved (its profile and region show only for AWS, where they
     *                    are used; an unset one is left out)
     * @param application the application commands act on without APP, or null to leave it out
     * @param lastExit    the exit code of the last command; shown when it is not 0
     * @return the prompt, ending in {@code "> "}
     */
    public static String of(Session session, String application, int lastExit) {
        List<String> parts = new ArrayList<>();
        parts.add(session.target());
        if (session.onAws()) {
            add(parts, session.profile());
            add(parts, session.region());
        }
        add(parts, application);
        return "flinkctl [" + String.join(" ", parts) + "]" + (lastExit == 0 ? "" : " exit=" + lastExit) + "> ";
    }

    private static void add(List<String> parts, String part) {
        if (part != null) {
            parts.add(part);
        }
    }
}
