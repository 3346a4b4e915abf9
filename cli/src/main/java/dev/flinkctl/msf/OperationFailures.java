package dev.flinkctl.msf;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfo;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfoDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;

/**
 * Finds why an operation failed: MSF records each start, stop, update and rollback as an application operation whose
 * failure details carry the error (for a job that fails, its exception), where the status alone only says READY.
 * Source: https://docs.aws.amazon.com/managed-flink/latest/java/how-system-rollbacks.html (Operations API).
 */
public final class OperationFailures {
    private final KinesisAnalyticsV2Client msf;

    /** @param msf the client, owned by the caller */
    public OperationFailures(KinesisAnalyticsV2Client msf) {
        this.msf = msf;
    }

    /**
     * A failed operation and its cause.
     *
     * @param operation  e.g. {@code StartApplication}
     * @param id         the operation id
     * @param cause      the error MSF reports (first line of the job's exception for a failed job), or a fallback
     * @param rollbackId the system rollback that followed it, or null
     */
    public record Failure(String operation, String id, String cause, String rollbackId) {
        /** @return one line, e.g. {@code StartApplication failed: java.lang.IllegalStateException: boom} */
        public String describe() {
            return operation + " failed: " + cause;
        }
    }

    /**
     * @param name  the application
     * @param since only operations that started at or after this instant count (second precision)
     * @return the newest failed operation since then, with its cause, if any
     */
    public Optional<Failure> latest(String name, Instant since) {
        Instant from = since.minusSeconds(1);
        return msf.listApplicationOperations(request -> request.applicationName(name).limit(50))
                .applicationOperationInfoList().stream()
                .filter(op -> op.operationStatus() == OperationStatus.FAILED)
                .filter(op -> op.startTime() == null || !op.startTime().isBefore(from))
                .max(Comparator.comparing(ApplicationOperationInfo::startTime,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(op -> failure(name, op));
    }

    private Failure failure(String name, ApplicationOperationInfo op) {
        return failure(op.operationId(), msf.describeApplicationOperation(request -> request.applicationName(name)
                .operationId(op.operationId())).applicationOperationInfoDetails());
    }

    /**
     * @param id      the operation id
     * @param details a failed (or cancelled) operation
     * @return its failure, with the cause MSF reports
     */
    public static Failure failure(String id, ApplicationOperationInfoDetails details) {
        String cause = details.operationStatus() == OperationStatus.CANCELLED ? "cancelled" : "no details reported";
        String rollback = null;
        if (details.operationFailureDetails() != null) {
            rollback = details.operationFailureDetails().rollbackOperationId();
            if (details.operationFailureDetails().errorInfo() != null
                    && details.operationFailureDetails().errorInfo().errorString() != null) {
                cause = firstLine(details.operationFailureDetails().errorInfo().errorString());
            }
        }
        return new Failure(details.operation(), id, cause, rollback);
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline).strip();
    }
}
