package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.CliRun;
import dev.flinkctl.CliRun.Result;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.localenv.JavaRuntime;
import dev.flinkctl.localenv.LocalState;
import dev.flinkctl.localenv.StandInProcesses;
import dev.flinkctl.localenv.TestHost;
import dev.flinkctl.run.FakeInstallation;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;

/**
 * {@code flinkctl local up|status|down|reset} with a real moto_server (from {@code $MOTO_SERVER} or the PATH) and
 * {@link dev.flinkctl.localenv.StandInEndpoint} in place of the local module's endpoint, all on free ports.
 */
class LocalCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path home;
    private Path data;
    private StandInProcesses processes;

    @BeforeEach
    void installation() throws IOException {
        home = FakeInstallation.create(dir.resolve("lib/flinkctl"));
        data = dir.resolve("data");
        processes = new StandInProcesses(Map.of());
    }

    @AfterEach
    void stopEverything() {
        processes.killAll();
    }

    private Result run(String... args) {
        Host host = TestHost.create(dir, home, JavaRuntime.current(), processes, Map.of());
        return CliRun.with(host, question -> Optional.empty()).run(args);
    }

    private Result up(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("local", "up", "--data-dir", data.toString(),
                "--port", "0", "--moto-port", "0", "--dashboard-port", "0"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void shouldStartCheckStopAndDeleteTheLocalEnvironment() throws IOException {
        Result r = up("-o", "json");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        JsonNode status = JSON.readTree(r.out());
        assertThat(status.get("state").asText()).isEqualTo("running");
        assertThat(status.get("currentTarget").asBoolean()).isTrue();
        assertThat(status.get("endpoint").get("url").asText()).startsWith("http://127.0.0.1:");
        assertThat(status.get("moto").get("url").asText()).startsWith("http://127.0.0.1:");
        assertThat(status.get("dashboard").asText()).startsWith("http://127.0.0.1:");
        assertThat(status.get("applications").size()).isZero();
        assertThat(r.err()).isEqualTo(String.join(System.lineSeparator(),
                "Starting moto_server on a free port on 127.0.0.1",
                "Starting the local MSF endpoint on a free port on 127.0.0.1, its Flink dashboard on a free port on "
                        + "127.0.0.1",
                "Creating bucket flinkctl-local and streams transactions and alerts", ""));

        LocalState state = LocalState.read(data).orElseThrow();
        assertThat(processes.started()).extracting(ProcessHandle::pid)
                .containsExactly(state.moto().pid(), state.endpoint().pid());
        assertThat(processes.started()).allMatch(ProcessHandle::isAlive);
        assertResourcesExist(state);
        assertThat(JSON.readTree(dir.resolve("config/config.json").toFile()).toString())
                .isEqualTo("{\"target\":\"local\",\"local\":{\"dataDir\":\"" + data + "\"}}");
        assertEndpointGotWhatTheContractSays(state);

        Result again = up();
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).startsWith("The local environment was already running.");
        assertThat(processes.commands()).hasSize(2);

        Result text = run("local", "status");
        assertThat(text.exitCode()).as(text.toString()).isEqualTo(ExitCodes.OK);
        assertThat(text.out()).contains("state:       running (the current target)",
                "endpoint:    " + state.endpoint().url() + "  (pid " + state.endpoint().pid() + ")",
                "data dir:    " + data, "streams:     transactions (input), alerts (output)",
                "role:        arn:aws:iam::123456789012:role/flinkctl-local", "No applications.");

        Result down = run("local", "down");
        assertThat(down.exitCode()).as(down.toString()).isEqualTo(ExitCodes.OK);
        assertThat(down.out()).contains("Stopped the local MSF endpoint (pid " + state.endpoint().pid() + ").",
                "Stopped moto_server (pid " + state.moto().pid() + ").");
        assertThat(processes.started()).noneMatch(ProcessHandle::isAlive);
        assertThat(data.resolve("endpoint.json")).as("removed by the endpoint on SIGTERM").doesNotExist();
        assertThat(run("local", "status").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(JSON.readTree(dir.resolve("config/config.json").toFile()).get("target").asText())
                .as("down leaves the target").isEqualTo("local");

        Result reset = run("local", "reset", "--yes");
        assertThat(reset.exitCode()).as(reset.toString()).isEqualTo(ExitCodes.OK);
        assertThat(data).doesNotExist();
    }

    @Test
    void shouldStopMotoServerWhenTheEndpointCannotStart() {
        processes = new StandInProcesses(Map.of("STAND_IN_ENDPOINT", "exit"));

        Result r = up();

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).contains("flinkctl: the local MSF endpoint exited while starting; the end of "
                + data.resolve("endpoint.log") + ":").contains("  port 0 on 127.0.0.1 is in use: stand-in told to fail");
        assertThat(processes.started()).hasSize(2).noneMatch(ProcessHandle::isAlive);
        assertThat(run("local", "status").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }

    @Test
    void shouldTimeOutWithTheEndOfTheLog() {
        processes = new StandInProcesses(Map.of("STAND_IN_ENDPOINT", "silent"));

        Result r = up("--timeout", "3s");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(r.err()).contains("flinkctl: the local MSF endpoint was not ready within 3s (a slow machine may "
                + "need a longer --timeout); the end of " + data.resolve("endpoint.log") + ":")
                .contains("stand-in endpoint ready on");
        assertThat(processes.started()).hasSize(2).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void shouldRestartWhenOnlyPartOfItRuns() throws Exception {
        assertThat(up().exitCode()).isEqualTo(ExitCodes.OK);
        ProcessHandle moto = processes.started().get(0);
        moto.destroyForcibly();
        moto.onExit().join();

        Result degraded = run("local", "status", "-o", "json");
        assertThat(degraded.exitCode()).as(degraded.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(JSON.readTree(degraded.out()).get("problems").toString())
                .isEqualTo("[\"moto_server is not running\"]");

        Result r = up();

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("Stopping what is left of the last start (moto_server is not running)",
                "Stopping the local MSF endpoint (pid " + processes.started().get(1).pid() + ")");
        assertThat(processes.started()).hasSize(4);
        assertThat(processes.started().subList(0, 2)).noneMatch(ProcessHandle::isAlive);
        assertThat(processes.started().subList(2, 4)).allMatch(ProcessHandle::isAlive);
    }

    private void assertResourcesExist(LocalState state) {
        try (AwsClients aws = AwsClients.local(state.region(), URI.create(state.endpoint().url()),
                URI.create(state.moto().url()))) {
            assertThat(aws.s3().listBuckets().buckets()).extracting(bucket -> bucket.name())
                    .contains("flinkctl-local");
            for (String stream : List.of("transactions", "alerts")) {
                assertThat(aws.kinesis().describeStreamSummary(request -> request.streamName(stream))
                        .streamDescriptionSummary().streamStatus()).isEqualTo(StreamStatus.ACTIVE);
            }
        }
    }

    private void assertEndpointGotWhatTheContractSays(LocalState state) throws IOException {
        JsonNode seen = JSON.readTree(data.resolve("stand-in.json").toFile());
        assertThat(seen.get("args").toString()).isEqualTo(JSON.writeValueAsString(List.of(
                "--data-dir", data.toString(), "--port", "0", "--dashboard-port", "0", "--region", "us-east-1",
                "--account-id", "123456789012", "--s3-endpoint", state.moto().url(),
                "--cloudwatch-endpoint", state.moto().url(), "--logs-endpoint", state.moto().url(),
                "--metrics-interval", "10s")));
        assertThat(seen.get("env").toString()).isEqualTo("{\"AWS_ACCESS_KEY_ID\":\"test\","
                + "\"AWS_SECRET_ACCESS_KEY\":\"test\",\"AWS_REGION\":\"us-east-1\",\"AWS_CBOR_DISABLE\":\"true\"}");
        assertThat(seen.get("cborEnabled").asText()).isEqualTo("false");
        assertThat(processes.commands().get(0)).containsSubsequence("-H", "127.0.0.1", "-p", "0");
        assertThat(processes.commands().get(1)).contains("@" + home.resolve("conf/local.jvm-options"),
                "dev.flinkctl.local.msf.EndpointMain");
    }
}
