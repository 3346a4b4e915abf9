package dev.flinkctl.local;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** Polls a condition until it holds, for tests against asynchronous systems. */
public final class Await {
    private Await() {}

    /** Calls {@code condition} every 200 ms until it returns true; fails with {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        until(() -> what, timeout, condition);
    }

    /** As {@link #until(String, Duration, Callable)}, describing what was awaited (and the last state seen) at the end. */
    public static void until(Supplier<String> what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what.get());
            }
            Thread.sleep(200);
        }
    }
}
