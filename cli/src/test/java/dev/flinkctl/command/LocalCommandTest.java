package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.CliRun;
import dev.flinkctl.CliRun.Result;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.localenv.JavaRuntime;
import dev.flinkctl.localenv.LocalState;
import dev.flinkctl.localenv.TestHost;
import dev.flinkctl.output.Prompt;
import dev.flinkctl.run.FakeInstallation;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flinkctl local ...} where nothing needs to start: argument checks, errors before any process starts,
 * status and down of an environment that is not running, and reset. LocalCommandIT starts real processes.
 */
class LocalCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path home;
    private Path data;
    private Path moto;
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void installation() throws IOException {
        home = FakeInstallation.create(dir.resolve("lib/flinkctl"));
        data = dir.resolve("data");
        moto = dir.resolve("bin/moto_server");
        Files.createDirectories(moto.getParent());
        Files.writeString(moto, "#!/bin/sh\nexit 99\n");
        assertThat(moto.toFile().setExecutable(true)).isTrue();
    }

    private Result run(String... args) {
        return run(Map.of("MOTO_SERVER", moto.toString()), null, args);
    }

    private Result run(Map<String, String> env, String answer, String... args) {
        Host host = TestHost.withoutProcesses(dir, home, env);
        Prompt prompt = question -> {
            asked.add(question);
            return Optional.ofNullable(answer);
        };
        return CliRun.with(host, prompt).run(args);
    }

    @Test
    void shouldNeedASubcommand() {
        Result r = run("local");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("flinkctl: Missing required subcommand")
                .endsWith("Try 'flinkctl local --help' for more information." + NL);
    }

    @Test
    void helpListsTheSubcommands() {
        Result r = run("local", "--help");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("up ", "status ", "down ", "reset ", "127.0.0.1");
    }

    @Test
    void upSaysHowToInstallMotoServerWhenItIsMissing() {
        Result r = run(Map.of("MOTO_SERVER", "/nonexistent"), null, "local", "up", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEqualTo("flinkctl: moto_server not found: MOTO_SERVER is '/nonexistent', which is not an "
                + "executable file: install it with pip install \"moto[server]\" (or set MOTO_SERVER)" + NL);
        assertThat(data).doesNotExist();
    }

    @Test
    void upSearchesThePathForMotoServer() {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("MOTO_SERVER", null);
        env.put("PATH", dir.resolve("nowhere").toString());

        Result r = run(env, null, "local", "up", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEqualTo("flinkctl: moto_server not found: install it with pip install \"moto[server]\" "
                + "(or set MOTO_SERVER)" + NL);
    }

    @Test
    void upNamesATakenPortAndTheOptionThatMovesIt() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            Result r = run("local", "up", "--data-dir", data.toString(), "--moto-port", "0",
                    "--dashboard-port", "0", "--port", Integer.toString(port));

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.err()).isEqualTo("flinkctl: port " + port + " on 127.0.0.1 is in use: stop what listens there "
                    + "or choose another port with --port (0 picks a free one)" + NL);
        }
    }

    @Test
    void upRefusesJavaOlderThan17() {
        Host host = TestHost.create(dir, home, new JavaRuntime(Path.of("/jdk11/bin/java"), 11), (c, e, l) -> {
            throw new AssertionError("started " + c);
        }, Map.of("MOTO_SERVER", moto.toString()));

        Result r = CliRun.with(host, q -> Optional.empty()).run("local", "up", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEqualTo("flinkctl: the local endpoint needs Java 17 or newer, but /jdk11/bin/java is "
                + "Java 11: install a JDK 17+ and put it on PATH or set JAVA_HOME" + NL);
    }

    @Test
    void upNeedsTheInstallation() {
        Host host = TestHost.withoutProcesses(dir, null, Map.of("MOTO_SERVER", moto.toString()));

        Result r = CliRun.with(host, q -> Optional.empty()).run("local", "up", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).startsWith("flinkctl: local up needs the embedded Flink runtime, but neither");
    }

    @Test
    void upRejectsBadArgumentsBeforeAnythingElse() {
        Result r = run("local", "up", "--port", "70000");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("flinkctl: --port must be a port from 1 to 65535, or 0 for a free one, not 70000"
                + NL);
    }

    @Test
    void statusOfANeverStartedEnvironmentIsNotRunning() {
        Result r = run("local", "status", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(r.out()).isEqualTo("The local environment is not running (data directory " + data + ")." + NL
                + "Start it with: flinkctl local up" + NL);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void statusAsJsonHasStableKeys() throws IOException {
        Result r = run("local", "status", "--data-dir", data.toString(), "-o", "json");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        JsonNode status = new ObjectMapper().readTree(r.out());
        assertThat(status.get("state").asText()).isEqualTo("stopped");
        assertThat(status.get("dataDir").asText()).isEqualTo(data.toString());
        assertThat(status.get("currentTarget").asBoolean()).isFalse();
        assertThat(status.get("endpoint").get("running").asBoolean()).isFalse();
        assertThat(status.get("applications").isArray()).isTrue();
    }

    @Test
    void statusOfStoppedServersIsNotRunning() {
        stoppedState();

        Result r = run("local", "status", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(r.out()).startsWith("The local environment is not running");
    }

    @Test
    void statusFindsTheDataDirectoryInTheEnvironment() {
        Result r = run(Map.of("FLINKCTL_LOCAL_DIR", data.toString()), null, "local", "status");

        assertThat(r.out()).contains("(data directory " + data + ")");
    }

    @Test
    void downWithNothingRunningSucceeds() {
        Result r = run("local", "down", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("The local environment in " + data + " is not running: nothing to stop." + NL);
    }

    @Test
    void downToleratesServersThatAreAlreadyGone() {
        stoppedState();

        Result r = run("local", "down", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("nothing to stop");
        assertThat(LocalState.read(data)).hasValueSatisfying(state -> {
            assertThat(state.moto().pid()).isNull();
            assertThat(state.endpoint().pid()).isNull();
        });
    }

    @Test
    void resetWithoutATerminalNeedsYes() throws IOException {
        stoppedState();

        Result r = run("local", "reset", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("flinkctl: reset deletes " + data + " and everything in it, and there is no "
                + "terminal to confirm on: pass --yes" + NL);
        assertThat(data.resolve("local.json")).exists();
    }

    @Test
    void resetAsksAndKeepsTheDirectoryUnlessTheAnswerIsYes() {
        stoppedState();

        Result r = run(Map.of(), "n", "local", "reset", "--data-dir", data.toString());

        assertThat(asked).containsExactly("Delete " + data + " and everything in it? [y/N] ");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEqualTo("flinkctl: reset cancelled: " + data + " was kept" + NL);
        assertThat(data).exists();
    }

    @Test
    void resetDeletesTheDirectoryWhenConfirmed() throws IOException {
        stoppedState();
        Files.createDirectories(data.resolve("applications/fraud"));
        Files.writeString(data.resolve("applications/fraud/state.json"), "{}");
        Files.createSymbolicLink(data.resolve("link-to-home"), home);

        Result r = run(Map.of(), " Y ", "local", "reset", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("Deleted " + data + "." + NL);
        assertThat(data).doesNotExist();
        assertThat(home.resolve("job/flinkctl-job.jar")).as("a symbolic link is deleted, not followed").exists();
    }

    @Test
    void resetWithYesDoesNotAsk() {
        stoppedState();

        Result r = run("local", "reset", "--data-dir", data.toString(), "--yes");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(asked).isEmpty();
        assertThat(data).doesNotExist();
    }

    @Test
    void resetOfAMissingDirectoryHasNothingToDo() {
        Result r = run("local", "reset", "--data-dir", data.toString(), "--yes");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("Nothing to reset: " + data + " does not exist." + NL);
    }

    @Test
    void resetRefusesWhileRunning() {
        // This JVM stands in for a running server: alive, but it does not answer.
        long self = ProcessHandle.current().pid();
        new LocalState(data.toString(), "us-east-1", "123456789012", null,
                new LocalState.Server("http://127.0.0.1:9", 9, self, null), null, null, null, null, null, null).write();

        Result r = run("local", "reset", "--data-dir", data.toString(), "--yes");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEqualTo("flinkctl: the local environment in " + data + " is running: run flinkctl "
                + "local down first" + NL);
        assertThat(data.resolve("local.json")).exists();
    }

    @Test
    void resetRefusesADirectoryThatIsNotALocalDataDirectory() throws IOException {
        Files.createDirectories(data);
        Files.writeString(data.resolve("precious.txt"), "keep me");

        Result r = run("local", "reset", "--data-dir", data.toString(), "--yes");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("flinkctl: " + data + " does not look like a flinkctl local data directory (it "
                + "has no local.json), so reset does not delete it" + NL);
        assertThat(data.resolve("precious.txt")).exists();
    }

    /** A local.json whose processes are long gone: pids that cannot be alive (beyond Linux's pid_max). */
    private void stoppedState() {
        new LocalState(data.toString(), "us-east-1", "123456789012", "2026-11-21T20:18:00Z",
                new LocalState.Server("http://127.0.0.1:4566", 4566, 99_999_998L, null),
                new LocalState.Server("http://127.0.0.1:4599", 4599, 99_999_999L, null),
                "http://127.0.0.1:8081", "flinkctl-local", "transactions", "alerts",
                "arn:aws:iam::123456789012:role/flinkctl-local").write();
    }
}
