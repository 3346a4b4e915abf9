package dev.flinkctl.msf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;

class PollingTest {
    private static final Duration POLL = Duration.ofMillis(5);

    @Test
    void shouldReturnTheResponseThatEndedTheWait() {
        AtomicInteger calls = new AtomicInteger();
        var done = Polling.await(Integer.class, List.of(WaiterAcceptor.successOnResponseAcceptor(n -> n >= 3),
                WaiterAcceptor.retryOnResponseAcceptor(n -> true)), calls::incrementAndGet, POLL,
                Duration.ofSeconds(10), () -> "never");

        assertThat(done).contains(3);
    }

    @Test
    void shouldEndEmptyWhenAnExceptionEndsTheWait() {
        var gone = Polling.await(Integer.class, List.of(
                WaiterAcceptor.successOnExceptionAcceptor(e -> e instanceof IllegalStateException)),
                () -> {
                    throw new IllegalStateException("gone");
                }, POLL, Duration.ofSeconds(10), () -> "never");

        assertThat(gone).isEmpty();
    }

    @Test
    void shouldTurnTheTimeBeingUpIntoATimeoutWithTheMessage() {
        assertThatThrownBy(() -> Polling.await(Integer.class, List.of(WaiterAcceptor.retryOnResponseAcceptor(n -> true)),
                () -> 1, POLL, Duration.ofMillis(100), () -> "x was not READY within 0s"))
                .isInstanceOf(FlinkctlException.class).hasMessage("x was not READY within 0s")
                .satisfies(e -> assertThat(((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.TIMEOUT));
    }
}
