package dev.flinkctl.completion;

import dev.flinkctl.candidates.CandidateKind;
import java.util.Iterator;

/**
 * A picocli {@code completionCandidates} class whose candidates are looked up only when they are iterated, i.e. when
 * something is completed, never when the command tree is built (so {@code --help} and {@code --version} stay fast).
 * Subclasses exist because an annotation can only name a class; {@link dev.flinkctl.CommandFactory} creates them
 * with the {@link CandidateSource} of the run.
 */
public abstract class DynamicCandidates implements Iterable<String> {
    private final CandidateKind kind;
    private final CandidateSource source;

    /**
     * @param kind   what this option or parameter takes
     * @param source where candidates come from
     */
    protected DynamicCandidates(CandidateKind kind, CandidateSource source) {
        this.kind = kind;
        this.source = source;
    }

    @Override
    public Iterator<String> iterator() {
        return source.candidates(kind).iterator();
    }

    /** Application names of the current target. */
    public static final class ApplicationNames extends DynamicCandidates {
        /** @param source where candidates come from */
        public ApplicationNames(CandidateSource source) {
            super(CandidateKind.applications, source);
        }
    }

    /** Snapshot names of the application being completed. */
    public static final class SnapshotNames extends DynamicCandidates {
        /** @param source where candidates come from */
        public SnapshotNames(CandidateSource source) {
            super(CandidateKind.snapshots, source);
        }
    }

    /** Version ids of the application being completed. */
    public static final class VersionIds extends DynamicCandidates {
        /** @param source where candidates come from */
        public VersionIds(CandidateSource source) {
            super(CandidateKind.versions, source);
        }
    }

    /** AWS named profiles of this machine. */
    public static final class ProfileNames extends DynamicCandidates {
        /** @param source where candidates come from */
        public ProfileNames(CandidateSource source) {
            super(CandidateKind.profiles, source);
        }
    }
}
