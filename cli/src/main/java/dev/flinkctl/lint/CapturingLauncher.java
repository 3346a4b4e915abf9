package dev.flinkctl.lint;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs a child process to its end and captures what it prints; unlike {@code run.ProcessLauncher}, which hands the
 * child this process's terminal. Tests replace it to return canned output.
 */
@FunctionalInterface
public interface CapturingLauncher {

    /**
     * Runs {@code command} with no standard input and waits up to {@code timeout}; a child still running then is
     * destroyed.
     *
     * @param command the executable and its arguments
     * @param timeout how long to wait for it
     * @return its exit code and output
     * @throws IOException          if the process cannot be started
     * @throws InterruptedException if this thread is interrupted while waiting (the child is destroyed)
     */
    Captured run(List<String> command, Duration timeout) throws IOException, InterruptedException;

    /**
     * What a child did.
     *
     * @param exitCode its exit code (meaningless when {@code timedOut})
     * @param stdout   its standard output, UTF-8
     * @param stderr   its standard error, UTF-8
     * @param timedOut whether it was still running at the timeout and was destroyed
     */
    record Captured(int exitCode, String stdout, String stderr, boolean timedOut) {
    }
}
