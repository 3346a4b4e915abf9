package dev.flinkctl.msf.versions;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.msf.OperationWatch;
import dev.flinkctl.targets.Target;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfo;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ConcurrentModificationException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RollbackApplicationResponse;

/**
 * RollbackApplication in two steps: {@link #preview} (what changes, which snapshot) and {@link #execute} (exactly the
 * previewed rollback, or nothing). Per the API reference, a rollback "reverts the application to the previous running
 * version", is allowed only in UPDATING, AUTOSCALING and RUNNING, "loads state data from the last successful
 * snapshot" and is rejected when there is none
 * (https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_RollbackApplication.html); the previous version is the
 * current one's ApplicationVersionUpdatedFrom
 * (https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_ApplicationDetail.html).
 */
public final class Rollbacks {
    /** The statuses MSF rolls back from. */
    public static final Set<String> ROLLBACK_FROM = Set.of("RUNNING", "UPDATING", "AUTOSCALING");

    private final KinesisAnalyticsV2Client msf;
    private final Applications applications;
    private final Versions versions;
    private final OperationWatch watch;

    /**
     * @param msf  the client, owned by the caller
     * @param poll the interval between polls while waiting
     */
    public Rollbacks(KinesisAnalyticsV2Client msf, Duration poll) {
        this.msf = msf;
        this.applications = new Applications(msf);
        this.versions = new Versions(msf);
        this.watch = new OperationWatch(msf, poll);
    }

    /**
     * @param msf    the client, owned by the caller
     * @param target where the application lives: polls as {@link dev.flinkctl.msf.Lifecycle} does there
     */
    public Rollbacks(KinesisAnalyticsV2Client msf, Target target) {
        this(msf, target.isLocal() ? OperationWatch.LOCAL_POLL : OperationWatch.AWS_POLL);
    }

