package dev.flinkctl.run;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process with inherited standard streams. When this JVM shuts down first (Ctrl-C), a shutdown hook
 * gives the child {@link #GRACE} to finish its own shutdown (a terminal sends the child the same SIGINT) and then
 * destroys it, so no runner outlives the CLI.
 */
public final class ChildProcessLauncher implements ProcessLauncher {
    /** How long the child may take to stop after this JVM starts shutting down. */
    public static final Duration GRACE = Duration.ofSeconds(10);

    @Override
    public int launch(List<String> command) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread hook = new Thread(() -> stopAfterGrace(child, GRACE), "flinkctl-child-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return child.waitFor();
        } finally {
            removeHook(hook);
        }
    }

    /**
     * Waits up to {@code grace} for {@code child} to exit, then destroys it (and forcibly after another
     * {@code grace} if it ignores that).
     *
     * @return true if the child exited within the grace period by itself
     */
    static boolean stopAfterGrace(Process child, Duration grace) {
        try {
            if (child.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            child.destroy();
            if (!child.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it owns the child now.
        }
    }
}
