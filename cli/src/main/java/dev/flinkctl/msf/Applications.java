package dev.flinkctl.msf;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.targets.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.Tag;

/** Managed Service for Apache Flink applications, over the {@code kinesisanalyticsv2} API. */
public final class Applications {
    private final KinesisAnalyticsV2Client msf;

    /** @param msf the client, owned (and closed) by the caller */
    public Applications(KinesisAnalyticsV2Client msf) {
        this.msf = msf;
    }

    /**
     * @return every application (every page), in the order the service lists them
     * @throws software.amazon.awssdk.core.exception.SdkException if the service cannot be reached or refuses
     */
    public List<ApplicationState> list() {
        List<ApplicationState> applications = new ArrayList<>();
        for (ApplicationSummary summary : msf.listApplicationsPaginator()
                .applicationSummaries()) {
            applications.add(new ApplicationState(summary.applicationName(), summary.applicationStatusAsString(),
                    summary.applicationVersionId(), summary.runtimeEnvironmentAsString()));
        }
        return List.copyOf(applications);
    }

    /**
     * @param name the application name
     * @return its full description, or empty if there is no such application
     */
    public Optional<ApplicationDetail> describe(String name) {
        try {
            return Optional.of(msf.describeApplication(request -> request.applicationName(name)).applicationDetail());
        } catch (ResourceNotFoundException missing) {
            return Optional.empty();
        }
    }

    /**
     * @param name the application name
     * @return its full description
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if there is no such application
     */
    public ApplicationDetail require(String name) {
        return describe(name).orElseThrow(() -> new FlinkctlException(ExitCodes.NOT_FOUND, "application '" + name
                + "' not found: 'flinkctl list' shows the applications of this target"));
    }

    /**
     * @param arn the application's ARN
     * @return its tags, by key (sorted)
     */
    public Map<String, String> tags(String arn) {
        return msf.listTagsForResource(request -> request.resourceARN(arn)).tags().stream()
                .collect(Collectors.toMap(Tag::key, Tag::value, (a, b) -> b, java.util.TreeMap::new));
    }

    /**
     * @param name the application name
     * @return its snapshots, newest first (every page)
     */
    public List<SnapshotDetails> snapshots(String name) {
        List<SnapshotDetails> snapshots = new ArrayList<>();
        msf.listApplicationSnapshotsPaginator(request -> request.applicationName(name).limit(50))
                .snapshotSummaries().forEach(snapshots::add);
        snapshots.sort(Comparator.comparing(SnapshotDetails::snapshotCreationTimestamp,
                Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        return snapshots;
    }

    /**
     * @param name the application name
     * @return its newest READY snapshot, if any: what a start with RESTORE_FROM_LATEST_SNAPSHOT restores
     */
    public Optional<SnapshotDetails> latestSnapshot(String name) {
        return snapshots(name).stream().filter(s -> s.snapshotStatus() == SnapshotStatus.READY).findFirst();
    }

    /**
     * @param name the application name
     * @return its newest operation (start, stop, update, rollback, ...) with, if it failed, the cause MSF reports;
     *     empty when it has none
     */
    public Optional<ApplicationOverview.Operation> lastOperation(String name) {
        return msf.listApplicationOperations(request -> request.applicationName(name).limit(1))
                .applicationOperationInfoList().stream().findFirst().map(op -> {
                    String cause = null;
                    if (op.operationStatus() == OperationStatus.FAILED
                            || op.operationStatus() == OperationStatus.CANCELLED) {
                        cause = OperationFailures.failure(op.operationId(), msf.describeApplicationOperation(r -> r
                                .applicationName(name).operationId(op.operationId()))
                                .applicationOperationInfoDetails()).cause();
                    }
                    return new ApplicationOverview.Operation(op.operation(), op.operationStatusAsString(),
                            op.operationId(), cause);
                });
    }

    /**
     * @param name   the application name
     * @param target where it lives, for the dashboard or console link
     * @return the application at a glance: status, scale, last snapshot and operation, code, link
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if there is no such application
     */
    public ApplicationOverview overview(String name, Target target) {
        ApplicationDetail detail = require(name);
        return ApplicationOverview.of(detail, latestSnapshot(name).orElse(null), lastOperation(name).orElse(null),
                target);
    }

    /**
     * @param name       the application name
     * @param showValues true to show every property value; false to mask secret-looking ones ({@link Secrets})
     * @return its full description, with its version history
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if there is no such application
     */
    public ApplicationDescription description(String name, boolean showValues) {
        ApplicationDetail detail = require(name);
        return ApplicationDescription.of(detail, versions(name), showValues);
    }

    /**
     * @param name the application name
     * @return its versions with the status ListApplicationVersions reports (rolled-back ones included), newest
     *     first (every page)
     */
    public List<ApplicationVersionSummary> versions(String name) {
        List<ApplicationVersionSummary> versions = new ArrayList<>();
        msf.listApplicationVersionsPaginator(request -> request.applicationName(name).limit(50))
                .applicationVersionSummaries().forEach(versions::add);
        versions.sort(Comparator.comparing(ApplicationVersionSummary::applicationVersionId).reversed());
        return versions;
    }

    /**
     * @param detail an application
     * @return true if its snapshots are enabled (ApplicationSnapshotConfiguration), so a graceful stop or an update
     *     takes one; false when the description does not say
     */
    public static boolean snapshotsEnabled(ApplicationDetail detail) {
        var config = detail.applicationConfigurationDescription();
        return config != null && config.applicationSnapshotConfigurationDescription() != null
                && Boolean.TRUE.equals(config.applicationSnapshotConfigurationDescription().snapshotsEnabled());
    }
}
