package dev.flinkctl.localenv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts a background server process that outlives flinkctl. Tests replace it to stand in for a server. */
@FunctionalInterface
public interface ProcessStarter {

    /**
     * Starts {@code command} in the background, without waiting for it.
     *
     * @param command     the executable and its arguments
     * @param environment variables to add to (or replace in) this process's environment
     * @param log         the file standard output and standard error are appended to
     * @return the running process
     * @throws IOException if the process cannot be started (e.g. the executable does not exist)
     */
    ProcessHandle start(List<String> command, Map<String, String> environment, Path log) throws IOException;
}
