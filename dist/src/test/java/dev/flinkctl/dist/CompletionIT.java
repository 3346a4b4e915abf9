package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flinkctl.dist.Installed.Result;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed completion scripts, run by the real shells against the installed launcher and a local target with
 * one deployed application (version 1) and one snapshot: bash through {@code COMPREPLY} as bash-completion calls
 * the function, fish through its own completion engine ({@code complete -C}), zsh through a real terminal (tmux).
 * Live names are looked up by {@code flinkctl __complete}, cached, and bounded to a second.
 */
class CompletionIT {
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration QUICK = Duration.ofSeconds(90);
    /** A first lookup may miss the shell's one-second limit on a loaded machine; the next Tab reads the cache. */
    private static final Duration LIVE_NAMES = Duration.ofSeconds(30);
    private static final String APP = "fraud-detection";

    @TempDir
    static Path dir;

    private static Map<String, String> env;
    private static String snapshot;

    @BeforeAll
    static void deployAndSnapshot() throws Exception {
        Path awsConfig = Files.writeString(dir.resolve("aws-config"),
                "[default]\nregion = us-east-1\n[profile prod-eu]\nregion = eu-west-1\n[profile staging]\n");
        env = new HashMap<>(Map.of("FLINKCTL_CONFIG_DIR", dir.resolve("config").toString(),
                "FLINKCTL_LOCAL_DIR", dir.resolve("data").toString(),
                "AWS_CONFIG_FILE", awsConfig.toString(),
                "AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString(),
                "PATH", Installed.DIST.resolve("bin") + ":" + System.getenv("PATH"),
                "HOME", dir.toString()));
        // Free ports, so that a local environment someone else runs does not get in the way.
        Result up = Installed.flinkctl(dir, QUICK, env, "local", "up", "--port", "0", "--moto-port", "0",
                "--dashboard-port", "0");
        assertThat(up.exitCode()).as(up.toString()).isZero();
        Result deploy = Installed.flinkctl(dir, DEPLOY_TIMEOUT, env, "deploy", "--local", "--wait",
                "--health-period", "5s");
        assertThat(deploy.exitCode()).as(deploy.toString()).isZero();
        Result created = Installed.flinkctl(dir, QUICK, env, "snapshot", "create", APP, "before-upgrade");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        snapshot = "before-upgrade";
    }

    @AfterAll
    static void stop() throws Exception {
        Installed.stopLocal(dir, env, dir.resolve("data"));
    }

    @Test
    void bashCompletesCommandsOptionsAndFixedValues() throws Exception {
        assertThat(bash("flinkctl", "sta")).containsExactlyInAnyOrder("start", "status");
        assertThat(bash("flinkctl", "snapshot", "p")).containsExactlyInAnyOrder("prune", "pin");
        assertThat(bash("flinkctl", "deploy", "--health-")).containsExactly("--health-period");
        assertThat(bash("flinkctl", "status", "-o", "")).containsExactlyInAnyOrder("table", "json", "yaml");
        assertThat(bash("flinkctl", "status", "--region", "eu-west-")).containsExactlyInAnyOrder("eu-west-1",
                "eu-west-2", "eu-west-3");
        assertThat(bash("flinkctl", "metrics", "get", "-m", "numRecordsIn"))
                .containsExactlyInAnyOrder("numRecordsIn", "numRecordsInPerSecond");
        assertThat(bash("flinkctl", "completion", "")).containsExactlyInAnyOrder("bash", "zsh", "fish");
        assertThat(bash("flinkctl", "init", "--runtime", "FLINK-1_1")).containsExactlyInAnyOrder("FLINK-1_13",
                "FLINK-1_15", "FLINK-1_18", "FLINK-1_19");
        assertThat(bash("flinkctl", "")).doesNotContain("__complete");
    }

    @Test
    void bashCompletesLiveNamesOfTheTarget() throws Exception {
        assertThat(eventually(() -> bash("flinkctl", "status", "fr"))).containsExactly(APP);
        assertThat(eventually(() -> bash("flinkctl", "snapshot", "delete", APP, "")))
                .containsExactly(snapshot);
        assertThat(eventually(() -> bash("flinkctl", "restore", APP, "--snapshot", "bef"))).containsExactly(snapshot);
        assertThat(eventually(() -> bash("flinkctl", "version", "show", APP, ""))).containsExactly("1");
        assertThat(bash("flinkctl", "status", "--profile", "")).containsExactlyInAnyOrder("default", "prod-eu",
                "staging");
    }

    @Test
    void fishCompletesCommandsAndLiveNames() throws Exception {
        assumeTrue(onPath("fish"), "fish is not installed");

        assertThat(fish("flinkctl snapshot cr")).containsExactly("create");
        assertThat(fish("flinkctl status --reg")).containsExactly("--region");
        assertThat(eventually(() -> fish("flinkctl status fr"))).containsExactly(APP);
        assertThat(eventually(() -> fish("flinkctl snapshot pin " + APP + " "))).containsExactly(snapshot);
    }

