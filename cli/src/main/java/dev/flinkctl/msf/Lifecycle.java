package dev.flinkctl.msf;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.targets.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotStatus;

/**
 * Starts, stops and deletes one application, each optionally followed to its end ({@link OperationWatch}). A null
 * {@code wait} means: return once MSF accepted the call.
 */
public final class Lifecycle {
    /** How long to wait for an operation without {@code --timeout}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    /** Statuses a graceful stop or a delete refuses without force; a force stop is valid in each. */
    public static final Set<String> BUSY = Set.of("RUNNING", "STARTING", "UPDATING", "AUTOSCALING", "STOPPING");

    private final KinesisAnalyticsV2Client msf;
    private final Applications applications;
    private final OperationWatch watch;
    private final Duration poll;

    /**
     * @param msf  the client, owned by the caller
     * @param poll the interval between polls while waiting
     */
    public Lifecycle(KinesisAnalyticsV2Client msf, Duration poll) {
        this.msf = msf;
        this.applications = new Applications(msf);
        this.watch = new OperationWatch(msf, poll);
        this.poll = poll;
    }

    /**
     * @param msf    the client, owned by the caller
     * @param target where the application lives: polls every {@link OperationWatch#LOCAL_POLL} on the local target,
     *               every {@link OperationWatch#AWS_POLL} on AWS
     */
    public Lifecycle(KinesisAnalyticsV2Client msf, Target target) {
        this(msf, target.isLocal() ? OperationWatch.LOCAL_POLL : OperationWatch.AWS_POLL);
    }

    /**
     * An application before a lifecycle command acts on it.
     *
     * @param name             the application name
     * @param status           e.g. {@code RUNNING}
     * @param snapshotsEnabled whether a graceful stop takes a snapshot
     * @param snapshots        how many snapshots it has
     * @param latest           its newest READY snapshot, or null
     */
    public record State(String name, String status, boolean snapshotsEnabled, int snapshots,
                        ApplicationOverview.Snapshot latest) {
        /** @return true if a graceful stop or a delete needs force (it runs, or is between states) */
        public boolean busy() {
            return BUSY.contains(status);
        }
    }

    /**
     * @param name the application name
     * @return its status and snapshots
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if there is no such application
     */
    public State inspect(String name) {
        ApplicationDetail detail = applications.require(name);
        List<SnapshotDetails> snapshots = applications.snapshots(name);
        return new State(name, detail.applicationStatusAsString(), Applications.snapshotsEnabled(detail),
                snapshots.size(), latest(snapshots));
    }

    /**
     * StartApplication with an explicit restore configuration; nothing when it already runs.
     *
     * @param app                   the application, as {@link #inspect} found it
     * @param restore               where the job's state comes from
     * @param allowNonRestoredState true to let the job drop state no operator takes
     * @param wait                  how long to wait for the start, or null to not wait
     * @param progress              receives a line at each status transition
     * @return what was done; status RUNNING when waited for
     * @throws FlinkctlException {@link ExitCodes#FAILED} with the cause MSF reports when the start fails,
     *                           {@link ExitCodes#TIMEOUT} when it does not end in time, {@link ExitCodes#NOT_FOUND}
     *                           when the snapshot to restore does not exist
     */
    public LifecycleResult start(State app, Restore restore, boolean allowNonRestoredState, Duration wait,
                                 Consumer<String> progress) {
        if ("RUNNING".equals(app.status())) {
            return new LifecycleResult(app.name(), "start", false, app.status(), null, null, null);
        }
        if (restore.type() == Restore.Type.SNAPSHOT) {
            requireReady(app.name(), restore.snapshotName());
        }
        String id = msf.startApplication(r -> r.applicationName(app.name()).runConfiguration(run -> run
                .applicationRestoreConfiguration(restore.configuration())
                .flinkRunConfiguration(f -> f.allowNonRestoredState(allowNonRestoredState)))).operationId();
        return follow(app.name(), "start", id, wait, progress);
    }

