package dev.flinkctl.aws;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ConcurrentModificationException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException;

/** Turns AWS SDK errors into flinkctl's one-line messages and exit codes ({@link ExitCodes}). */
public final class AwsErrors {
    /** Error codes AWS services use for missing, expired or refused credentials. */
    private static final Set<String> AUTH_CODES = Set.of("AccessDenied", "AccessDeniedException",
            "UnrecognizedClientException", "InvalidClientTokenId", "ExpiredToken", "ExpiredTokenException",
            "SignatureDoesNotMatch", "InvalidSignatureException", "MissingAuthenticationToken");

    private AwsErrors() {
    }

    /**
     * An SDK call that Ctrl-C interrupts (in {@code flinkctl shell}, where the command's thread is interrupted)
     * fails with whatever the SDK was doing at the time, e.g. "Unable to unmarshall response", wrapping the
     * interruption; that is an interruption, not an AWS error.
     *
     * @param error any exception a command threw
     * @return true if the current thread is interrupted or {@code error} was caused by an interruption
     */
    public static boolean interrupted(Throwable error) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof InterruptedException || e instanceof AbortedException
                    || e instanceof ClosedByInterruptException
                    || (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param error any exception a command threw
     * @return the flinkctl error for an AWS SDK exception (found in {@code error} or its causes), else empty
     */
    public static Optional<FlinkctlException> translate(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof AwsServiceException service) {
                return Optional.of(service(service));
            }
            if (e instanceof ApiCallTimeoutException timeout) {
                return Optional.of(new FlinkctlException(ExitCodes.TIMEOUT, "an AWS call timed out: "
                        + firstLine(timeout.getMessage()), timeout));
            }
            if (e instanceof SdkClientException client) {
                return Optional.of(client(client));
            }
        }
        return Optional.empty();
    }

    private static FlinkctlException service(AwsServiceException e) {
        String message = e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage() : firstLine(e.getMessage());
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        if (e instanceof ResourceNotFoundException) {
            return new FlinkctlException(ExitCodes.NOT_FOUND, message, e);
        }
        if (e instanceof ConcurrentModificationException) {
            return new FlinkctlException(ExitCodes.CONFLICT, message + ": someone else changed the application; "
                    + "see 'flinkctl plan', then run the command again", e);
        }
        if (e instanceof ResourceInUseException) {
            return new FlinkctlException(ExitCodes.CONFLICT, message + ": wait for the running operation to end "
                    + "('flinkctl status'), or stop it with 'flinkctl stop --force'", e);
        }
        if (e.statusCode() == 403 || (code != null && AUTH_CODES.contains(code))) {
            return new FlinkctlException(ExitCodes.AWS_AUTH, message + " (" + code + "): check the credentials of "
                    + "the profile and its permissions", e);
        }
        return new FlinkctlException(ExitCodes.FAILED, message + (code == null ? "" : " (" + code + ")"), e);
    }

    private static FlinkctlException client(SdkClientException e) {
        String message = firstLine(e.getMessage());
        if (message.contains("Unable to load credentials") || message.contains("credentials")) {
            return new FlinkctlException(ExitCodes.AWS_AUTH, "no AWS credentials: pass --profile, set AWS_PROFILE or "
                    + "AWS_ACCESS_KEY_ID, or run 'aws sso login' (or use the local target: --local)", e);
        }
        return new FlinkctlException(ExitCodes.FAILED, "cannot reach AWS: " + message, e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline).strip();
    }
}
