package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.dist.Installed.Result;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first milestone as a new user runs it, through the installed launcher: {@code flinkctl deploy --local} starts
 * the local environment (moto_server and the local MSF endpoint, on the default ports), deploys the included job and
 * waits until it is RUNNING and healthy; the second deploy does nothing; {@code flinkctl status -o json} reports it.
 */
class DeployIT {
    /** moto_server, the endpoint JVM, a 68 MB upload, the job's start and a 20 s health gate on 2 slow cores. */
    private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration QUICK = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private Map<String, String> env;

    @BeforeEach
    void isolate() {
        env = Map.of("FLINKCTL_CONFIG_DIR", dir.resolve("config").toString(),
                "FLINKCTL_LOCAL_DIR", dir.resolve("data").toString());
    }

    /** Stops the local environment the deploy started, and kills what does not stop. */
    @AfterEach
    void stop() throws Exception {
        Installed.stopLocal(dir, env, dir.resolve("data"));
    }

    @Test
    void shouldDeployTheIncludedJobLocallyThenDoNothingTheSecondTime() throws Exception {
        Result deploy = Installed.flinkctl(dir, DEPLOY_TIMEOUT, env, "deploy", "--local", "--wait",
                "--health-period", "20s", "-o", "json");

        assertThat(deploy.exitCode()).as(deploy.toString()).isZero();
        assertThat(deploy.err()).contains("Starting the local environment", "Linting flinkctl-job.jar for FLINK-1_20",
                "Creating application 'fraud-detection'", "fraud-detection: RUNNING", "Health gate");
        assertThat(deploy.err()).doesNotContain("ERROR ", "WARNING ");
        assertThat(deploy.out()).contains("\"outcome\" : \"deployed\"", "\"application\" : \"fraud-detection\"",
                "\"status\" : \"RUNNING\"", "\"healthy\" : true", "\"uploaded\" : true");

        Result again = Installed.flinkctl(dir, QUICK, env, "deploy", "--local");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).startsWith("unchanged: no changes: 'fraud-detection' runs version 1");

        Result status = Installed.flinkctl(dir, QUICK, env, "status", "-o", "json");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("\"application\" : \"fraud-detection\"", "\"status\" : \"RUNNING\"");

        // The running job's real metrics and logs, as a script reads them (no terminal: NDJSON).
        Result tail = Installed.flinkctl(dir, QUICK, env, "metrics", "tail", "--iterations", "1");
        assertThat(tail.exitCode()).as(tail.toString()).isZero();
        assertThat(tail.out().lines()).as(tail.toString()).allMatch(line -> line.startsWith("{\"application\":"
                + "\"fraud-detection\",\"metric\":"));
        assertThat(tail.out()).contains("\"metric\":\"uptime\"", "\"metric\":\"numRecordsInPerSecond\"",
                "\"metric\":\"numRecordsOutPerSecond\"", "\"metric\":\"lastCheckpointDuration\"",
                "\"metric\":\"heapMemoryUtilization\"", "\"metric\":\"KPUs\"");
        Result gate = Installed.flinkctl(dir, QUICK, env, "metrics", "get", "--since", "5m", "--period", "1m",
                "--fail-if", "max(numRecordsInPerSecond)<=0", "--fail-if", "fullRestarts>0");
        assertThat(gate.exitCode()).as(gate.toString()).isZero();
        assertThat(gate.out()).contains("fail-if max(numRecordsInPerSecond)<=0: does not hold");
        Result logs = Installed.flinkctl(dir, QUICK, env, "logs", "tail", "--no-follow");
        assertThat(logs.exitCode()).as(logs.toString()).isZero();
        assertThat(logs.out()).contains("\"message\":\"Application fraud-detection is RUNNING\"");

        // What it costs: its KPUs metric says 2 KPUs (parallelism 1 plus orchestration) in each hour it ran.
        Result cost = Installed.flinkctl(dir, QUICK, env, "cost", "report", "--since", "1h");
        assertThat(cost.exitCode()).as(cost.toString()).isZero();
        assertThat(cost.out()).contains("fraud-detection in us-east-1", "KPU-hour", "$0.11",
                "then 2 KPUs for the");
        assertThat(deploy.out()).contains("\"afterUsd\" : 163.40");
    }
}
