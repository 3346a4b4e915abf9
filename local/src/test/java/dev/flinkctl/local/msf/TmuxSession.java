package dev.flinkctl.local.msf;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.flinkctl.local.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program under a real pseudo-terminal: a detached tmux session of a fixed size on a tmux server of its own (its
 * socket in the test's directory, so nothing is left in {@code /tmp/tmux-UID}), with send-keys to type and
 * capture-pane to read the screen. {@link #close()} kills the server and what runs in it.
 */
final class TmuxSession implements AutoCloseable {
    private static final String TMUX = "/usr/bin/tmux";
    private static final String SESSION = "it";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);

    private final Path socket;
    private String lastScreen = "";

    private TmuxSession(Path socket) {
        this.socket = socket;
    }

    /**
     * Starts {@code sh script} in a new session of {@code columns} by {@code rows}, on a server whose socket is in the
     * script's directory.
     *
     * @param env variables to set for the script, on top of this JVM's environment
     */
    static TmuxSession start(int columns, int rows, Map<String, String> env, Path script) throws IOException,
            InterruptedException {
        TmuxSession session = new TmuxSession(script.resolveSibling("tmux.sock"));
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", SESSION, "-x",
                String.valueOf(columns), "-y", String.valueOf(rows)));
        env.forEach((name, value) -> args.addAll(List.of("-e", name + "=" + value)));
        args.addAll(List.of("sh", script.toString()));
        session.tmux(args);
        return session;
    }

    /**
     * Writes a script that records the terminal's settings before and after {@code command}, prints {@code exit=N}
     * with its exit code, and then keeps the pane open. The command's arguments go through
     * a java-style argument file, so a long classpath does not hit tmux's limit on the length of a command.
     *
     * @param dir  where the script, the argument file and the recorded settings ({@code stty-before},
     *             {@code stty-after}) go
     * @param java the java executable
     * @param args its arguments
     * @return the script
     */
    static Path javaScript(Path dir, String java, List<String> args) throws IOException {
        Path argFile = dir.resolve("command.args");
        StringBuilder lines = new StringBuilder();
        for (String arg : args) {
            lines.append('"').append(arg.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        Files.writeString(argFile, lines, UTF_8);
        Path script = dir.resolve("run.sh");
        Files.writeString(script, String.join("\n",
                "stty -a > '" + dir.resolve("stty-before") + "'",
                "'" + java + "' @'" + argFile + "'",
                "echo \"exit=$?\"",
                "stty -a > '" + dir.resolve("stty-after") + "'",
                "exec sleep 600",
                ""), UTF_8);
        return script;
    }

    /** @return the visible screen, one line per row, wrapped lines joined (so a line wider than the pane shows) */
    String screen() throws IOException, InterruptedException {
        lastScreen = tmux(List.of("capture-pane", "-p", "-J", "-t", SESSION));
        return lastScreen;
    }

    /**
     * Polls the screen until {@code condition} holds.
     *
     * @return the screen that satisfied it
     * @throws AssertionError after {@code timeout}, with the last screen seen
     */
    String awaitScreen(String what, Duration timeout, Predicate<String> condition) throws Exception {
        String[] satisfied = new String[1];
        Await.until(() -> what + "; last screen:\n" + lastScreen, timeout, () -> {
            String screen = screen();
            if (condition.test(screen)) {
                satisfied[0] = screen;
                return true;
            }
            return false;
        });
        return satisfied[0];
    }

    /** @return a tmux format expanded for the pane, e.g. {@code #{alternate_on}} */
    String format(String format) throws IOException, InterruptedException {
        return tmux(List.of("display-message", "-p", "-t", SESSION, format)).strip();
    }

    /** Types keys, in tmux's names ({@code q}, {@code C-c}). */
    void sendKeys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args);
    }

    /** Resizes the window, as a user dragging the terminal's corner would. */
    void resize(int columns, int rows) throws IOException, InterruptedException {
        tmux(List.of("resize-window", "-t", SESSION, "-x", String.valueOf(columns), "-y", String.valueOf(rows)));
    }

    /** @return the process the pane runs (the script's shell) */
    ProcessHandle paneProcess() throws IOException, InterruptedException {
        long pid = Long.parseLong(format("#{pane_pid}"));
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("pane process " + pid + " is gone"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tmux(List.of("kill-server"));
    }

    private String tmux(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(TMUX, "-S", socket.toString()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException("tmux " + args + " did not end within " + COMMAND_TIMEOUT);
        }
        if (process.exitValue() != 0) {
            throw new IOException("tmux " + args + " failed with exit " + process.exitValue() + ": " + output);
        }
        return output;
    }
}
