package dev.flinkctl.local.msf.domain;

import dev.flinkctl.local.msf.runtime.CodeFetcher;
import dev.flinkctl.local.msf.runtime.FlinkRuntime;
import dev.flinkctl.local.msf.runtime.JobHealth;
import dev.flinkctl.local.msf.runtime.JobSpec;
import dev.flinkctl.local.msf.runtime.JobStartException;
import dev.flinkctl.local.run.RunRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CheckpointConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RollbackApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RollbackApplicationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RunConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.S3ApplicationCodeLocationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.StartApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.StartApplicationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.StopApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.StopApplicationResponse;

/**
 * Starts, stops, updates and rolls back running applications. API calls check the state and move
 * the application to its transient status at once; the work (fetching code, building and running
 * the Flink job, savepoints) happens on a worker thread, which moves the application on when the
 * job really runs, stops or fails.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-it-works.html">application lifecycle</a>
 */
public final class Lifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);
    private static final Set<ApplicationStatus> FORCE_STOPPABLE = EnumSet.of(ApplicationStatus.STARTING,
            ApplicationStatus.UPDATING, ApplicationStatus.STOPPING, ApplicationStatus.AUTOSCALING, ApplicationStatus.RUNNING);
    private static final Set<ApplicationStatus> ROLLBACK_FROM = EnumSet.of(ApplicationStatus.RUNNING,
            ApplicationStatus.UPDATING, ApplicationStatus.AUTOSCALING);

    private final ApplicationCatalog catalog;
    private final FlinkRuntime flink;
    private final CodeFetcher code;
    private final Path dataDirectory;
    private final Timings timings;
    private final ExecutorService workers;
    private final JobListener listener;
    private volatile boolean shuttingDown;

    /**
     * @param dataDirectory where code, checkpoints and savepoints are kept (under {@code code/},
     *     {@code checkpoints/}, {@code snapshots/}, {@code work/}, each per application)
     * @param workers runs the asynchronous part of each operation
     */
    public Lifecycle(ApplicationCatalog catalog, FlinkRuntime flink, CodeFetcher code, Path dataDirectory, Timings timings,
            ExecutorService workers, JobListener listener) {
        this.catalog = catalog;
        this.flink = flink;
        this.code = code;
        this.dataDirectory = dataDirectory;
        this.timings = timings;
        this.workers = workers;
        this.listener = listener;
    }

    /**
     * StartApplication: READY → STARTING → RUNNING, or back to READY with the operation FAILED.
     *
     * @throws MsfException ResourceInUseException unless READY; InvalidArgumentException for a bad
     *     restore configuration; LimitExceededException when the cluster lacks task slots
     */
    public StartApplicationResponse start(StartApplicationRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        OperationRecord op;
        Restore restore;
        int epoch;
        synchronized (record) {
            requireStatus(record, "StartApplication", EnumSet.of(ApplicationStatus.READY));
            requireCode(record);
            var run = request.runConfiguration();
            restore = Restore.resolve(record, run == null ? null : run.applicationRestoreConfiguration(),
                    run == null ? null : run.flinkRunConfiguration());
            requireSlots(record, Configurations.parallelism(record.detail));
            op = catalog.begin(record, "StartApplication", null, null);
            epoch = ++record.epoch;
            record.setStatus(ApplicationStatus.STARTING, catalog.now());
            setRunConfiguration(record, restore.description());
            catalog.save(record);
        }
        ApplicationDetail version = record.detail;
        workers.execute(() -> runStart(record, epoch, op, version, restore));
        return StartApplicationResponse.builder().operationId(op.id()).build();
    }

    /**
     * StopApplication: RUNNING → STOPPING (a snapshot when snapshots are enabled) → READY; with
     * {@code Force}, from any running or transient status → FORCE_STOPPING → READY without a snapshot.
     *
     * @throws MsfException ResourceInUseException in a status the stop is not allowed from
     */
    public StopApplicationResponse stop(StopApplicationRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        boolean force = Boolean.TRUE.equals(request.force());
        OperationRecord op;
        int epoch;
        synchronized (record) {
            if (force) {
                requireStatus(record, "StopApplication with Force", FORCE_STOPPABLE);
                for (OperationRecord running : List.copyOf(record.operations)) {
                    if (running.inProgress()) {
                        catalog.end(record, running, "CANCELLED", null, null);
                    }
                }
            } else {
                requireStatus(record, "StopApplication", EnumSet.of(ApplicationStatus.RUNNING));
            }
            op = catalog.begin(record, "StopApplication", null, null);
            epoch = ++record.epoch;
            record.setStatus(force ? ApplicationStatus.FORCE_STOPPING : ApplicationStatus.STOPPING, catalog.now());
            catalog.save(record);
        }
        workers.execute(() -> {
            if (force) {
                runForceStop(record, epoch, op);
            } else {
                runStop(record, epoch, op);
            }
        });
        return StopApplicationResponse.builder().operationId(op.id()).build();
    }

    /**
     * RollbackApplication: back to the version the current one was updated from, as a new version
     * (emulator choice: ids only increase), restored from the application's latest READY snapshot, as the
     * API reference says.
     *
     * @throws MsfException ConcurrentModificationException for a stale version id; ResourceInUseException
     *     unless RUNNING, UPDATING or AUTOSCALING, or without a READY snapshot; InvalidArgumentException
     *     without a previous version
     */
    public RollbackApplicationResponse rollback(RollbackApplicationRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        OperationRecord op;
        int epoch;
        Restore restore;
        synchronized (record) {
            if (request.currentApplicationVersionId() == null) {
                throw MsfException.invalidArgument("CurrentApplicationVersionId is required");
            }
            ApplicationCatalog.checkCurrent(record, request.currentApplicationVersionId(), null);
            requireStatus(record, "RollbackApplication", ROLLBACK_FROM);
            restore = rollbackRestore(record);
            op = beginRollback(record);
            epoch = ++record.epoch;
            catalog.save(record);
        }
        ApplicationDetail target = record.detail;
        workers.execute(() -> runRollback(record, epoch, op, target, restore));
        return RollbackApplicationResponse.builder().applicationDetail(record.detail).operationId(op.id()).build();
    }

    /**
     * The running half of UpdateApplication on a RUNNING application (the caller has made the new
     * version current, begun the operation, moved to UPDATING and bumped the epoch): snapshot and
     * stop the old job, start the new version from that snapshot.
     *
     * @param previous the version that was running
     * @param restoreRequest the RunConfigurationUpdate's restore settings, already validated, or null for the default
     */
    void updateRunning(ApplicationRecord record, int epoch, OperationRecord op, ApplicationDetail previous, Restore restoreRequest) {
        workers.execute(() -> runUpdate(record, epoch, op, previous, restoreRequest));
    }

    /** Ends the work in progress on an application about to be deleted, cancelling its job. */
    void abandon(ApplicationRecord record) {
        String jobId;
        synchronized (record) {
            record.epoch++;
            jobId = record.jobId;
            record.jobId = null;
        }
        cancelQuietly(record.name(), jobId);
    }

    /**
     * After the endpoint (re)starts: applications that were running are started again, each from the
     * newest of the savepoint taken when the endpoint shut down, its latest retained checkpoint (after
     * a crash) and its latest READY snapshot; interrupted stops end READY; interrupted deletes finish.
     * Operations that were in progress are marked FAILED.
     */
    public void resumeAll() {
        Set<ApplicationStatus> resumable = EnumSet.of(ApplicationStatus.RUNNING, ApplicationStatus.STARTING,
                ApplicationStatus.ROLLING_BACK, ApplicationStatus.AUTOSCALING, ApplicationStatus.MAINTENANCE);
        for (ApplicationRecord record : List.copyOf(catalog.all())) {
            Restore restore = null;
            int epoch;
            boolean delete;
            synchronized (record) {
                for (OperationRecord op : List.copyOf(record.operations)) {
                    if (op.inProgress()) {
                        catalog.end(record, op, "FAILED", "The local endpoint stopped while this operation was in progress", null);
                    }
                }
                ApplicationStatus status = record.status();
                delete = status == ApplicationStatus.DELETING;
                if (status == ApplicationStatus.STOPPING || status == ApplicationStatus.FORCE_STOPPING) {
                    stopped(record);
                } else if (resumable.contains(status)
                        || (status == ApplicationStatus.UPDATING && (record.jobId != null || record.resumePath != null))) {
                    restore = resumeRestore(record);
                    record.jobId = null;
                    record.setStatus(ApplicationStatus.STARTING, catalog.now());
                }
                epoch = ++record.epoch;
                if (!delete) {
                    catalog.save(record);
                }
            }
            if (delete) {
                purge(record);
            } else if (restore != null) {
                Restore from = restore;
                ApplicationDetail version = record.detail;
                workers.execute(() -> runResume(record, epoch, version, from));
            }
        }
    }

    /**
     * Before the endpoint stops: each running job is stopped with a savepoint that {@link #resumeAll()}
     * resumes from (or cancelled, keeping its latest checkpoint, when the savepoint fails). The
     * applications keep their status.
     */
    public void shutdown() {
        shuttingDown = true;
        for (ApplicationRecord record : List.copyOf(catalog.all())) {
            String jobId;
            synchronized (record) {
                record.epoch++;
                jobId = record.jobId;
            }
            if (jobId == null) {
                continue;
            }
            String path = null;
            try {
                path = flink.stopWithSavepoint(jobId, dataDirectory.resolve("resume").resolve(record.name()).toUri().toString());
            } catch (Exception e) {
                LOG.warn("cannot take a savepoint of {} at shutdown; it will resume from its latest checkpoint: {}",
                        record.name(), e.getMessage());
                cancelQuietly(record.name(), jobId);
            }
            synchronized (record) {
                record.resumePath = path;
                catalog.save(record);
            }
            listener.jobEnded(record.name(), jobId);
        }
    }

    /** Deletes an application and everything kept for it (code, checkpoints, snapshots). */
    void purge(ApplicationRecord record) {
        abandon(record);
        catalog.remove(record);
        for (String kind : List.of("code", "checkpoints", "snapshots", "work", "resume")) {
            DataFiles.deleteQuietly(dataDirectory.resolve(kind).resolve(record.name()));
        }
    }

    private Restore resumeRestore(ApplicationRecord record) {
        if (record.resumePath != null) {
            return new Restore(ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT, null, record.resumePath, false);
        }
        var checkpoint = DataFiles.latestCheckpoint(dataDirectory.resolve("checkpoints").resolve(record.name()));
        var snapshot = record.latestReadySnapshot();
        if (checkpoint.isPresent() && (snapshot.isEmpty() || checkpoint.get().time().isAfter(snapshot.get().createdAt()))) {
            return new Restore(ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT, null, checkpoint.get().path(), false);
        }
        return snapshot.map(s -> Restore.of(s, ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT, false)).orElse(Restore.none());
    }

    private void runResume(ApplicationRecord record, int epoch, ApplicationDetail version, Restore restore) {
        Started started;
        try {
            started = runVersion(record, epoch, version, restore);
        } catch (Superseded e) {
            return;
        } catch (RuntimeException e) {
            LOG.error("resuming {} failed", record.name(), e);
            started = new Started(null, "Internal error of the local endpoint: " + e);
        }
        String failure = started.failure();
        synchronized (record) {
            if (record.epoch != epoch) {
                return;
            }
            if (failure == null) {
                running(record, started.jobId());
                record.resumePath = null;
                setRunConfiguration(record, restore.description());
            } else {
                stopped(record);
            }
            catalog.save(record);
        }
        report(record, failure == null ? "INFO" : "ERROR", failure == null
                ? "Application " + record.name() + " resumed after the local endpoint restarted"
                : "Application " + record.name() + " could not be resumed: " + failure);
    }

    // ------------------------------------------------------------------ workers

    private void runStart(ApplicationRecord record, int epoch, OperationRecord op, ApplicationDetail version, Restore restore) {
        try {
            Started started = runVersion(record, epoch, version, restore);
            finish(record, epoch, op, started);
            report(record, started.failure() == null ? "INFO" : "ERROR", started.failure() == null
                    ? "Application " + record.name() + " is RUNNING" : "StartApplication failed: " + started.failure());
        } catch (Superseded e) {
            LOG.info("start of {} superseded", record.name());
        } catch (RuntimeException e) {
            LOG.error("start of {} failed", record.name(), e);
            failStart(record, epoch, op, "Internal error of the local endpoint: " + e);
        }
    }

    private void failStart(ApplicationRecord record, int epoch, OperationRecord op, String error) {
        synchronized (record) {
            if (record.epoch != epoch) {
                return;
            }
            stopped(record);
            catalog.end(record, op, "FAILED", error, null);
            catalog.save(record);
        }
        report(record, "ERROR", "StartApplication failed: " + error);
    }

    private void runStop(ApplicationRecord record, int epoch, OperationRecord op) {
        String jobId;
        ApplicationDetail version;
        synchronized (record) {
            jobId = record.jobId;
            version = record.detail;
        }
        try {
            if (Configurations.snapshotsEnabled(version) && jobId != null) {
                snapshotAndStop(record, jobId, "stop", version);
            } else {
                cancel(record.name(), jobId);
            }
            synchronized (record) {
                checkEpoch(record, epoch);
                stopped(record);
                catalog.end(record, op, "SUCCESSFUL", null, null);
                catalog.save(record);
            }
            listener.jobEnded(record.name(), jobId);
            report(record, "INFO", "Application " + record.name() + " stopped");
        } catch (SnapshotFailure e) {
            synchronized (record) {
                if (record.epoch == epoch) {
                    record.setStatus(ApplicationStatus.RUNNING, catalog.now());
                    catalog.end(record, op, "FAILED", e.getMessage(), null);
                    catalog.save(record);
                }
            }
        } catch (Superseded e) {
            LOG.info("stop of {} superseded", record.name());
        } catch (Exception e) {
            LOG.error("stop of {} failed", record.name(), e);
            synchronized (record) {
                if (record.epoch == epoch) {
                    catalog.end(record, op, "FAILED", "Internal error of the local endpoint: " + e, null);
                    catalog.save(record);
                }
            }
        }
    }

    private void runForceStop(ApplicationRecord record, int epoch, OperationRecord op) {
        String jobId;
        synchronized (record) {
            jobId = record.jobId;
        }
        cancelQuietly(record.name(), jobId);
        synchronized (record) {
            if (record.epoch != epoch) {
                return;
            }
            stopped(record);
            catalog.end(record, op, "SUCCESSFUL", null, null);
            catalog.save(record);
        }
        listener.jobEnded(record.name(), jobId);
        report(record, "WARN", "Application " + record.name() + " force-stopped without a snapshot");
    }

    private void runUpdate(ApplicationRecord record, int epoch, OperationRecord op, ApplicationDetail previous, Restore restoreRequest) {
        String oldJob;
        ApplicationDetail next;
        synchronized (record) {
            oldJob = record.jobId;
            next = record.detail;
        }
        try {
            Restore restore = restoreRequest;
            if (Configurations.snapshotsEnabled(previous) && oldJob != null) {
                SnapshotRecord taken = snapshotAndStop(record, oldJob, "update", previous);
                if (restore == null || restore.type() == ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT) {
                    restore = Restore.of(taken, ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT,
                            restore != null && restore.allowNonRestoredState());
                }
            } else {
                cancel(record.name(), oldJob);
            }
            if (restore == null) {
                synchronized (record) {
                    restore = Restore.resolve(record, null, null);
                }
            }
            listener.jobEnded(record.name(), oldJob);
            synchronized (record) {
                checkEpoch(record, epoch);
                record.jobId = null;
                setRunConfiguration(record, restore.description());
                catalog.save(record);
            }
            Started started = runVersion(record, epoch, next, restore);
            if (started.failure() == null) {
                finish(record, epoch, op, started);
                report(record, "INFO", "Application " + record.name() + " is RUNNING version " + next.applicationVersionId());
                return;
            }
            report(record, "ERROR", "UpdateApplication failed: " + started.failure());
            failUpdate(record, epoch, op, next, started.failure());
        } catch (SnapshotFailure e) {
            revertUpdate(record, epoch, op, previous, e.getMessage());
        } catch (Superseded e) {
            LOG.info("update of {} superseded", record.name());
        } catch (Exception e) {
            LOG.error("update of {} failed", record.name(), e);
            failUpdate(record, epoch, op, next, "Internal error of the local endpoint: " + e);
        }
    }

    /**
     * A failed update: with system rollback enabled, roll back to the previous version; without, the
     * application stays UPDATING with no job (as MSF leaves it), until RollbackApplication or a force stop.
     */
    private void failUpdate(ApplicationRecord record, int epoch, OperationRecord op, ApplicationDetail next, String failure) {
        OperationRecord rollback = null;
        Restore restore = null;
        ApplicationDetail target = null;
        int rollbackEpoch = epoch;
        synchronized (record) {
            if (record.epoch != epoch) {
                return;
            }
            record.jobId = null;
            if (Configurations.systemRollbackEnabled(next) && next.applicationVersionUpdatedFrom() != null
                    && record.latestReadySnapshot().isPresent()) {
                restore = rollbackRestore(record);
                rollback = beginRollback(record);
                rollbackEpoch = ++record.epoch;
                target = record.detail;
                catalog.end(record, op, "FAILED", failure, rollback.id());
            } else {
                catalog.end(record, op, "FAILED", failure, null);
            }
            catalog.save(record);
        }
        if (rollback != null) {
            report(record, "WARN", "System rollback to version " + target.applicationVersionRolledBackTo());
            runRollback(record, rollbackEpoch, rollback, target, restore);
        }
    }

    /** The update never took effect (its snapshot failed): the previous version stays current and RUNNING. */
    private void revertUpdate(ApplicationRecord record, int epoch, OperationRecord op, ApplicationDetail previous, String error) {
        synchronized (record) {
            if (record.epoch != epoch) {
                return;
            }
            long abandoned = record.versionId();
            record.versions.removeIf(v -> v.application().applicationVersionId() == abandoned);
            record.detail = previous;
            record.setStatus(ApplicationStatus.RUNNING, catalog.now());
            catalog.end(record, op, "FAILED", error, null);
            catalog.save(record);
        }
    }

    private void runRollback(ApplicationRecord record, int epoch, OperationRecord op, ApplicationDetail target, Restore restore) {
        String oldJob;
        synchronized (record) {
            oldJob = record.jobId;
        }
        try {
            cancel(record.name(), oldJob);
            listener.jobEnded(record.name(), oldJob);
            synchronized (record) {
                checkEpoch(record, epoch);
                record.jobId = null;
                catalog.save(record);
            }
            Started started = runVersion(record, epoch, target, restore);
            String failure = started.failure();
            finish(record, epoch, op, started);
            report(record, failure == null ? "INFO" : "ERROR", failure == null
                    ? "Application " + record.name() + " rolled back to version " + target.applicationVersionRolledBackTo()
                    : "RollbackApplication failed: " + failure);
        } catch (Superseded e) {
            LOG.info("rollback of {} superseded", record.name());
        } catch (Exception e) {
            LOG.error("rollback of {} failed", record.name(), e);
            synchronized (record) {
                if (record.epoch == epoch) {
                    stopped(record);
                    catalog.end(record, op, "FAILED", "Internal error of the local endpoint: " + e, null);
                    catalog.save(record);
                }
            }
        }
    }

    // ------------------------------------------------------------------ shared steps

    /** A version's job once it has started ({@code failure} null), or why it did not ({@code jobId} null). */
    private record Started(String jobId, String failure) {}

    /** Runs a version as a job until it has started or failed; a job that failed to start is cancelled. */
    private Started runVersion(ApplicationRecord record, int epoch, ApplicationDetail version, Restore restore) throws Superseded {
        String jobId = null;
        String failure;
        try {
            jobId = launch(record, epoch, version, restore);
            failure = awaitHealthy(record, epoch, jobId);
        } catch (JobStartException e) {
            failure = e.getMessage();
        }
        if (failure == null) {
            return new Started(jobId, null);
        }
        cancelQuietly(record.name(), jobId);
        return new Started(null, failure);
    }

    /** Ends an operation that started a job: RUNNING and SUCCESSFUL, or READY and FAILED with the cause. */
    private void finish(ApplicationRecord record, int epoch, OperationRecord op, Started started) throws Superseded {
        synchronized (record) {
            checkEpoch(record, epoch);
            if (started.failure() == null) {
                running(record, started.jobId());
                catalog.end(record, op, "SUCCESSFUL", null, null);
            } else {
                stopped(record);
                catalog.end(record, op, "FAILED", started.failure(), null);
            }
            catalog.save(record);
        }
    }

    /** Runs one version as a job; records the job id unless the work has been superseded meanwhile. */
    private String launch(ApplicationRecord record, int epoch, ApplicationDetail version, Restore restore)
            throws JobStartException, Superseded {
        String name = record.name();
        report(record, "INFO", "Starting application " + name + " version " + version.applicationVersionId()
                + (restore.snapshotName() != null ? " from snapshot " + restore.snapshotName()
                        : restore.path() != null ? " from " + restore.path() : " without state"));
        Path jar = fetchCode(version);
        CheckpointConfigurationDescription checkpoints = Configurations.checkpointing(version);
        List<RunRequest.PropertyGroup> groups = Configurations.propertyGroups(version).stream()
                .map(g -> new RunRequest.PropertyGroup(g.propertyGroupId(), g.propertyMap())).toList();
        JobSpec spec = new JobSpec(name, jar, Configurations.parallelism(version),
                Boolean.TRUE.equals(checkpoints.checkpointingEnabled()) ? checkpoints.checkpointInterval() : null,
                checkpoints.minPauseBetweenCheckpoints(), dataDirectory.resolve("checkpoints").resolve(name),
                groups, dataDirectory.resolve("work").resolve(name), restore.path(), restore.allowNonRestoredState());
        String jobId = flink.submit(spec);
        synchronized (record) {
            if (record.epoch != epoch) {
                cancelQuietly(name, jobId);
                throw new Superseded();
            }
            record.jobId = jobId;
            catalog.save(record);
        }
        listener.jobStarted(version, jobId);
        return jobId;
    }

    private Path fetchCode(ApplicationDetail version) throws JobStartException {
        S3ApplicationCodeLocationDescription s3 = version.applicationConfigurationDescription()
                .applicationCodeConfigurationDescription().codeContentDescription().s3ApplicationCodeLocationDescription();
        Path target = dataDirectory.resolve("code").resolve(version.applicationName())
                .resolve("version-" + version.applicationVersionId() + ".jar");
        // A version's code is fetched once, as MSF takes it when the version is made: new code needs an
        // UpdateApplication, and an application resumes even after the S3 it came from is gone.
        if (java.nio.file.Files.isRegularFile(target)) {
            return target;
        }
        return code.fetch(s3.bucketARN(), s3.fileKey(), s3.objectVersion(), target);
    }

    /**
     * Waits until the job has run every task for {@link Timings#stableTime()} without failing.
     *
     * @return null when it did, else why not (one line)
     */
    private String awaitHealthy(ApplicationRecord record, int epoch, String jobId) throws Superseded {
        long deadline = System.nanoTime() + timings.startTimeout().toNanos();
        long stableSince = -1;
        Set<Long> failures = new HashSet<>();
        String lastFailure = null;
        while (true) {
            synchronized (record) {
                checkEpoch(record, epoch);
            }
            JobHealth health = flink.health(jobId);
            if (health.lastFailureAtMs() != 0 && failures.add(health.lastFailureAtMs())) {
                lastFailure = health.lastFailure();
                stableSince = -1;
            }
            if (health.finished()) {
                return null;
            }
            if (health.terminal()) {
                return restoreHint(lastFailure != null ? lastFailure : health.lastFailure() != null ? health.lastFailure()
                        : "The Flink job ended as " + health.status() + " while starting");
            }
            if (failures.size() >= timings.maxStartFailures()) {
                return "The Flink job failed " + failures.size() + " times while starting: " + lastFailure;
            }
            long now = System.nanoTime();
            if (health.allTasksRunning()) {
                if (stableSince < 0) {
                    stableSince = now;
                } else if (now - stableSince >= timings.stableTime().toNanos()) {
                    return null;
                }
            } else {
                stableSince = -1;
            }
            if (now > deadline) {
                return "Flink job did not start within a total timeout of " + minutes(timings.startTimeout())
                        + " for application: " + record.name();
            }
            try {
                Thread.sleep(timings.pollInterval().toMillis()); // polling Flink: the job has no push notification
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Superseded();
            }
        }
    }

    private static String restoreHint(String failure) {
        if (failure.contains("allowNonRestoredState") || failure.contains("Cannot map checkpoint/savepoint state")) {
            return "The snapshot's state cannot be mapped to the new program (an operator with state was removed or its "
                    + "uid changed); start with AllowNonRestoredState true to drop that state, or restore another snapshot. "
                    + failure;
        }
        return failure;
    }

    private static String minutes(Duration d) {
        return d.toMinutes() > 0 && d.toSeconds() % 60 == 0 ? d.toMinutes() + " minutes" : d.toMillis() + " ms";
    }

    /** Stops a job with a savepoint recorded as a snapshot named {@code <trigger>-<app>-<epochMillis>}. */
    private SnapshotRecord snapshotAndStop(ApplicationRecord record, String jobId, String trigger, ApplicationDetail version)
            throws SnapshotFailure {
        SnapshotRecord snapshot;
        synchronized (record) {
            var now = catalog.now();
            snapshot = new SnapshotRecord(trigger + "-" + record.name() + "-" + now.toEpochMilli(), "CREATING",
                    version.applicationVersionId(), now, version.runtimeEnvironmentAsString(), null);
            record.snapshots.add(snapshot);
            catalog.save(record);
        }
        try {
            String path = flink.stopWithSavepoint(jobId, snapshotDirectory(record.name()));
            SnapshotRecord ready = snapshot.with("READY", path);
            synchronized (record) {
                record.replace(ready);
                catalog.save(record);
            }
            return ready;
        } catch (Exception e) {
            synchronized (record) {
                record.replace(snapshot.with("FAILED", null));
                catalog.save(record);
            }
            throw new SnapshotFailure("Failed to take snapshot for the application " + record.name()
                    + " at this moment. The application is currently experiencing downtime. " + e.getMessage());
        }
    }

    /** Where an application's snapshots (savepoints) are written. */
    String snapshotDirectory(String application) {
        return dataDirectory.resolve("snapshots").resolve(application).toUri().toString();
    }

    private Restore rollbackRestore(ApplicationRecord record) {
        Long target = record.detail.applicationVersionUpdatedFrom();
        if (target == null || record.version(target).isEmpty()) {
            throw MsfException.invalidArgument("Application " + record.name() + " version " + record.versionId()
                    + " has no previous version to roll back to");
        }
        // "When you rollback an application, it loads state data from the last successful snapshot."
        // (https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_RollbackApplication.html)
        SnapshotRecord snapshot = record.latestReadySnapshot()
                .orElseThrow(() -> MsfException.inUse("Application " + record.name()
                        + " has no READY snapshot to roll back with: a rollback restores the previous version from a snapshot"));
        return Restore.of(snapshot, ApplicationRestoreType.RESTORE_FROM_CUSTOM_SNAPSHOT, false);
    }

    /** Makes a copy of the previous version current as a new version, in ROLLING_BACK (the caller holds the monitor). */
    private OperationRecord beginRollback(ApplicationRecord record) {
        long from = record.versionId();
        long to = record.detail.applicationVersionUpdatedFrom();
        ApplicationDetail target = record.version(to).orElseThrow().application();
        record.setStatus(ApplicationStatus.ROLLING_BACK, catalog.now());
        VersionRecord current = record.versions.get(record.versions.size() - 1);
        record.versions.set(record.versions.size() - 1, new VersionRecord(current.application(), "ROLLED_BACK"));
        ApplicationDetail rolledBack = catalog.newVersion(record, target.toBuilder()
                .applicationStatus(ApplicationStatus.ROLLING_BACK)
                .createTimestamp(record.detail.createTimestamp())
                .applicationVersionUpdatedFrom(target.applicationVersionUpdatedFrom())
                .applicationVersionRolledBackFrom(from)
                .applicationVersionRolledBackTo(to)
                .build());
        return catalog.begin(record, "RollbackApplication", from, rolledBack.applicationVersionId());
    }

    private void running(ApplicationRecord record, String jobId) {
        record.jobId = jobId;
        record.setStatus(ApplicationStatus.RUNNING, catalog.now());
        String name = record.name();
        flink.termination(jobId).thenAccept(end -> jobEnded(record, jobId, end));
        LOG.info("application {} RUNNING as Flink job {}", name, jobId);
    }

    /** A job that ends by itself (bounded input, or a failure Flink gives up on) leaves its application READY. */
    private void jobEnded(ApplicationRecord record, String jobId, JobHealth end) {
        if (shuttingDown) {
            return;
        }
        boolean changed = false;
        synchronized (record) {
            if (jobId.equals(record.jobId) && record.status() == ApplicationStatus.RUNNING) {
                stopped(record);
                catalog.save(record);
                changed = true;
            }
        }
        if (changed) {
            listener.jobEnded(record.name(), jobId);
            report(record, end.finished() ? "INFO" : "ERROR", "The Flink job of application " + record.name() + " ended as "
                    + end.status() + (end.lastFailure() == null ? "" : ": " + end.lastFailure()));
        }
    }

    private void stopped(ApplicationRecord record) {
        record.jobId = null;
        record.setStatus(ApplicationStatus.READY, catalog.now());
        setRunConfiguration(record, null);
    }

    private static void setRunConfiguration(ApplicationRecord record, RunConfigurationDescription run) {
        record.detail = record.detail.toBuilder().applicationConfigurationDescription(
                record.detail.applicationConfigurationDescription().toBuilder().runConfigurationDescription(run).build()).build();
    }

    private void requireSlots(ApplicationRecord record, int parallelism) {
        int used = 0;
        for (ApplicationRecord other : catalog.all()) {
            if (other != record && other.jobId != null) {
                used += Configurations.parallelism(other.detail);
            }
        }
        if (used + parallelism > flink.slots()) {
            throw new MsfException(ErrorType.LIMIT_EXCEEDED, "Application " + record.name() + " needs " + parallelism
                    + " task slots but the local endpoint has " + (flink.slots() - used) + " free of " + flink.slots()
                    + ": stop another application or restart the endpoint with more --slots");
        }
    }

    private static void requireCode(ApplicationRecord record) {
        var code = record.detail.applicationConfigurationDescription().applicationCodeConfigurationDescription();
        if (code == null || code.codeContentDescription() == null
                || code.codeContentDescription().s3ApplicationCodeLocationDescription() == null) {
            throw MsfException.invalidConfiguration("Application " + record.name() + " has no code: update its "
                    + "ApplicationCodeConfiguration with an S3ContentLocation");
        }
    }

    static void requireStatus(ApplicationRecord record, String operation, Set<ApplicationStatus> allowed) {
        if (!allowed.contains(record.status())) {
            throw MsfException.inUse("Application " + record.name() + " is in " + record.status() + " status; "
                    + operation + " is allowed only in " + allowed.stream().map(Enum::name).sorted().toList()
                            .toString().replaceAll("[\\[\\]]", ""));
        }
    }

    private void report(ApplicationRecord record, String level, String message) {
        LOG.info("{}: {}", record.name(), message);
        listener.event(record.detail, level, message);
    }

    private static void checkEpoch(ApplicationRecord record, int epoch) throws Superseded {
        if (record.epoch != epoch) {
            throw new Superseded();
        }
    }

    private void cancel(String application, String jobId) throws Exception {
        if (jobId != null) {
            flink.cancel(jobId);
        }
    }

    private void cancelQuietly(String application, String jobId) {
        try {
            cancel(application, jobId);
        } catch (Exception e) {
            LOG.warn("cannot cancel job {} of {}", jobId, application, e);
        }
    }

    /** Work on an application was taken over by a later transition (a force stop, a delete, a shutdown). */
    private static final class Superseded extends Exception {
        Superseded() {
            super(null, null, false, false);
        }
    }

    /** A savepoint the operation needs could not be taken. */
    private static final class SnapshotFailure extends Exception {
        SnapshotFailure(String message) {
            super(message, null, false, false);
        }
    }
}
