package dev.flinkctl.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What {@code flinkctl deploy} did: the JSON document of {@code deploy -o json} (shape documented in the README).
 *
 * @param outcome        what happened
 * @param application    the application name
 * @param applicationArn its ARN
 * @param versionId      its application version id afterwards
 * @param status         its status afterwards
 * @param code           where its code is
 * @param uploaded       true if the jar was uploaded by this deploy
 * @param plan           what the deploy decided to do
 * @param health         the health gate's verdict, or null when it did not run
 * @param rolledBackTo   the version id the health gate rolled back to, or null
 * @param message        one line saying what happened
 * @param durationMs     how long the deploy took, in ms
 * @param prunedSnapshots the snapshots the spec's snapshotRetention deleted after the deploy, or null when the spec
 *                        has no retention policy or the deploy did not end with the application running
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"outcome", "application", "applicationArn", "versionId", "status", "code", "uploaded", "plan",
    "health", "rolledBackTo", "message", "durationMs", "prunedSnapshots"})
public record DeployResult(Outcome outcome, String application, String applicationArn, Long versionId, String status,
                           CodeLocation code, boolean uploaded, Plan plan, HealthGate.Verdict health,
                           Long rolledBackTo, String message, long durationMs, List<String> prunedSnapshots) {

    /** @return this result, with the snapshots the retention policy deleted */
    public DeployResult withPruned(List<String> pruned) {
        return new DeployResult(outcome, application, applicationArn, versionId, status, code, uploaded, plan, health,
                rolledBackTo, message, durationMs, List.copyOf(pruned));
    }

    /** How a deploy ended. */
    public enum Outcome {
        /** Nothing differed and the application was running: no call was made. */
        unchanged,
        /** The application was created, updated or started, and (with --wait) is healthy. */
        deployed,
        /** Submitted without waiting ({@code --no-wait}). */
        submitted,
        /** The new version failed the health gate and the previous version runs again. */
        rolled_back,
        /** The new version failed the health gate and there was no previous version to return to. */
        unhealthy
    }
}
