package dev.flinkctl.local.msf.domain;

import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationOperationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationOperationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationVersionRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationVersionResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationOperationsRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationOperationsResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationVersionsRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationVersionsResponse;

/**
 * What happened to an application: its versions and its operations.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-system-rollbacks.html">operations and rollbacks</a>
 */
public final class History {
    private final ApplicationCatalog catalog;

    public History(ApplicationCatalog catalog) {
        this.catalog = catalog;
    }

    /** ListApplicationVersions, newest first, including rolled-back versions. */
    public ListApplicationVersionsResponse versions(ListApplicationVersionsRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        List<ApplicationVersionSummary> all;
        synchronized (record) {
            all = record.versions.stream()
                    .sorted(Comparator.comparing((VersionRecord v) -> v.application().applicationVersionId()).reversed())
                    .map(v -> ApplicationVersionSummary.builder().applicationVersionId(v.application().applicationVersionId())
                            .applicationStatus(v.status()).build())
                    .toList();
        }
        var page = Pages.of(all, request.nextToken(), request.limit());
        return ListApplicationVersionsResponse.builder().applicationVersionSummaries(page.items()).nextToken(page.nextToken()).build();
    }

    /** DescribeApplicationVersion: the application as it was at that version. */
    public DescribeApplicationVersionResponse version(DescribeApplicationVersionRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        if (request.applicationVersionId() == null) {
            throw MsfException.invalidArgument("ApplicationVersionId is required");
        }
        synchronized (record) {
            VersionRecord version = record.version(request.applicationVersionId()).orElseThrow(() -> MsfException.notFound(
                    "Version " + request.applicationVersionId() + " does not exist for application " + record.name()));
            return DescribeApplicationVersionResponse.builder()
                    .applicationVersionDetail(version.application().toBuilder().applicationStatus(version.status())
                            .conditionalToken(null).build())
                    .build();
        }
    }

    /** ListApplicationOperations, newest first, filtered by Operation and OperationStatus. */
    public ListApplicationOperationsResponse operations(ListApplicationOperationsRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        List<OperationRecord> all;
        synchronized (record) {
            // Operations are recorded in the order they start.
            List<OperationRecord> newestFirst = new java.util.ArrayList<>(record.operations);
            java.util.Collections.reverse(newestFirst);
            all = newestFirst.stream()
                    .filter(o -> request.operation() == null || request.operation().equals(o.operation()))
                    .filter(o -> request.operationStatusAsString() == null || request.operationStatusAsString().equals(o.status()))
                    .toList();
        }
        var page = Pages.of(all, request.nextToken(), request.limit());
        return ListApplicationOperationsResponse.builder()
                .applicationOperationInfoList(page.items().stream().map(OperationRecord::summary).toList())
                .nextToken(page.nextToken()).build();
    }

    /** DescribeApplicationOperation. */
    public DescribeApplicationOperationResponse operation(DescribeApplicationOperationRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        synchronized (record) {
            OperationRecord op = record.operation(request.operationId()).orElseThrow(() -> MsfException.notFound(
                    "Operation " + request.operationId() + " does not exist for application " + record.name()));
            return DescribeApplicationOperationResponse.builder().applicationOperationInfoDetails(op.details()).build();
        }
    }
}
