package dev.flinkctl.localenv;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Finds and stops the background servers by pid, whether or not this JVM started them. */
final class Processes {
    /** How far apart two readings of one process's start time may be (the OS reports it in clock ticks). */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(2);
    /** How long to wait for a process to disappear after SIGKILL. */
    private static final Duration KILL_WAIT = Duration.ofSeconds(5);

    private Processes() {
    }

    /**
     * @param pid       a recorded process id, or null
     * @param startedAt the recorded start time (ISO-8601), or null if unknown
     * @return the process, if it is alive and (when both start times are known) started when recorded, so a pid the
     *         OS has handed to another process since is not mistaken for the server
     */
    static Optional<ProcessHandle> find(Long pid, String startedAt) {
        if (pid == null) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        Optional<Instant> recorded = parse(startedAt);
        if (process.isEmpty() || recorded.isEmpty()) {
            return process;
        }
        Optional<Instant> actual = process.get().info().startInstant();
        return actual.isEmpty() || Duration.between(actual.get(), recorded.get()).abs().compareTo(START_TOLERANCE) <= 0
                ? process : Optional.empty();
    }

    /** @return the process's start time as ISO-8601, or null if the OS does not say */
    static String startedAt(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse(null);
    }

    /**
     * Asks {@code process} to stop (SIGTERM), waits up to {@code grace}, then kills it (SIGKILL).
     *
     * @return true if it stopped by itself within {@code grace}
     * @throws InterruptedException if interrupted while waiting
     */
    static boolean stop(ProcessHandle process, Duration grace) throws InterruptedException {
        process.destroy();
        if (awaitExit(process, grace)) {
            return true;
        }
        process.destroyForcibly();
        awaitExit(process, KILL_WAIT);
        return false;
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) throws InterruptedException {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static Optional<Instant> parse(String instant) {
        try {
            return instant == null ? Optional.empty() : Optional.of(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
