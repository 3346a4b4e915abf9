package dev.flinkctl.lint;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The real {@link CapturingLauncher}: both output streams are drained on their own threads so neither pipe fills. */
public final class ChildProcessCapture implements CapturingLauncher {
    /** How long a destroyed child may take to exit before it is killed. */
    private static final Duration KILL_AFTER = Duration.ofSeconds(5);

    @Override
    public Captured run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        CompletableFuture<String> stdout = drain(child.getInputStream());
        CompletableFuture<String> stderr = drain(child.getErrorStream());
        try {
            if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(child);
                return new Captured(-1, text(stdout), text(stderr), true);
            }
            return new Captured(child.exitValue(), text(stdout), text(stderr), false);
        } catch (InterruptedException e) {
            stop(child);
            throw e;
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                return out.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "flinkctl-capture");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static String text(CompletableFuture<String> output) throws InterruptedException {
        try {
            return output.get(KILL_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return ""; // a grandchild holding the pipe open, or a read error: the output is lost, the result is not
        }
    }

    private static void stop(Process child) throws InterruptedException {
        child.descendants().forEach(ProcessHandle::destroy);
        child.destroy();
        if (!child.waitFor(KILL_AFTER.toMillis(), TimeUnit.MILLISECONDS)) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
        }
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