    /**
     * Checks that a rollback can work and says what it will do; changes nothing.
     *
     * @param name            the application name
     * @param expectedVersion refuse unless the application is at this version (e.g. from an earlier preview), or null
     * @return the rollback to confirm
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if there is no such application; {@link ExitCodes#CONFLICT}
     *                           when it is not at {@code expectedVersion}, its version has no previous version, it is
     *                           not RUNNING, UPDATING or AUTOSCALING, or it has no READY snapshot
     */
    public RollbackPreview preview(String name, Long expectedVersion) {
        ApplicationDetail current = applications.require(name);
        long from = current.applicationVersionId();
        if (expectedVersion != null && expectedVersion != from) {
            throw moved(name, expectedVersion, "as expected (--expected-version)", current, null);
        }
        Long to = current.applicationVersionUpdatedFrom();
        if (to == null) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "'" + name + "' is at version " + from + ", which has no "
                    + "previous version to roll back to: change it with 'flinkctl deploy' instead");
        }
        requireRollbackStatus(current);
        RestoredSnapshot snapshot = applications.latestSnapshot(name).map(RestoredSnapshot::of)
                .orElseThrow(() -> new FlinkctlException(ExitCodes.CONFLICT, "'" + name + "' has no READY snapshot, "
                        + "and a rollback restores the state from the latest one: take one with 'flinkctl snapshot "
                        + "create " + name + "'"));
        return new RollbackPreview(name, current.applicationStatusAsString(), from, to, snapshot,
                VersionFields.changes(versions.describe(name, from), versions.describe(name, to)));
    }

    /**
     * RollbackApplication with CurrentApplicationVersionId = the previewed version, optionally followed to its end.
     * When the application moved since the preview, nothing is rolled back.
     *
     * @param preview  what was confirmed
     * @param wait     how long to wait for the rollback, or null to return once MSF accepted it
     * @param progress receives a line at each status transition
     * @return what was done; status RUNNING when waited for
     * @throws FlinkctlException {@link ExitCodes#CONFLICT} when the version moved (naming the version it is at and the
     *                           newest operation) or MSF refuses (ResourceInUseException); {@link ExitCodes#FAILED}
     *                           with the cause MSF reports when the rollback fails; {@link ExitCodes#TIMEOUT} when it
     *                           does not end in time
     */
    public RollbackResult execute(RollbackPreview preview, Duration wait, Consumer<String> progress) {
        String name = preview.application();
        ApplicationDetail now = applications.require(name);
        if (now.applicationVersionId() != preview.fromVersion()) {
            throw moved(name, preview.fromVersion(), "as previewed", now, null);
        }
        requireRollbackStatus(now);
        RollbackApplicationResponse response;
        try {
            response = msf.rollbackApplication(request -> request.applicationName(name)
                    .currentApplicationVersionId(preview.fromVersion()));
        } catch (ConcurrentModificationException e) {
            throw moved(name, preview.fromVersion(), "as previewed", applications.require(name), e);
        } catch (ResourceInUseException e) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "MSF refused the rollback of '" + name + "': "
                    + message(e) + "; nothing was rolled back", e);
        }
        ApplicationDetail accepted = response.applicationDetail();
        if (wait == null) {
            return result(preview, accepted, response.operationId(), "IN_PROGRESS");
        }
        OperationWatch.Outcome outcome = watch.await(name, response.operationId(), "the rollback", wait, progress);
        ApplicationDetail after = outcome.application();
        if (!outcome.successful()) {
            String cause = outcome.failure() == null ? outcome.status().toString() : outcome.failure().cause();
            throw new FlinkctlException(ExitCodes.FAILED, "the rollback of '" + name + "' failed: " + cause
                    + "; the application is " + after.applicationStatusAsString() + " at version "
                    + after.applicationVersionId());
        }
        if (after.applicationStatus() != ApplicationStatus.RUNNING) {
            throw new FlinkctlException(ExitCodes.FAILED, "the rollback of '" + name + "' ended, but the application "
                    + "is " + after.applicationStatusAsString() + ": see 'flinkctl status " + name + "'");
        }
        return result(preview, after, response.operationId(), outcome.status().toString());
    }

    private static RollbackResult result(RollbackPreview preview, ApplicationDetail detail, String operationId,
                                         String operationStatus) {
        return new RollbackResult(preview.application(), preview.fromVersion(), preview.toVersion(),
                detail == null ? null : detail.applicationVersionId(), preview.snapshot(),
                detail == null ? null : detail.applicationStatusAsString(), operationId, operationStatus,
                preview.changes());
    }

    private static void requireRollbackStatus(ApplicationDetail app) {
        String status = app.applicationStatusAsString();
        if (!ROLLBACK_FROM.contains(status)) {
            String name = app.applicationName();
            throw new FlinkctlException(ExitCodes.CONFLICT, "'" + name + "' is " + status + ": MSF rolls back only "
                    + "a RUNNING, UPDATING or AUTOSCALING application; " + ("READY".equals(status)
                    ? "start it first ('flinkctl start " + name + "')" : "wait for it ('flinkctl status " + name
                    + "')") + ", or deploy the configuration you want");
        }
    }

    /** The application is not at the version the caller acts on: someone else changed it. */
    private FlinkctlException moved(String name, long expected, String how, ApplicationDetail now, Exception cause) {
        String operation = newestOperation(name).map(op -> "; newest operation: " + op.operation() + " "
                + op.operationId() + " started " + op.startTime() + " (" + op.operationStatusAsString() + ")")
                .orElse("");
        return new FlinkctlException(ExitCodes.CONFLICT, "'" + name + "' is at version " + now.applicationVersionId()
                + " now, not " + expected + " " + how + ": it changed since" + operation + "; nothing was rolled "
                + "back: run 'flinkctl version rollback " + name + "' again", cause);
    }

    /** @return the newest operation (ListApplicationOperations), if MSF lists one and lets us read it */
    private Optional<ApplicationOperationInfo> newestOperation(String name) {
        try {
            return msf.listApplicationOperations(request -> request.applicationName(name).limit(50))
                    .applicationOperationInfoList().stream()
                    .max(Comparator.comparing(ApplicationOperationInfo::startTime,
                            Comparator.nullsFirst(Comparator.naturalOrder())));
        } catch (SdkException e) {
            return Optional.empty();
        }
    }

    private static String message(ResourceInUseException e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage() : e.getMessage();
    }
}
