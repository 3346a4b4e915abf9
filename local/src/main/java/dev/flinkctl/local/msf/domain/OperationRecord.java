package dev.flinkctl.local.msf.domain;

import java.time.Instant;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfo;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfoDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionChangeDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ErrorInfo;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationFailureDetails;

/**
 * One operation on an application (StartApplication, UpdateApplication, ...), as
 * ListApplicationOperations and DescribeApplicationOperation report it.
 *
 * @param id the operation id (12 alphanumeric characters, like the service's)
 * @param operation the API operation name that started it
 * @param status IN_PROGRESS, CANCELLED, SUCCESSFUL or FAILED
 * @param startTime when it started
 * @param endTime when it ended, or null while in progress
 * @param versionFrom the version before it, when it changed the version (else null)
 * @param versionTo the version after it, when it changed the version (else null)
 * @param errorString why it failed (at most 512 characters), or null
 * @param rollbackOperationId the system rollback it triggered, or null
 */
public record OperationRecord(String id, String operation, String status, Instant startTime, Instant endTime,
        Long versionFrom, Long versionTo, String errorString, String rollbackOperationId) {

    boolean inProgress() {
        return "IN_PROGRESS".equals(status);
    }

    OperationRecord end(String newStatus, Instant at, String error, String rollbackId) {
        return new OperationRecord(id, operation, newStatus, startTime, at, versionFrom, versionTo, error, rollbackId);
    }

    ApplicationOperationInfo summary() {
        return ApplicationOperationInfo.builder().operation(operation).operationId(id).startTime(startTime)
                .endTime(endTime).operationStatus(status).build();
    }

    ApplicationOperationInfoDetails details() {
        var details = ApplicationOperationInfoDetails.builder().operation(operation).startTime(startTime).endTime(endTime)
                .operationStatus(status);
        if (versionFrom != null && versionTo != null) {
            details.applicationVersionChangeDetails(ApplicationVersionChangeDetails.builder()
                    .applicationVersionUpdatedFrom(versionFrom).applicationVersionUpdatedTo(versionTo).build());
        }
        if (errorString != null || rollbackOperationId != null) {
            details.operationFailureDetails(OperationFailureDetails.builder().rollbackOperationId(rollbackOperationId)
                    .errorInfo(errorString == null ? null : ErrorInfo.builder().errorString(errorString).build()).build());
        }
        return details.build();
    }
}
