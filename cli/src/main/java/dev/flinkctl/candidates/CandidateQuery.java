package dev.flinkctl.candidates;

import dev.flinkctl.targets.TargetRequest;

/**
 * What a completion asks for: a kind of candidate, in a target, for an application.
 *
 * @param kind        what to list
 * @param target      the target flags typed so far ({@code --local}, {@code --profile}, {@code --region}); the
 *                    environment and configuration fill in the rest, as for any command
 * @param application the application typed so far, or null for the default one (as a command would choose it)
 */
public record CandidateQuery(CandidateKind kind, TargetRequest target, String application) {

    /** @return a key naming this query in the cache: the same query typed again reads the same entry */
    String cacheKey() {
        return kind + "|" + target.local() + "|" + target.profile() + "|" + target.region() + "|" + application;
    }
}
