package dev.flinkctl.msf.versions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfo;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfoDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationOperationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationOperationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationVersionRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationVersionResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationOperationsRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationOperationsResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationSnapshotsRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationSnapshotsResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationVersionsRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationVersionsResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RollbackApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RollbackApplicationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;

/**
 * One application in memory, for what no server can produce on cue: a change that lands between the describe
 * before RollbackApplication and the call itself. Implements only the calls {@link Rollbacks} and {@link Versions}
 * make; the SDK interface's defaults throw for the rest.
 */
final class FakeMsf implements KinesisAnalyticsV2Client {
    ApplicationDetail application;
    final Map<Long, ApplicationDetail> versions = new TreeMap<>();
    final List<SnapshotDetails> snapshots = new ArrayList<>();
    final List<ApplicationOperationInfo> operations = new ArrayList<>();
    Function<RollbackApplicationRequest, RollbackApplicationResponse> rollback = request -> {
        throw new AssertionError("RollbackApplication should not be called: " + request);
    };
    ApplicationOperationInfoDetails operation;
    int rollbackCalls;

    /** @param versions the application's versions, oldest first; the last is current */
    FakeMsf(ApplicationDetail... versions) {
        for (ApplicationDetail version : versions) {
            add(version);
        }
    }

    /** Adds a version and makes it current. */
    FakeMsf add(ApplicationDetail version) {
        versions.put(version.applicationVersionId(), version);
        application = version;
        return this;
    }

    FakeMsf snapshot(String name, long version) {
        snapshots.add(SnapshotDetails.builder().snapshotName(name).snapshotStatus("READY").applicationVersionId(version)
                .snapshotCreationTimestamp(Instant.parse("2025-01-01T13:00:00Z")).build());
        return this;
    }

    @Override
    public DescribeApplicationResponse describeApplication(DescribeApplicationRequest request) {
        return DescribeApplicationResponse.builder().applicationDetail(application).build();
    }

    @Override
    public DescribeApplicationVersionResponse describeApplicationVersion(DescribeApplicationVersionRequest request) {
        return DescribeApplicationVersionResponse.builder()
                .applicationVersionDetail(versions.get(request.applicationVersionId())).build();
    }

    @Override
    public ListApplicationVersionsResponse listApplicationVersions(ListApplicationVersionsRequest request) {
        return ListApplicationVersionsResponse.builder().applicationVersionSummaries(versions.values().stream()
                .sorted(Comparator.comparing(ApplicationDetail::applicationVersionId).reversed())
                .map(v -> ApplicationVersionSummary.builder().applicationVersionId(v.applicationVersionId())
                        .applicationStatus(v.applicationStatus()).build())
                .toList()).build();
    }

    @Override
    public ListApplicationSnapshotsResponse listApplicationSnapshots(ListApplicationSnapshotsRequest request) {
        return ListApplicationSnapshotsResponse.builder().snapshotSummaries(snapshots).build();
    }

    @Override
    public ListApplicationOperationsResponse listApplicationOperations(ListApplicationOperationsRequest request) {
        return ListApplicationOperationsResponse.builder().applicationOperationInfoList(operations).build();
    }

    @Override
    public RollbackApplicationResponse rollbackApplication(RollbackApplicationRequest request) {
        rollbackCalls++;
        return rollback.apply(request);
    }

    @Override
    public DescribeApplicationOperationResponse describeApplicationOperation(
            DescribeApplicationOperationRequest request) {
        return DescribeApplicationOperationResponse.builder().applicationOperationInfoDetails(operation).build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {
    }
}
