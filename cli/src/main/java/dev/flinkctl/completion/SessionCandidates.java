package dev.flinkctl.completion;

import dev.flinkctl.candidates.CandidateKind;
import dev.flinkctl.candidates.LiveCandidates;
import dev.flinkctl.localenv.Host;
import java.util.List;
import java.util.function.Supplier;

/**
 * Candidates of the run's own target and default application, for completion inside the process
 * ({@code flinkctl shell}), where the environment carries the session's choices.
 */
public final class SessionCandidates implements CandidateSource {
    private final Supplier<Host> host;

    /** @param host this machine, taken only when something is completed */
    public SessionCandidates(Supplier<Host> host) {
        this.host = host;
    }

    @Override
    public List<String> candidates(CandidateKind kind) {
        Host machine = host.get();
        return LiveCandidates.of(machine).find(CompletionQueries.fromSession(kind, machine.env()));
    }
}
