package dev.flinkctl.candidates;

/**
 * The completion candidates that depend on what exists in the current target or on this machine, so a completion
 * script cannot list them when it is generated.
 */
public enum CandidateKind {
    /** Application names in the target's region. */
    applications,
    /** Snapshot names of one application. */
    snapshots,
    /** Application version ids of one application, newest first. */
    versions,
    /** AWS named profiles from {@code ~/.aws/config} and {@code ~/.aws/credentials}. */
    profiles
}
