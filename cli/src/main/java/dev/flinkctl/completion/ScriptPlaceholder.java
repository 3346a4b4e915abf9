package dev.flinkctl.completion;

import dev.flinkctl.candidates.CandidateKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single candidate a dynamic option offers while a completion script is generated, e.g.
 * {@code FLINKCTL_DYNAMIC_applications}. Letters and underscores only, so picocli writes it into the bash script
 * unchanged, and each script generator replaces it with a call to {@code flinkctl __complete applications}.
 */
public final class ScriptPlaceholder {
    private static final String PREFIX = "FLINKCTL_DYNAMIC_";
    /** Matches a placeholder; group 1 is the kind. */
    public static final Pattern PATTERN = Pattern.compile(PREFIX + "([a-z]+)");

    private ScriptPlaceholder() {
    }

    /** @return the placeholder for {@code kind} */
    public static String of(CandidateKind kind) {
        return PREFIX + kind.name();
    }

    /** @return the kind {@code candidate} stands for, or empty when it is an ordinary candidate */
    public static Optional<CandidateKind> kind(String candidate) {
        Matcher matcher = PATTERN.matcher(candidate);
        return matcher.matches() ? Optional.of(CandidateKind.valueOf(matcher.group(1))) : Optional.empty();
    }
}
