package dev.flinkctl.deploy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.msf.Applications;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;

/**
 * Compares the desired application with the live one and decides what a deploy does. Pure: the caller fetches the
 * live description, tags and latest snapshot.
 */
public final class Planner {
    private static final Set<ApplicationStatus> SETTLED = Set.of(ApplicationStatus.READY, ApplicationStatus.RUNNING);

    private Planner() {
    }

    /**
     * The live side of a plan.
     *
     * @param detail         the application, or null when it does not exist
     * @param tags           its tags (empty when it does not exist)
     * @param latestSnapshot its newest READY snapshot, or null
     */
    public record Live(ApplicationDetail detail, Map<String, String> tags, SnapshotDetails latestSnapshot) {
        /** @return the live side of an application that does not exist */
        public static Live missing() {
            return new Live(null, Map.of(), null);
        }
    }

    /**
     * @param desired        the application as the spec wants it
     * @param target         the target's description, for the plan
     * @param live           the application as it is
     * @param uploadNeeded   true if the jar is not in S3 yet
     * @param allowStateLoss true if the deploy may start without the job's state ({@code --allow-state-loss})
     * @return the plan
     * @throws FlinkctlException {@link ExitCodes#CONFLICT} when the application is in a transient status
     *                           (STARTING, UPDATING, ...) and a deploy would have to wait for another operation
     */
    public static Plan plan(DesiredApplication desired, String target, Live live, boolean uploadNeeded,
                            boolean allowStateLoss) {
        ApplicationDetail detail = live.detail();
        if (detail == null) {
            List<Change> changes = ApplicationFields.diff(Map.of(), ApplicationFields.of(desired),
                    ApplicationFields.sensitive(desired.spec()));
            return new Plan(desired.name(), target, Plan.Action.create, null, null, desired.code(), uploadNeeded,
                    changes, true, false, "none: a new application starts without state",
                    steps(uploadNeeded, "CreateApplication", "StartApplication (SKIP_RESTORE_FROM_SNAPSHOT)"), null);
        }
        ApplicationStatus status = detail.applicationStatus();
        if (!SETTLED.contains(status)) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "application '" + desired.name() + "' is "
                    + detail.applicationStatusAsString() + ": wait until it is READY or RUNNING ('flinkctl status "
                    + desired.name() + "'), or stop it with 'flinkctl stop --force'");
        }
        List<Change> changes = ApplicationFields.diff(ApplicationFields.of(detail, live.tags()),
                ApplicationFields.of(desired), ApplicationFields.sensitive(desired.spec()));
        boolean running = status == ApplicationStatus.RUNNING;
        boolean configChanges = changes.stream().anyMatch(Change::restart);
        boolean tagChanges = changes.stream().anyMatch(change -> !change.restart());
        String restoreLatest = allowStateLoss ? "none: --allow-state-loss skips the snapshot"
                : live.latestSnapshot() == null ? "none: the application has no snapshot yet"
                : "latest snapshot " + live.latestSnapshot().snapshotName();
        if (configChanges) {
            List<String> calls = new ArrayList<>(steps(uploadNeeded, "UpdateApplication (ConditionalToken, "
                    + (allowStateLoss ? "SKIP_RESTORE_FROM_SNAPSHOT" : "RESTORE_FROM_LATEST_SNAPSHOT") + ")"));
            if (tagChanges) {
                calls.add("TagResource/UntagResource");
            }
            if (running) {
                boolean snapshot = !allowStateLoss && Applications.snapshotsEnabled(detail);
                return new Plan(desired.name(), target, Plan.Action.update, status.toString(),
                        detail.applicationVersionId(), desired.code(), uploadNeeded, changes, true, snapshot,
                        snapshot ? "the snapshot MSF takes when the update stops the job" : restoreLatest, calls, null);
            }
            calls.add("StartApplication (" + (allowStateLoss ? "SKIP_RESTORE_FROM_SNAPSHOT"
                    : "RESTORE_FROM_LATEST_SNAPSHOT") + ")");
            return new Plan(desired.name(), target, Plan.Action.update, status.toString(),
                    detail.applicationVersionId(), desired.code(), uploadNeeded, changes, true, false, restoreLatest,
                    calls, null);
        }
        List<String> calls = new ArrayList<>(steps(uploadNeeded));
        if (tagChanges) {
            calls.add("TagResource/UntagResource");
        }
        if (running) {
            return new Plan(desired.name(), target, tagChanges ? Plan.Action.update : Plan.Action.none,
                    status.toString(), detail.applicationVersionId(), desired.code(), uploadNeeded, changes, false,
                    false, "unchanged: the job keeps running", calls, null);
        }
        calls.add("StartApplication (" + (allowStateLoss ? "SKIP_RESTORE_FROM_SNAPSHOT"
                : "RESTORE_FROM_LATEST_SNAPSHOT") + ")");
        return new Plan(desired.name(), target, Plan.Action.start, status.toString(), detail.applicationVersionId(),
                desired.code(), uploadNeeded, changes, true, false, restoreLatest, calls, null);
    }

    private static List<String> steps(boolean upload, String... calls) {
        List<String> steps = new ArrayList<>();
        if (upload) {
            steps.add("PutObject (jar)");
        }
        steps.addAll(List.of(calls));
        return steps;
    }
}
