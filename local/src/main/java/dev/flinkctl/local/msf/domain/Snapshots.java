package dev.flinkctl.local.msf.domain;

import dev.flinkctl.local.msf.runtime.FlinkRuntime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CreateApplicationSnapshotRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CreateApplicationSnapshotResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DeleteApplicationSnapshotRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DeleteApplicationSnapshotResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationSnapshotRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationSnapshotResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationSnapshotsRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationSnapshotsResponse;

/**
 * Application snapshots: real Flink savepoints of the running job, kept under the data directory
 * until deleted (the service never deletes them by itself).
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-snapshots.html">Manage application backups using snapshots</a>
 */
public final class Snapshots {
    /** Snapshots per application. */
    public static final int MAX_SNAPSHOTS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(Snapshots.class);

    private final ApplicationCatalog catalog;
    private final FlinkRuntime flink;
    private final Lifecycle lifecycle;
    private final ExecutorService workers;

    public Snapshots(ApplicationCatalog catalog, FlinkRuntime flink, Lifecycle lifecycle, ExecutorService workers) {
        this.catalog = catalog;
        this.flink = flink;
        this.lifecycle = lifecycle;
        this.workers = workers;
    }

    /**
     * CreateApplicationSnapshot: CREATING at once, READY (or FAILED) when Flink's savepoint completes.
     *
     * @throws MsfException ResourceInUseException unless RUNNING; InvalidApplicationConfigurationException
     *     when snapshots are disabled; InvalidArgumentException for a taken name; LimitExceededException
     *     at {@link #MAX_SNAPSHOTS}
     */
    public CreateApplicationSnapshotResponse create(CreateApplicationSnapshotRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        Configurations.checkName("SnapshotName", request.snapshotName(), 256);
        SnapshotRecord snapshot;
        String jobId;
        synchronized (record) {
            Lifecycle.requireStatus(record, "CreateApplicationSnapshot", EnumSet.of(ApplicationStatus.RUNNING));
            if (!Configurations.snapshotsEnabled(record.detail)) {
                throw MsfException.invalidConfiguration("Snapshots are disabled for application " + record.name()
                        + ": enable them with ApplicationSnapshotConfigurationUpdate SnapshotsEnabledUpdate=true");
            }
            if (record.snapshot(request.snapshotName()).isPresent()) {
                throw MsfException.invalidArgument("Snapshot " + request.snapshotName() + " already exists for application "
                        + record.name());
            }
            if (record.snapshots.size() >= MAX_SNAPSHOTS) {
                throw new MsfException(ErrorType.LIMIT_EXCEEDED, "Application " + record.name() + " has " + MAX_SNAPSHOTS
                        + " snapshots, the most it may have: delete old ones first");
            }
            snapshot = new SnapshotRecord(request.snapshotName(), "CREATING", record.versionId(), catalog.now(),
                    record.detail.runtimeEnvironmentAsString(), null);
            record.snapshots.add(snapshot);
            jobId = record.jobId;
            catalog.save(record);
        }
        workers.execute(() -> take(record, snapshot, jobId));
        return CreateApplicationSnapshotResponse.builder().build();
    }

    private void take(ApplicationRecord record, SnapshotRecord snapshot, String jobId) {
        SnapshotRecord result;
        try {
            result = snapshot.with("READY", flink.savepoint(jobId, lifecycle.snapshotDirectory(record.name())));
        } catch (Exception e) {
            LOG.warn("snapshot {} of {} failed: {}", snapshot.name(), record.name(), e.getMessage());
            result = snapshot.with("FAILED", null);
        }
        synchronized (record) {
            if (record.snapshot(snapshot.name()).isPresent()) {
                record.replace(result);
                catalog.save(record);
            }
        }
    }

    /** ListApplicationSnapshots, newest first (emulator choice: the service does not document its order). */
    public ListApplicationSnapshotsResponse list(ListApplicationSnapshotsRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        List<SnapshotRecord> all;
        synchronized (record) {
            all = record.snapshots.stream().sorted(Comparator.comparing(SnapshotRecord::createdAt).reversed()).toList();
        }
        var page = Pages.of(all, request.nextToken(), request.limit());
        return ListApplicationSnapshotsResponse.builder()
                .snapshotSummaries(page.items().stream().map(SnapshotRecord::details).toList())
                .nextToken(page.nextToken()).build();
    }

    /** DescribeApplicationSnapshot. */
    public DescribeApplicationSnapshotResponse describe(DescribeApplicationSnapshotRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        synchronized (record) {
            return DescribeApplicationSnapshotResponse.builder().snapshotDetails(find(record, request.snapshotName()).details()).build();
        }
    }

    /**
     * DeleteApplicationSnapshot: removes the snapshot and its savepoint files.
     *
     * @throws MsfException InvalidArgumentException when SnapshotCreationTimestamp does not match (to the
     *     second); ResourceInUseException while it is CREATING; ResourceNotFoundException when missing
     */
    public DeleteApplicationSnapshotResponse delete(DeleteApplicationSnapshotRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        SnapshotRecord snapshot;
        synchronized (record) {
            snapshot = find(record, request.snapshotName());
            // Whole seconds: botocore (the AWS CLI, boto3) sends timestamps as integer epoch seconds.
            if (request.snapshotCreationTimestamp() == null
                    || request.snapshotCreationTimestamp().getEpochSecond() != snapshot.createdAt().getEpochSecond()) {
                throw MsfException.invalidArgument("SnapshotCreationTimestamp " + request.snapshotCreationTimestamp()
                        + " does not match snapshot " + snapshot.name() + ", created " + snapshot.createdAt()
                        + " (epoch seconds " + snapshot.createdAt().toEpochMilli() / 1000.0 + ")");
            }
            if ("CREATING".equals(snapshot.status())) {
                throw MsfException.inUse("Snapshot " + snapshot.name() + " is still CREATING; delete it once it is READY or FAILED");
            }
            record.snapshots.remove(snapshot);
            catalog.save(record);
        }
        if (snapshot.savepointPath() != null) {
            DataFiles.deleteQuietly(java.nio.file.Path.of(java.net.URI.create(
                    snapshot.savepointPath().startsWith("file:") ? snapshot.savepointPath() : "file://" + snapshot.savepointPath())));
        }
        return DeleteApplicationSnapshotResponse.builder().build();
    }

    private static SnapshotRecord find(ApplicationRecord record, String name) {
        return record.snapshot(name).orElseThrow(() -> MsfException.notFound(
                "Snapshot " + name + " does not exist for application " + record.name()));
    }
}
