package dev.flinkctl.local.msf.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;

/**
 * Everything the endpoint knows about one application. Mutable; every access holds the record's
 * monitor ({@code synchronized (record)}), and every change is saved by {@link ApplicationStore}
 * before the monitor is released.
 */
public final class ApplicationRecord {
    ApplicationDetail detail;
    final List<VersionRecord> versions = new ArrayList<>();
    final List<SnapshotRecord> snapshots = new ArrayList<>();
    final List<OperationRecord> operations = new ArrayList<>();
    final Map<String, String> tags = new LinkedHashMap<>();
    /** The Flink job running the application, or null. */
    String jobId;
    /** A savepoint taken when the endpoint shut down, to resume from when it starts again; or null. */
    String resumePath;
    /**
     * Incremented by every transition that supersedes work in progress (a force stop, a delete): a
     * worker that finds the epoch changed abandons its work and cancels any job it started.
     */
    transient int epoch;

    ApplicationRecord(ApplicationDetail detail) {
        this.detail = detail;
    }

    /** The application's name. */
    public String name() {
        return detail.applicationName();
    }

    ApplicationStatus status() {
        return detail.applicationStatus();
    }

    long versionId() {
        return detail.applicationVersionId();
    }

    /** Moves to a status and issues a new conditional token (emulator choice: the token changes with every transition). */
    void setStatus(ApplicationStatus status, Instant now) {
        detail = detail.toBuilder().applicationStatus(status).conditionalToken(ConditionalTokens.next()).build();
        VersionRecord current = versions.get(versions.size() - 1);
        if (!"ROLLED_BACK".equals(current.status())) {
            versions.set(versions.size() - 1, new VersionRecord(current.application(), status.toString()));
        }
    }

    Optional<SnapshotRecord> snapshot(String name) {
        return snapshots.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    void replace(SnapshotRecord snapshot) {
        snapshots.replaceAll(s -> s.name().equals(snapshot.name()) ? snapshot : s);
    }

    /** The newest READY snapshot, or empty. */
    Optional<SnapshotRecord> latestReadySnapshot() {
        return snapshots.stream().filter(SnapshotRecord::ready).reduce((a, b) -> b.createdAt().isBefore(a.createdAt()) ? a : b);
    }

    Optional<OperationRecord> operation(String id) {
        return operations.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    void replace(OperationRecord operation) {
        operations.replaceAll(o -> o.id().equals(operation.id()) ? operation : o);
    }

    Optional<VersionRecord> version(long id) {
        return versions.stream().filter(v -> v.application().applicationVersionId() == id).findFirst();
    }
}
