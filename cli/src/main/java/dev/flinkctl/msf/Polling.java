package dev.flinkctl.msf;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;

/**
 * Repeats one call with the SDK's generic {@link Waiter}, at a fixed interval, until an acceptor says it is done or
 * the time is up; the time being up becomes {@link ExitCodes#TIMEOUT}.
 */
public final class Polling {
    private Polling() {
    }

    /**
     * @param poll    the time between calls
     * @param timeout how long to wait in all
     * @return the waiter settings: no limit on attempts, one call every {@code poll}, {@code timeout} in all
     */
    public static WaiterOverrideConfiguration every(Duration poll, Duration timeout) {
        return WaiterOverrideConfiguration.builder().maxAttempts(Integer.MAX_VALUE).waitTimeout(timeout)
                .backoffStrategy(FixedDelayBackoffStrategy.create(poll)).build();
    }

    /**
     * @param type      the call's response type
     * @param acceptors when to stop (success, failure) and when to call again
     * @param call      the call
     * @param poll      the time between calls
     * @param timeout   how long to wait in all
     * @param timedOut  the one-line message when the time is up
     * @param <T>       the response type
     * @return the response that ended the wait, or empty when an exception did (e.g. ResourceNotFoundException)
     * @throws FlinkctlException {@link ExitCodes#TIMEOUT} with {@code timedOut} when the time is up
     */
    public static <T> Optional<T> await(Class<T> type, List<WaiterAcceptor<? super T>> acceptors, Supplier<T> call,
                                        Duration poll, Duration timeout, Supplier<String> timedOut) {
        Instant start = Instant.now();
        try {
            return Waiter.builder(type).acceptors(acceptors).overrideConfiguration(every(poll, timeout)).build()
                    .run(call).matched().response();
        } catch (SdkClientException e) {
            // The waiter gives up with an SdkClientException; so does a call that fails: only the clock tells.
            if (Duration.between(start, Instant.now()).plus(poll).compareTo(timeout) >= 0) {
                throw new FlinkctlException(ExitCodes.TIMEOUT, timedOut.get(), e);
            }
            throw e;
        }
    }
}
