package dev.flinkctl.run;

import java.io.IOException;
import java.util.List;

/** Starts a child process and waits for it. Tests replace it to capture what would have run. */
@FunctionalInterface
public interface ProcessLauncher {

    /**
     * Runs {@code command} with this process's standard input, output and error, and waits for it to end.
     *
     * @param command the executable and its arguments
     * @return the child's exit code
     * @throws IOException          if the process cannot be started
     * @throws InterruptedException if this thread is interrupted while waiting
     */
    int launch(List<String> command) throws IOException, InterruptedException;
}
