package dev.flinkctl.localenv;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * One {@code local up}: starts the background servers, waits until each is ready, and, if the start fails or is
 * interrupted (Ctrl-C runs the shutdown hook), stops again what it started. {@link #close} ends the watch once the
 * start succeeded or was cleaned up.
 */
final class Startup implements AutoCloseable {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration ABORT_GRACE = Duration.ofSeconds(10);
    private static final int LOG_LINES = 20;

    private final ProcessStarter processes;
    private final List<ProcessHandle> started = new CopyOnWriteArrayList<>(); // also read by the shutdown hook
    private final Thread abort = new Thread(() -> started.forEach(ProcessHandle::destroy), "flinkctl-local-up-abort");

    Startup(ProcessStarter processes) {
        this.processes = processes;
        Runtime.getRuntime().addShutdownHook(abort);
    }

    /**
     * A started server and where its log for this start begins.
     *
     * @param name    what to call it in messages
     * @param process the process
     * @param log     its log file
     * @param offset  the log's size before this start
     */
    record Server(String name, ProcessHandle process, Path log, long offset) {
        /** @return what the server wrote to its log since this start */
        String output() {
            return LogTail.since(log, offset);
        }
    }

    /**
     * @throws FlinkctlException with {@link ExitCodes#FAILED} if the process cannot be started
     */
    Server start(String name, List<String> command, Map<String, String> environment, Path log) {
        long offset = LogTail.offset(log);
        try {
            ProcessHandle process = processes.start(command, environment, log);
            started.add(process);
            return new Server(name, process, log, offset);
        } catch (IOException e) {
            throw new FlinkctlException(ExitCodes.FAILED, "cannot start " + name + " (" + command.get(0) + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Polls {@code probe} until it answers, the server exits or {@code timeout} passes. The servers report readiness
     * only by answering (moto_server) or by writing a file (the endpoint), so there is nothing to block on.
     *
     * @return what the probe answered
     * @throws FlinkctlException    {@link ExitCodes#FAILED} if the server exits, {@link ExitCodes#TIMEOUT} if it is
     *                              not ready in time; either with the end of its log
     * @throws InterruptedException if interrupted while waiting
     */
    <T> T await(Server server, Duration timeout, Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> ready = probe.get();
            if (ready.isPresent()) {
                return ready.get();
            }
            if (!server.process().isAlive()) {
                throw new FlinkctlException(ExitCodes.FAILED, server.name() + " exited while starting"
                        + logEnd(server));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new FlinkctlException(ExitCodes.TIMEOUT, server.name() + " was not ready within "
                        + timeout.toSeconds() + "s (a slow machine may need a longer --timeout)" + logEnd(server));
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /**
     * Stops every server this start started, the last first.
     *
     * @throws InterruptedException if interrupted while waiting for one to stop
     */
    void stopAll() throws InterruptedException {
        for (int i = started.size() - 1; i >= 0; i--) {
            if (started.get(i).isAlive()) {
                Processes.stop(started.get(i), ABORT_GRACE);
            }
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(abort);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it stops what was started.
        }
    }

    private static String logEnd(Server server) {
        String lines = LogTail.lastLines(server.log(), server.offset(), LOG_LINES);
        return lines.isEmpty() ? "; " + server.log() + " is empty"
                : "; the end of " + server.log() + ":" + System.lineSeparator() + lines;
    }
}
