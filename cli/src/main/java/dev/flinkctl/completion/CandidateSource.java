package dev.flinkctl.completion;

import dev.flinkctl.candidates.CandidateKind;
import java.util.List;

/**
 * Where the dynamic {@code completionCandidates} of the command tree come from: the current target when picocli
 * completes at run time ({@code flinkctl shell}), or placeholders when a completion script is generated, which the
 * script turns into a call back to {@code flinkctl __complete}.
 */
@FunctionalInterface
public interface CandidateSource {

    /**
     * @param kind what to list
     * @return the candidates; never null, possibly empty
     */
    List<String> candidates(CandidateKind kind);

    /** @return the source for generating scripts: one {@link ScriptPlaceholder} per kind */
    static CandidateSource placeholders() {
        return kind -> List.of(ScriptPlaceholder.of(kind));
    }
}
