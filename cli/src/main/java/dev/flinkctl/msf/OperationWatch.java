package dev.flinkctl.msf;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfoDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationOperationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;

/**
 * Follows one application operation (the {@code OperationId} that StartApplication, StopApplication,
 * UpdateApplication and RollbackApplication return) to its end with the SDK's generic {@link Waiter}: MSF has no
 * waiter model of its own. Waiting on the operation rather than the status tells a failed update that MSF rolled
 * back, or one that stays UPDATING, from a successful one. Each poll also reads the status, so progress shows every
 * transition (STARTING, UPDATING, RUNNING...).
 */
public final class OperationWatch {
    /** How often to poll on AWS, where operations take seconds to minutes. */
    public static final Duration AWS_POLL = Duration.ofSeconds(5);
    /** How often to poll on the local target, where a start takes a few seconds. */
    public static final Duration LOCAL_POLL = Duration.ofMillis(500);

    private final KinesisAnalyticsV2Client msf;
    private final Duration poll;

    /**
     * @param msf  the client, owned by the caller
     * @param poll the interval between polls
     */
    public OperationWatch(KinesisAnalyticsV2Client msf, Duration poll) {
        this.msf = msf;
        this.poll = poll;
    }

    /**
     * How an operation ended.
     *
     * @param status      SUCCESSFUL, FAILED or CANCELLED
     * @param application the application after it
     * @param failure     why it failed, or null
     */
    public record Outcome(OperationStatus status, ApplicationDetail application, OperationFailures.Failure failure) {
        /** @return true if it succeeded */
        public boolean successful() {
            return status == OperationStatus.SUCCESSFUL;
        }
    }

    /**
     * @param name        the application
     * @param operationId the operation to follow
     * @param what        what the operation does, for messages, e.g. {@code the start}
     * @param timeout     how long to wait at most
     * @param progress    receives a line at each status transition
     * @return how it ended
     * @throws FlinkctlException {@link ExitCodes#TIMEOUT} naming the last status when the timeout passes
     */
    public Outcome await(String name, String operationId, String what, Duration timeout, Consumer<String> progress) {
        AtomicReference<ApplicationDetail> last = new AtomicReference<>();
        Waiter<DescribeApplicationOperationResponse> waiter = Waiter.builder(DescribeApplicationOperationResponse.class)
                .acceptors(List.of(
                        WaiterAcceptor.successOnResponseAcceptor(r -> r.applicationOperationInfoDetails()
                                .operationStatus() != OperationStatus.IN_PROGRESS),
                        WaiterAcceptor.retryOnResponseAcceptor(r -> true)))
                .overrideConfiguration(Polling.every(poll, timeout))
                .build();
        ApplicationOperationInfoDetails details;
        try {
            details = waiter.run(() -> {
                ApplicationDetail detail = msf.describeApplication(r -> r.applicationName(name)).applicationDetail();
                ApplicationDetail previous = last.getAndSet(detail);
                if (previous == null || previous.applicationStatus() != detail.applicationStatus()) {
                    progress.accept(name + ": " + detail.applicationStatusAsString());
                }
                return msf.describeApplicationOperation(r -> r.applicationName(name).operationId(operationId));
            }).matched().response().orElseThrow().applicationOperationInfoDetails();
        } catch (SdkClientException e) {
            if (last.get() != null && e.getMessage() != null && e.getMessage().contains("wait")) {
                throw new FlinkctlException(ExitCodes.TIMEOUT, what + " of '" + name + "' did not end within "
                        + timeout.toSeconds() + "s (status " + last.get().applicationStatusAsString() + "): it goes on "
                        + "in the background; follow it with 'flinkctl status " + name + "' or wait longer with "
                        + "--timeout", e);
            }
            throw e;
        }
        ApplicationDetail after = msf.describeApplication(r -> r.applicationName(name)).applicationDetail();
        if (last.get() == null || last.get().applicationStatus() != after.applicationStatus()) {
            progress.accept(name + ": " + after.applicationStatusAsString());
        }
        OperationFailures.Failure failure = null;
        if (details.operationStatus() != OperationStatus.SUCCESSFUL) {
            failure = OperationFailures.failure(operationId, details);
        }
        return new Outcome(details.operationStatus(), after, failure);
    }
}