    @Test
    void zshCompletesInARealTerminal() throws Exception {
        assumeTrue(onPath("zsh") && onPath("tmux"), "zsh or tmux is not installed");
        Path fpath = Files.createDirectories(dir.resolve("zsh-functions"));
        Files.copy(Installed.DIST.resolve("share/zsh/site-functions/_flinkctl"), fpath.resolve("_flinkctl"));
        String session = "flinkctl-zsh-" + ProcessHandle.current().pid();
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "30", "env", "-i",
                "PATH=" + env.get("PATH"), "HOME=" + dir, "TERM=xterm", "JAVA_HOME=" + System.getProperty("java.home"),
                "FLINKCTL_CONFIG_DIR=" + env.get("FLINKCTL_CONFIG_DIR"),
                "FLINKCTL_LOCAL_DIR=" + env.get("FLINKCTL_LOCAL_DIR"), "zsh", "-f");
        try {
            tmux("send-keys", "-t", session, "fpath=(" + fpath + " $fpath); autoload -U compinit; compinit -u; "
                    + "PS1='zsh> '; clear", "Enter");
            tmux("send-keys", "-t", session, "flinkctl snapshot cr", "Tab");
            assertThat(screen(session, "zsh> flinkctl snapshot create")).isTrue();
            tmux("send-keys", "-t", session, "C-u", "flinkctl status fr", "Tab");
            boolean completed = screen(session, "zsh> flinkctl status " + APP);
            for (Instant deadline = Instant.now().plus(LIVE_NAMES); !completed && Instant.now().isBefore(deadline); ) {
                tmux("send-keys", "-t", session, "C-u", "flinkctl status fr", "Tab");
                completed = screen(session, "zsh> flinkctl status " + APP);
            }
            assertThat(completed).as(capture(session)).isTrue();
        } finally {
            tmux("kill-session", "-t", session);
        }
    }

    @Test
    void aTargetThatDoesNotAnswerHoldsTheShellForAboutASecond() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            Thread accepting = new Thread(() -> holdConnections(silent), "silent-endpoint");
            accepting.setDaemon(true);
            accepting.start();
            Map<String, String> hanging = new HashMap<>(env);
            hanging.putAll(Map.of("FLINKCTL_TARGET", "aws", "AWS_REGION", "eu-west-1",
                    "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                    "AWS_ENDPOINT_URL", "http://127.0.0.1:" + silent.getLocalPort()));

            Instant start = Instant.now();
            List<String> offered = bash(hanging, "flinkctl", "status", "");
            Duration took = Duration.between(start, Instant.now());

            assertThat(offered).isEmpty();
            // 1 s of waiting plus bash's own start: well under the 10 s an API call would otherwise take.
            assertThat(took).isLessThan(Duration.ofSeconds(3));
        }
    }

    /** Runs {@code _complete_flinkctl} in bash as bash-completion does, and returns COMPREPLY. */
    private static List<String> bash(String... words) throws IOException, InterruptedException {
        return bash(env, words);
    }

    private static List<String> bash(Map<String, String> environment, String... words)
            throws IOException, InterruptedException {
        String script = "source \"$1\"; shift; COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\"; "
                + "COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_flinkctl 2>/dev/null; "
                + "printf '%s\\n' \"${COMPREPLY[@]}\"";
        List<String> command = new ArrayList<>(List.of("bash", "-c", script, "bash",
                Installed.DIST.resolve("share/bash-completion/completions/flinkctl").toString()));
        command.addAll(List.of(words));
        Result result = Installed.run(command, dir, QUICK, environment);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result.out().lines().filter(line -> !line.isEmpty()).toList();
    }

    /** Asks fish's completion engine what it offers for {@code line}, with the installed script loaded. */
    private static List<String> fish(String line) throws IOException, InterruptedException {
        Path script = Installed.DIST.resolve("share/fish/vendor_completions.d/flinkctl.fish");
        Result result = Installed.run(List.of("fish", "--no-config", "-c",
                "source " + script + "; complete -C '" + line + "'"), dir, QUICK, env);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        // Each line is "candidate<TAB>description".
        return result.out().lines().map(candidate -> candidate.split("\t", 2)[0]).toList();
    }

    /** Repeats a completion until it offers something: the first lookup may finish in the background. */
    private static List<String> eventually(Callable<List<String>> completion) throws Exception {
        Instant deadline = Instant.now().plus(LIVE_NAMES);
        List<String> offered = completion.call();
        while (offered.isEmpty() && Instant.now().isBefore(deadline)) {
            offered = completion.call();
        }
        return offered;
    }

    private static void holdConnections(ServerSocket server) {
        List<Socket> held = new ArrayList<>();
        try {
            while (true) {
                held.add(server.accept()); // accepted, never answered
            }
        } catch (IOException e) {
            held.forEach(socket -> {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing what the test held open
                }
            });
        }
    }

    private static boolean onPath(String program) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
    }

    private static void tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Result result = Installed.run(command, dir, QUICK, Map.of());
        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    private static String capture(String session) throws IOException, InterruptedException {
        return Installed.run(List.of("tmux", "capture-pane", "-p", "-t", session), dir, QUICK, Map.of()).out();
    }

    /** Polls the screen for up to 10 s until a line starts with {@code expected}. */
    private static boolean screen(String session, String expected) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (capture(session).lines().anyMatch(line -> line.startsWith(expected))) {
                return true;
            }
        }
        return false;
    }
}
