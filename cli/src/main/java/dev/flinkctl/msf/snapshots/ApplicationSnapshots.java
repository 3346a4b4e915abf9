package dev.flinkctl.msf.snapshots;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.msf.Polling;
import dev.flinkctl.spec.SnapshotRetention;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationSnapshotResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.LimitExceededException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.Tag;

/**
 * One application's snapshots: list, create, delete (looking up the creation timestamp DeleteApplicationSnapshot
 * needs), pin, unpin and prune by a retention policy.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-snapshots.html">Managing application
 *     backups using snapshots</a>
 */
public final class ApplicationSnapshots {
    /** Snapshot names MSF accepts: 1 to 256 letters, digits, {@code _ . -}. */
    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,256}");
    /** Snapshots an application may have; creating one more fails with LimitExceededException. */
    public static final int MAX_SNAPSHOTS = 1000;
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final KinesisAnalyticsV2Client msf;
    private final Applications applications;
    private final Clock clock;
    private final Duration poll;

    /**
     * @param msf   the client, owned by the caller
     * @param clock the time snapshot ages and default names are taken from
     * @param poll  the interval between polls while waiting for a snapshot
     */
    public ApplicationSnapshots(KinesisAnalyticsV2Client msf, Clock clock, Duration poll) {
        this.msf = msf;
        this.applications = new Applications(msf);
        this.clock = clock;
        this.poll = poll;
    }

    /**
     * @param application the application name
     * @return its snapshots, newest first, with their pins
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if there is no such application
     */
    public List<Snapshot> list(String application) {
        return list(applications.require(application));
    }

    private List<Snapshot> list(ApplicationDetail detail) {
        Set<String> pins = Pins.pinned(applications.tags(detail.applicationARN()));
        Instant now = clock.instant();
        return applications.snapshots(detail.applicationName()).stream()
                .map(s -> Snapshot.of(s, pins.contains(s.snapshotName()), now)).toList();
    }

    /**
     * @param detail the application
     * @return a default snapshot name from its version and the time, e.g. {@code v3-20261121-101500} (UTC)
     */
    public String defaultName(ApplicationDetail detail) {
        return "v" + detail.applicationVersionId() + "-" + NAME_TIME.format(clock.instant());
    }

    /**
     * CreateApplicationSnapshot: a savepoint of the running job.
     *
     * @param application the application name
     * @param name        the snapshot name, or null for {@link #defaultName}
     * @param wait        how long to wait until it is READY, or null to return once MSF accepted the call
     * @param progress    receives a line when it starts
     * @return the snapshot: READY when waited for, else as MSF lists it (CREATING)
     * @throws FlinkctlException {@link ExitCodes#USAGE} for an invalid or taken name; {@link ExitCodes#CONFLICT}
     *                           unless the application is RUNNING with snapshots enabled, or at
     *                           {@value #MAX_SNAPSHOTS} snapshots; {@link ExitCodes#FAILED} when the snapshot
     *                           FAILED; {@link ExitCodes#TIMEOUT} when it is not READY in time
     */
    public Snapshot create(String application, String name, Duration wait, Consumer<String> progress) {
        ApplicationDetail detail = applications.require(application);
        String snapshot = name == null ? defaultName(detail) : name;
        if (!NAME.matcher(snapshot).matches()) {
            throw new FlinkctlException(ExitCodes.USAGE, "'" + snapshot + "' is not a valid snapshot name: use 1 to "
                    + "256 letters, digits, '_', '.' or '-'");
        }
        if (!"RUNNING".equals(detail.applicationStatusAsString())) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "'" + application + "' is "
                    + detail.applicationStatusAsString() + ": MSF takes a snapshot only of a RUNNING application; "
                    + "start it first ('flinkctl start " + application + "')");
        }
        if (!Applications.snapshotsEnabled(detail)) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "snapshots are disabled for '" + application + "': set "
                    + "'snapshots: true' in its spec and run 'flinkctl deploy'");
        }
        List<Snapshot> existing = list(detail);
        if (existing.stream().anyMatch(s -> s.name().equals(snapshot))) {
            throw new FlinkctlException(ExitCodes.USAGE, "'" + application + "' already has a snapshot named '"
                    + snapshot + "': choose another name");
        }
        try {
            msf.createApplicationSnapshot(r -> r.applicationName(application).snapshotName(snapshot));
        } catch (LimitExceededException e) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "'" + application + "' has " + existing.size()
                    + " snapshots, the most MSF allows: delete old ones, e.g. 'flinkctl snapshot prune " + application
                    + " --keep 20'", e);
        }
        progress.accept("Taking snapshot " + snapshot + " of '" + application + "' (version "
                + detail.applicationVersionId() + ")");
        if (wait == null) {
            return find(application, snapshot);
        }
        awaitReady(application, snapshot, wait);
        return find(application, snapshot);
    }

    private Snapshot find(String application, String name) {
        return list(application).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new FlinkctlException(ExitCodes.NOT_FOUND, "snapshot '" + name + "' of '"
                        + application + "' not found: 'flinkctl snapshot list " + application + "' shows them"));
    }

    private void awaitReady(String application, String name, Duration timeout) {
        DescribeApplicationSnapshotResponse last = Polling.await(DescribeApplicationSnapshotResponse.class, List.of(
                        WaiterAcceptor.successOnResponseAcceptor(r -> r.snapshotDetails().snapshotStatus()
                                != SnapshotStatus.CREATING),
                        WaiterAcceptor.retryOnResponseAcceptor(r -> true)),
                () -> msf.describeApplicationSnapshot(r -> r.applicationName(application).snapshotName(name)), poll,
                timeout, () -> "snapshot " + name + " of '" + application + "' was not READY within "
                        + timeout.toSeconds() + "s: MSF goes on taking it; check with 'flinkctl snapshot list "
                        + application + "'").orElseThrow();
        if (last.snapshotDetails().snapshotStatus() != SnapshotStatus.READY) {
            throw new FlinkctlException(ExitCodes.FAILED, "snapshot " + name + " of '" + application + "' is "
                    + last.snapshotDetails().snapshotStatusAsString() + ": MSF gives no cause; the application's "
                    + "CloudWatch logs have the job's savepoint error");
        }
    }

    /**
     * DeleteApplicationSnapshot for each snapshot, with the creation timestamp MSF requires. Every snapshot is checked
     * before the first delete, so a refusal deletes nothing.
     *
     * @param application the application name
     * @param chosen      the snapshots to delete, as {@link #select} found them
     * @throws FlinkctlException {@link ExitCodes#CONFLICT} for a pinned snapshot (unpin it first) or one MSF is still
     *                           creating or deleting
     */
    public void delete(String application, List<Snapshot> chosen) {
        for (Snapshot snapshot : chosen) {
            if (snapshot.pinned()) {
                throw new FlinkctlException(ExitCodes.CONFLICT, "snapshot " + snapshot.name() + " is pinned: unpin "
                        + "it first ('flinkctl snapshot unpin " + application + " " + snapshot.name() + "')");
            }
            if (snapshot.inTransition()) {
                throw new FlinkctlException(ExitCodes.CONFLICT, "snapshot " + snapshot.name() + " is "
                        + snapshot.status() + ": delete it once it is READY or FAILED");
            }
        }
        for (Snapshot snapshot : chosen) {
            deleteOne(application, snapshot);
        }
    }

    /**
     * @param application the application name
     * @param all         its snapshots, as {@link #list} returns them
     * @param names       snapshot names (duplicates are ignored)
     * @return those snapshots, in the order given
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} naming every name that is not a snapshot of it
     */
    public static List<Snapshot> select(String application, List<Snapshot> all, List<String> names) {
        List<Snapshot> chosen = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            all.stream().filter(s -> s.name().equals(name)).findFirst()
                    .ifPresentOrElse(chosen::add, () -> missing.add(name));
        }
        if (!missing.isEmpty()) {
            throw new FlinkctlException(ExitCodes.NOT_FOUND, "'" + application + "' has no snapshot "
                    + String.join(", ", missing) + "; nothing was changed; 'flinkctl snapshot list " + application
                    + "' shows its " + all.size() + " snapshot(s)");
        }
        return chosen;
    }

    private void deleteOne(String application, Snapshot snapshot) {
        msf.deleteApplicationSnapshot(r -> r.applicationName(application).snapshotName(snapshot.name())
                .snapshotCreationTimestamp(snapshot.createdAt()));
    }

    /**
     * @param application the application name
     * @param retention   the policy; it must set keep, olderThan or both
     * @return what the policy keeps and deletes; reads only
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if there is no such application
     */
    public PrunePlan plan(String application, SnapshotRetention retention) {
        ApplicationDetail detail = applications.require(application);
        List<Snapshot> snapshots = list(detail);
        return PrunePlan.decide(application, snapshots, Protection.of(detail, snapshots), retention);
    }

    /**
     * Deletes what the plan deletes, one by one; a failed delete does not stop the others.
     *
     * @param plan     from {@link #plan}
     * @param progress receives a line per deleted snapshot
     * @return what was deleted and what could not be
     */
    public PruneResult prune(PrunePlan plan, Consumer<String> progress) {
        List<String> deleted = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (Snapshot snapshot : plan.deletions()) {
            try {
                deleteOne(plan.application(), snapshot);
                deleted.add(snapshot.name());
                progress.accept("Deleted snapshot " + snapshot.name() + " (" + snapshot.createdAt() + ")");
            } catch (AwsServiceException e) {
                failed.put(snapshot.name(), e.awsErrorDetails() == null ? e.getMessage()
                        : e.awsErrorDetails().errorMessage());
            }
        }
        return new PruneResult(plan, deleted, failed);
    }

    /**
     * Pins a snapshot: a tag on the application that {@code prune} and {@code deploy} respect.
     *
     * @param application the application name
     * @param name        the snapshot
     * @return the snapshot, pinned
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} for an unknown snapshot, {@link ExitCodes#USAGE} for a
     *                           name too long for a tag key, {@link ExitCodes#CONFLICT} when the application has
     *                           no room for another tag
     */
    public Snapshot pin(String application, String name) {
        ApplicationDetail detail = applications.require(application);
        Snapshot snapshot = select(application, list(detail), List.of(name)).get(0);
        String key = Pins.tagKey(name);
        Map<String, String> tags = applications.tags(detail.applicationARN());
        if (!tags.containsKey(key) && tags.size() >= Pins.MAX_TAGS) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "'" + application + "' has " + tags.size() + " tags, the "
                    + "most an application may have: unpin another snapshot or remove a tag first");
        }
        msf.tagResource(r -> r.resourceARN(detail.applicationARN()).tags(Tag.builder().key(key)
                .value(clock.instant().truncatedTo(ChronoUnit.SECONDS).toString()).build()));
        return new Snapshot(snapshot.name(), snapshot.status(), snapshot.applicationVersion(),
                snapshot.runtimeEnvironment(), snapshot.createdAt(), snapshot.ageSeconds(), true);
    }

    /**
     * Removes a pin. The snapshot need not exist any more: a pin can outlive its snapshot.
     *
     * @param application the application name
     * @param name        the snapshot
     * @return true if it was pinned
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} for an unknown application
     */
    public boolean unpin(String application, String name) {
        ApplicationDetail detail = applications.require(application);
        String key = Pins.tagKey(name);
        if (!applications.tags(detail.applicationARN()).containsKey(key)) {
            return false;
        }
        msf.untagResource(r -> r.resourceARN(detail.applicationARN()).tagKeys(key));
        return true;
    }

    /**
     * @param application the application name
     * @param snapshot    the snapshot a restore would start from
     * @return a note when it was taken by another application version, and a warning when on another runtime;
     *         empty when it matches what the application runs now
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} for an unknown application or snapshot
     */
    public List<String> restoreNotes(String application, String snapshot) {
        ApplicationDetail detail = applications.require(application);
        Snapshot chosen = select(application, list(detail), List.of(snapshot)).get(0);
        List<String> notes = new ArrayList<>();
        if (!Objects.equals(chosen.applicationVersion(), detail.applicationVersionId())) {
            notes.add("note: snapshot " + chosen.name() + " was taken by version " + chosen.applicationVersion()
                    + "; '" + application + "' is at version " + detail.applicationVersionId() + ": its operators "
                    + "(uids) must still match the snapshot's state");
        }
        if (chosen.runtimeEnvironment() != null
                && !chosen.runtimeEnvironment().equals(detail.runtimeEnvironmentAsString())) {
            notes.add("warning: snapshot " + chosen.name() + " was taken on " + chosen.runtimeEnvironment() + "; '"
                    + application + "' runs " + detail.runtimeEnvironmentAsString() + ": a snapshot of a newer "
                    + "runtime cannot be restored on an older one");
        }
        return notes;
    }
}
