package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.dist.Installed.Result;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flinkctl local up|status|down|reset} through the installed launcher: the real moto_server (from
 * {@code $MOTO_SERVER} or the PATH) and the real local endpoint, on free ports, with the configuration in a temporary
 * directory. The tests check the resources over plain HTTP, as dist's tests have no AWS SDK on their classpath.
 */
class LocalIT {
    /** A generous bound for moto_server plus an endpoint JVM with a MiniCluster on 2 slow cores. */
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(3);
    /** The endpoint may take up to a minute to stop (it snapshots running applications first). */
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration QUICK = Duration.ofSeconds(60);
    private static final Pattern PID = Pattern.compile("\"pid\"\\s*:\\s*(\\d+)");
    private static final Pattern URL = Pattern.compile("\"url\"\\s*:\\s*\"(http://127\\.0\\.0\\.1:\\d+)\"");
    private static final Pattern DASHBOARD = Pattern.compile("\"dashboard\"\\s*:\\s*\"(http://127\\.0\\.0\\.1:\\d+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    private Path data;
    private Map<String, String> env;

    @BeforeEach
    void isolate() {
        data = dir.resolve("data");
        env = Map.of("FLINKCTL_CONFIG_DIR", dir.resolve("config").toString());
    }

    /** Kills whatever a failed test left running: the pids local.json records. */
    @AfterEach
    void killLeftovers() throws IOException {
        Path state = data.resolve("local.json");
        if (Files.exists(state)) {
            Matcher pids = PID.matcher(Files.readString(state));
            while (pids.find()) {
                ProcessHandle.of(Long.parseLong(pids.group(1))).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    private Result flinkctl(Duration timeout, String... args) throws Exception {
        return Installed.flinkctl(dir, timeout, env, args);
    }

    @Test
    void shouldStartReportStopAndDeleteTheLocalEnvironment() throws Exception {
        Result up = flinkctl(UP_TIMEOUT, "local", "up", "--data-dir", data.toString(), "--port", "0",
                "--moto-port", "0", "--dashboard-port", "0");

        assertThat(up.exitCode()).as(up.toString()).isZero();
        assertThat(up.out()).startsWith("The local environment is up.\nstate:       running (the current target)\n");
        assertThat(Files.readString(dir.resolve("config/config.json"))).contains("\"target\" : \"local\"",
                "\"dataDir\" : \"" + data + "\"");

        Result status = flinkctl(QUICK, "local", "status", "--data-dir", data.toString(), "-o", "json");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("\"state\" : \"running\"", "\"currentTarget\" : true",
                "\"applications\" : [ ]");
        List<String> urls = all(URL, status.out());
        assertThat(urls).as(status.toString()).hasSize(2);
        String endpoint = urls.get(0);
        String moto = urls.get(1);
        List<Long> pids = all(PID, status.out()).stream().map(Long::valueOf).toList();
        assertThat(pids).as("endpoint and moto_server outlive the CLI").hasSize(2)
                .allMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        assertResourcesExist(moto);
        assertThat(get(URI.create(all(DASHBOARD, status.out()).get(0) + "/config"))).isEqualTo(200);
        assertThat(endpoint).isNotEqualTo(moto);

        Result again = flinkctl(QUICK, "local", "up", "--data-dir", data.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).startsWith("The local environment was already running.");

        Result down = flinkctl(DOWN_TIMEOUT, "local", "down", "--data-dir", data.toString());
        assertThat(down.exitCode()).as(down.toString()).isZero();
        assertThat(down.out()).contains("Stopped the local MSF endpoint (pid " + pids.get(0) + ").",
                "Stopped moto_server (pid " + pids.get(1) + ").");
        assertThat(pids).allMatch(pid -> ProcessHandle.of(pid).isEmpty());
        assertThat(data.resolve("endpoint.json")).doesNotExist();
        assertThat(flinkctl(QUICK, "local", "status", "--data-dir", data.toString()).exitCode()).isEqualTo(3);

        Result reset = flinkctl(QUICK, "local", "reset", "--data-dir", data.toString(), "--yes");
        assertThat(reset.exitCode()).as(reset.toString()).isZero();
        assertThat(reset.out()).isEqualTo("Deleted " + data + ".\n");
        assertThat(data).doesNotExist();
    }

    @Test
    void shouldSayHowToInstallMotoServerWhenItIsMissing() throws Exception {
        env = Map.of("FLINKCTL_CONFIG_DIR", dir.resolve("config").toString(), "MOTO_SERVER", "/nonexistent");

        Result r = flinkctl(QUICK, "local", "up", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("flinkctl: moto_server not found: MOTO_SERVER is '/nonexistent', which is not an "
                + "executable file: install it with pip install \"moto[server]\" (or set MOTO_SERVER)\n");
        assertThat(data).doesNotExist();
    }

    @Test
    void shouldNameATakenPort() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            Result r = flinkctl(QUICK, "local", "up", "--data-dir", data.toString(), "--moto-port",
                    Integer.toString(port), "--port", "0", "--dashboard-port", "0");

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("flinkctl: port " + port + " on 127.0.0.1 is in use: stop what listens "
                    + "there or choose another port with --moto-port (0 picks a free one)\n");
        }
    }

    @Test
    void statusOfNothingIsNotRunning() throws Exception {
        Result r = flinkctl(QUICK, "local", "status", "--data-dir", data.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).isEqualTo("The local environment is not running (data directory " + data + ").\n"
                + "Start it with: flinkctl local up\n");
    }

    /** The bucket over S3's REST API and both streams over Kinesis's JSON API, unsigned: moto_server checks no signature. */
    private void assertResourcesExist(String moto) throws Exception {
        HttpRequest headBucket = HttpRequest.newBuilder(URI.create(moto + "/flinkctl-local"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        assertThat(http.send(headBucket, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        for (String stream : List.of("transactions", "alerts")) {
            HttpRequest describe = HttpRequest.newBuilder(URI.create(moto + "/"))
                    .header("X-Amz-Target", "Kinesis_20131202.DescribeStreamSummary")
                    // moto_server routes a request by the service in the credential scope; it checks no signature.
                    .header("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/kinesis/"
                            + "aws4_request, SignedHeaders=host, Signature=0")
                    .header("Content-Type", "application/x-amz-json-1.1")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"StreamName\":\"" + stream + "\"}")).build();
            HttpResponse<String> response = http.send(describe, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.body()).contains("\"StreamStatus\": \"ACTIVE\"", "\"OpenShardCount\": 1");
        }
    }

    private int get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