    /**
     * Starts the application from {@code restore}. A RUNNING application is first stopped gracefully, which keeps
     * its current state as a new snapshot when snapshots are enabled, and then started. A named snapshot is checked
     * before anything stops, so a typo changes nothing.
     *
     * @param app                   the application, as {@link #inspect} found it: READY or RUNNING
     * @param restore               where the job's state comes from
     * @param allowNonRestoredState true to let the job drop state no operator takes
     * @param stopTimeout           how long to wait for the stop of a RUNNING application (always waited for)
     * @param wait                  how long to wait for the start, or null to not wait
     * @param progress              receives a line at each status transition
     * @return what was done: action {@code restore}, and the snapshot the stop took, if any
     * @throws FlinkctlException {@link ExitCodes#CONFLICT} unless READY or RUNNING; {@link ExitCodes#NOT_FOUND} or
     *                           {@link ExitCodes#FAILED} for a missing or unusable snapshot; otherwise as
     *                           {@link #start} and {@link #stop}
     */
    public LifecycleResult restore(State app, Restore restore, boolean allowNonRestoredState, Duration stopTimeout,
                                   Duration wait, Consumer<String> progress) {
        if (!"READY".equals(app.status()) && !"RUNNING".equals(app.status())) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "'" + app.name() + "' is " + app.status() + ": a restore "
                    + "needs READY or RUNNING; wait ('flinkctl status " + app.name() + "'), or stop it with "
                    + "'flinkctl stop --force'");
        }
        if (restore.type() == Restore.Type.SNAPSHOT) {
            requireReady(app.name(), restore.snapshotName());
        }
        ApplicationOverview.Snapshot kept = null;
        State ready = app;
        if ("RUNNING".equals(app.status())) {
            progress.accept("Stopping '" + app.name() + "'" + (app.snapshotsEnabled() ? " with a snapshot of its "
                    + "current state" : ""));
            kept = stop(app, false, stopTimeout, progress).snapshot();
            ready = inspect(app.name());
        }
        LifecycleResult started = start(ready, restore, allowNonRestoredState, wait, progress);
        return new LifecycleResult(app.name(), "restore", true, started.status(), started.operationId(),
                started.operationStatus(), kept);
    }

    /**
     * StopApplication; nothing when it is already READY. A graceful stop needs RUNNING and takes a snapshot when
     * snapshots are enabled; when waited for, the result names the snapshot that appeared.
     *
     * @param app      the application, as {@link #inspect} found it
     * @param force    true to stop without a snapshot (valid in any {@link #BUSY} status)
     * @param wait     how long to wait for the stop, or null to not wait
     * @param progress receives a line at each status transition
     * @return what was done; status READY and the new snapshot, if any, when waited for
     * @throws FlinkctlException {@link ExitCodes#CONFLICT} for a graceful stop of an application that is not
     *                           RUNNING; {@link ExitCodes#FAILED} or {@link ExitCodes#TIMEOUT} as for start
     */
    public LifecycleResult stop(State app, boolean force, Duration wait, Consumer<String> progress) {
        String action = force ? "force-stop" : "stop";
        if ("READY".equals(app.status())) {
            return new LifecycleResult(app.name(), action, false, app.status(), null, null, null);
        }
        if (!force && !"RUNNING".equals(app.status())) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "'" + app.name() + "' is " + app.status() + ": a stop "
                    + "with a snapshot needs RUNNING; wait ('flinkctl status " + app.name() + "'), or stop it "
                    + "without a snapshot: --force");
        }
        String id = msf.stopApplication(r -> r.applicationName(app.name()).force(force)).operationId();
        LifecycleResult result = follow(app.name(), action, id, wait, progress);
        if (force || wait == null || !app.snapshotsEnabled()) {
            return result;
        }
        ApplicationOverview.Snapshot after = latest(applications.snapshots(app.name()));
        boolean appeared = after != null && (app.latest() == null || !Objects.equals(after.name(),
                app.latest().name()));
        return appeared ? new LifecycleResult(result.application(), action, true, result.status(), id,
                result.operationStatus(), after) : result;
    }

    /**
     * DeleteApplication (with the CreateTimestamp it needs). A {@link State#busy() busy} application is force-stopped
     * first, and the delete waits until it is READY, whatever {@code waitUntilGone} says.
     *
     * @param app           the application, as {@link #inspect} found it
     * @param force         true to force-stop a busy application first; without it a busy one is refused
     * @param timeout       how long to wait for the force stop and for the application to disappear
     * @param waitUntilGone true to wait until DescribeApplication no longer finds it
     * @param progress      receives progress lines
     * @return what was done; status {@value LifecycleResult#DELETED} when waited for, else DELETING
     * @throws FlinkctlException {@link ExitCodes#CONFLICT} for a busy application without force;
     *                           {@link ExitCodes#TIMEOUT} when it is not gone in time
     */
    public LifecycleResult delete(State app, boolean force, Duration timeout, boolean waitUntilGone,
                                  Consumer<String> progress) {
        requireDeletable(app, force);
        if (app.busy()) {
            progress.accept("Force-stopping '" + app.name() + "' (no snapshot) before deleting it");
            String id = msf.stopApplication(r -> r.applicationName(app.name()).force(true)).operationId();
            follow(app.name(), "force-stop", id, timeout, progress);
        }
        if (!"DELETING".equals(app.status())) {
            Instant created = applications.require(app.name()).createTimestamp();
            msf.deleteApplication(r -> r.applicationName(app.name()).createTimestamp(created));
            progress.accept(app.name() + ": DELETING");
        }
        if (!waitUntilGone) {
            return new LifecycleResult(app.name(), "delete", true, "DELETING", null, "IN_PROGRESS", null);
        }
        awaitGone(app.name(), timeout);
        progress.accept(app.name() + ": deleted");
        return new LifecycleResult(app.name(), "delete", true, LifecycleResult.DELETED, null, null, null);
    }

    /**
     * @param app   the application, as {@link #inspect} found it
     * @param force whether {@code --force} was given
     * @throws FlinkctlException {@link ExitCodes#CONFLICT} for a {@link State#busy() busy} application without force
     */
    public static void requireDeletable(State app, boolean force) {
        if (app.busy() && !force) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "'" + app.name() + "' is " + app.status() + ": stop it "
                    + "first ('flinkctl stop " + app.name() + "'), or pass --force to force-stop it (no snapshot) "
                    + "and delete it");
        }
    }

    private void requireReady(String name, String snapshotName) {
        List<SnapshotDetails> snapshots = applications.snapshots(name);
        SnapshotDetails snapshot = snapshots.stream().filter(s -> snapshotName.equals(s.snapshotName())).findFirst()
                .orElseThrow(() -> new FlinkctlException(ExitCodes.NOT_FOUND, "snapshot '" + snapshotName + "' of '"
                        + name + "' not found; its newest snapshots: " + (snapshots.isEmpty() ? "none"
                        : String.join(", ", snapshots.stream().limit(5).map(SnapshotDetails::snapshotName).toList()))));
        if (snapshot.snapshotStatus() != SnapshotStatus.READY) {
            throw new FlinkctlException(ExitCodes.FAILED, "snapshot '" + snapshotName + "' of '" + name + "' is "
                    + snapshot.snapshotStatusAsString() + ", not READY: start from another one, or from latest");
        }
    }

    private LifecycleResult follow(String name, String action, String id, Duration wait, Consumer<String> progress) {
        if (wait == null) {
            String status = applications.require(name).applicationStatusAsString();
            return new LifecycleResult(name, action, true, status, id, "IN_PROGRESS", null);
        }
        OperationWatch.Outcome outcome = watch.await(name, id, "the " + action, wait, progress);
        String status = outcome.application().applicationStatusAsString();
        if (!outcome.successful()) {
            String cause = outcome.failure() == null ? outcome.status().toString() : outcome.failure().cause();
            throw new FlinkctlException(ExitCodes.FAILED, "the " + action + " of '" + name + "' failed: " + cause
                    + "; the application is " + status);
        }
        return new LifecycleResult(name, action, true, status, id, outcome.status().toString(), null);
    }

    private void awaitGone(String name, Duration timeout) {
        Polling.await(DescribeApplicationResponse.class, List.of(
                        WaiterAcceptor.successOnExceptionAcceptor(e -> e instanceof ResourceNotFoundException),
                        WaiterAcceptor.retryOnResponseAcceptor(r -> true)),
                () -> msf.describeApplication(r -> r.applicationName(name)), poll, timeout,
                () -> "'" + name + "' was not gone within " + timeout.toSeconds() + "s: the delete goes on in the "
                        + "background; check with 'flinkctl list'");
    }

    private static ApplicationOverview.Snapshot latest(List<SnapshotDetails> newestFirst) {
        return newestFirst.stream().filter(s -> s.snapshotStatus() == SnapshotStatus.READY).findFirst().map(ApplicationOverview.Snapshot::of).orElse(null);
    }
}
