package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.job.MotoServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException;

/**
 * {@code flinkctl status, list, describe, start, stop, delete} in this JVM against a real local endpoint (a Flink
 * MiniCluster running the counting job) and moto_server, through the real command line, SDK and HTTP. Each test has
 * its own application; runs have no terminal, so confirmations need {@code --yes} or a queued answer.
 */
class LifecycleCommandsIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness endpoint = new EndpointHarness(moto);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String WAIT = "60s";

    @TempDir
    Path work;

    private CliHarness cli() throws Exception {
        return new CliHarness(endpoint, moto.endpoint(), work);
    }

    private static KinesisAnalyticsV2Client msf() {
        return endpoint.msf();
    }

    private static CountingApp create(String name, Map<String, String> properties) throws Exception {
        CountingApp app = new CountingApp(name, endpoint.outputFile());
        app.create(msf(), false, properties);
        return app;
    }

    private static CountingApp running(String name) throws Exception {
        CountingApp app = create(name, Map.of());
        String start = msf().startApplication(b -> b.applicationName(name)).operationId();
        awaitStatus(msf(), name, ApplicationStatus.RUNNING);
        assertThat(awaitOperation(msf(), name, start)).isEqualTo(OperationStatus.SUCCESSFUL);
        return app;
    }

    private static ApplicationStatus status(String name) {
        return msf().describeApplication(b -> b.applicationName(name)).applicationDetail().applicationStatus();
    }

    private static void deleteQuietly(String name) {
        try {
            ApplicationDetail app = msf().describeApplication(b -> b.applicationName(name)).applicationDetail();
            msf().deleteApplication(b -> b.applicationName(name).createTimestamp(app.createTimestamp()));
        } catch (ResourceNotFoundException gone) {
            // already deleted by the test
        }
    }

    @Test
    void shouldShowARunningApplicationAsJsonTableAndYaml() throws Exception {
        running("status-running");
        CliHarness cli = cli();
        try {
            CliHarness.Result json = cli.run("status", "status-running", "-o", "json");
            assertThat(json.exitCode()).as(json::toString).isZero();
            ApplicationDetail detail = msf().describeApplication(b -> b.applicationName("status-running"))
                    .applicationDetail();
            JsonNode status = JSON.readTree(json.out());
            assertThat(status.path("application").asText()).isEqualTo("status-running");
            assertThat(status.path("arn").asText()).isEqualTo(detail.applicationARN());
            assertThat(status.path("status").asText()).isEqualTo("RUNNING");
            assertThat(status.path("version").asLong()).isEqualTo(detail.applicationVersionId());
            assertThat(status.path("runtimeEnvironment").asText()).isEqualTo(detail.runtimeEnvironmentAsString());
            assertThat(status.path("parallelism").asInt()).isEqualTo(detail.applicationConfigurationDescription()
                    .flinkApplicationConfigurationDescription().parallelismConfigurationDescription()
                    .currentParallelism());
            assertThat(status.path("kpus").asInt()).isEqualTo(status.path("parallelism").asInt() + 1);
            assertThat(status.path("lastOperation").path("operation").asText()).isEqualTo("StartApplication");
            assertThat(status.path("lastOperation").path("status").asText()).isEqualTo("SUCCESSFUL");
            assertThat(status.path("health").asText()).isEqualTo("running");
            assertThat(status.path("code").asText()).isEqualTo("s3://" + EndpointHarness.BUCKET + "/"
                    + EndpointHarness.COUNTING_JAR);
            assertThat(status.path("target").asText()).isEqualTo("local");
            assertThat(status.has("console")).isFalse();
            assertThat(status.has("lastSnapshot")).isTrue();

            CliHarness.Result table = cli.run("status", "status-running");
            assertThat(table.exitCode()).as(table::toString).isZero();
            assertThat(table.out()).contains("status:         RUNNING", "job health:     running",
                    "KPUs:", "(incl. 1 orchestration)", "StartApplication SUCCESSFUL");

            CliHarness.Result yaml = cli.run("status", "status-running", "-o", "yaml");
            assertThat(yaml.exitCode()).as(yaml::toString).isZero();
            assertThat(YAML.readTree(yaml.out()).path("status").asText()).isEqualTo("RUNNING");
        } finally {
            deleteQuietly("status-running");
        }
    }

    @Test
    void shouldExitNotFoundForAMissingApplicationOrSnapshot() throws Exception {
        CliHarness cli = cli();
        for (String[] args : new String[][] {{"status", "no-such-app"}, {"describe", "no-such-app"},
            {"start", "no-such-app", "--wait"}, {"stop", "no-such-app", "--wait"}, {"delete", "no-such-app", "--yes"},
            {"status", "no-such-app", "-o", "json"}}) {
            CliHarness.Result missing = cli.run(args);
            assertThat(missing.exitCode()).as(String.join(" ", args) + ": " + missing).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(missing.err()).contains("'no-such-app' not found");
            assertThat(missing.out()).isEmpty();
        }
        create("missing-snapshot", Map.of());
        try {
            CliHarness.Result missing = cli.run("start", "missing-snapshot", "--restore", "nope", "--wait");
            assertThat(missing.exitCode()).as(missing::toString).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(missing.err()).contains("snapshot 'nope' of 'missing-snapshot' not found");
            assertThat(status("missing-snapshot")).isEqualTo(ApplicationStatus.READY);
        } finally {
            deleteQuietly("missing-snapshot");
        }
    }

    @Test
    void shouldListApplicationsWithTheirRuntime() throws Exception {
        create("list-one", Map.of());
        CliHarness cli = cli();
        try {
            CliHarness.Result table = cli.run("list");
            assertThat(table.exitCode()).as(table::toString).isZero();
            assertThat(table.out()).contains("NAME", "STATUS", "VERSION", "RUNTIME").containsPattern(
                    "list-one\\s+READY\\s+1\\s+FLINK-1_20");

            CliHarness.Result json = cli.run("list", "-o", "json");
            assertThat(json.exitCode()).as(json::toString).isZero();
            JsonNode list = JSON.readTree(json.out());
            assertThat(list.isArray()).isTrue();
            assertThat(list).anySatisfy(app -> {
                assertThat(app.path("name").asText()).isEqualTo("list-one");
                assertThat(app.path("status").asText()).isEqualTo("READY");
                assertThat(app.path("runtimeEnvironment").asText()).isEqualTo("FLINK-1_20");
            });
        } finally {
            deleteQuietly("list-one");
        }
    }

    @Test
    void shouldMaskSecretLookingPropertiesUnlessAskedToShowThem() throws Exception {
        create("describe-secrets", Map.of("db.password", "hunter2", "api.Token", "t0ken", "rate", "5"));
        CliHarness cli = cli();
        try {
            CliHarness.Result json = cli.run("describe", "describe-secrets", "-o", "json");
            assertThat(json.exitCode()).as(json::toString).isZero();
            JsonNode detail = JSON.readTree(json.out());
            assertThat(detail.path("ApplicationName").asText()).isEqualTo("describe-secrets");
            JsonNode properties = detail.path("ApplicationConfigurationDescription")
                    .path("EnvironmentPropertyDescriptions").path("PropertyGroupDescriptions").get(0)
                    .path("PropertyMap");
            assertThat(properties.path("db.password").asText()).isEqualTo("****");
            assertThat(properties.path("api.Token").asText()).isEqualTo("****");
            assertThat(properties.path("rate").asText()).isEqualTo("5");
            assertThat(json.out()).doesNotContain("hunter2", "t0ken");

            CliHarness.Result table = cli.run("describe", "describe-secrets");
            assertThat(table.exitCode()).as(table::toString).isZero();
            assertThat(table.out()).contains("Application", "Code", "Flink configuration", "Property groups",
                    "Snapshots", "Logging", "Versions", "s3://" + EndpointHarness.BUCKET + "/")
                    .containsPattern("Counter\\.db\\.password:\\s+\\*\\*\\*\\*")
                    .containsPattern("Counter\\.rate:\\s+5")
                    .doesNotContain("hunter2", "t0ken");

            CliHarness.Result shown = cli.run("describe", "describe-secrets", "--show-values", "-o", "yaml");
            assertThat(shown.exitCode()).as(shown::toString).isZero();
            JsonNode yaml = YAML.readTree(shown.out());
            assertThat(yaml.path("ApplicationConfigurationDescription").path("EnvironmentPropertyDescriptions")
                    .path("PropertyGroupDescriptions").get(0).path("PropertyMap").path("db.password").asText())
                    .isEqualTo("hunter2");
        } finally {
            deleteQuietly("describe-secrets");
        }
    }

    @Test
    void shouldRefuseToDropStateWithoutYesWhenNoTerminalCanConfirm() throws Exception {
        create("start-none", Map.of());
        CliHarness cli = cli();
        try {
            CliHarness.Result refused = cli.run("start", "start-none", "--restore", "none", "--wait");
            assertThat(refused.exitCode()).as(refused::toString).isEqualTo(ExitCodes.USAGE);
            assertThat(refused.err()).contains("without its state", "--yes");
            assertThat(status("start-none")).isEqualTo(ApplicationStatus.READY);

            CliHarness.Result no = cli.answer("n").run("start", "start-none", "--restore", "none", "--wait");
            assertThat(no.exitCode()).as(no::toString).isEqualTo(ExitCodes.FAILED);
            assertThat(status("start-none")).isEqualTo(ApplicationStatus.READY);

            CliHarness.Result started = cli.run("start", "start-none", "--restore", "none", "--yes", "--wait",
                    "--timeout", WAIT, "-o", "json");
            assertThat(started.exitCode()).as(started::toString).isZero();
            assertThat(msf().describeApplication(b -> b.applicationName("start-none")).applicationDetail()
                    .applicationConfigurationDescription().runConfigurationDescription()
                    .applicationRestoreConfigurationDescription().applicationRestoreType())
                    .isEqualTo(ApplicationRestoreType.SKIP_RESTORE_FROM_SNAPSHOT);
        } finally {
            deleteQuietly("start-none");
        }
    }

    @Test
    void shouldStartAndWaitUntilRunningThenSayAlreadyRunning() throws Exception {
        create("start-wait", Map.of());
        CliHarness cli = cli();
        try {
            CliHarness.Result started = cli.run("start", "start-wait", "--wait", "--timeout", WAIT, "-o", "json");
            assertThat(started.exitCode()).as(started::toString).isZero();
            JsonNode result = JSON.readTree(started.out());
            assertThat(result.path("status").asText()).isEqualTo("RUNNING");
            assertThat(result.path("operationStatus").asText()).isEqualTo("SUCCESSFUL");
            assertThat(result.path("changed").asBoolean()).isTrue();
            assertThat(started.err()).contains("Starting 'start-wait'", "start-wait: RUNNING");
            assertThat(status("start-wait")).isEqualTo(ApplicationStatus.RUNNING);

            CliHarness.Result again = cli.run("start", "start-wait", "--wait");
            assertThat(again.exitCode()).as(again::toString).isZero();
            assertThat(again.out()).contains("already running");
        } finally {
            deleteQuietly("start-wait");
        }
    }

    @Test
    void shouldReturnAtOnceWithoutWaiting() throws Exception {
        create("start-no-wait", Map.of());
        CliHarness cli = cli();
        try {
            CliHarness.Result started = cli.run("start", "start-no-wait", "--no-wait", "-o", "json");
            assertThat(started.exitCode()).as(started::toString).isZero();
            JsonNode result = JSON.readTree(started.out());
            assertThat(result.path("operationStatus").asText()).isEqualTo("IN_PROGRESS");
            assertThat(awaitOperation(msf(), "start-no-wait", result.path("operationId").asText()))
                    .isEqualTo(OperationStatus.SUCCESSFUL);
        } finally {
            deleteQuietly("start-no-wait");
        }
    }

    @Test
    void shouldNameTheSnapshotAGracefulStopTook() throws Exception {
        CountingApp app = running("stop-snapshot");
        app.awaitCount(20);
        CliHarness cli = cli();
        try {
            CliHarness.Result stopped = cli.run("stop", "stop-snapshot", "--wait", "--timeout", WAIT, "-o", "json");
            assertThat(stopped.exitCode()).as(stopped::toString).isZero();
            JsonNode result = JSON.readTree(stopped.out());
            assertThat(result.path("status").asText()).isEqualTo("READY");
            String snapshot = result.path("snapshot").path("name").asText();
            assertThat(snapshot).startsWith("stop-stop-snapshot-");
            assertThat(msf().listApplicationSnapshots(b -> b.applicationName("stop-snapshot")).snapshotSummaries())
                    .anySatisfy(s -> assertThat(s.snapshotName()).isEqualTo(snapshot));

            CliHarness.Result status = cli.run("status", "stop-snapshot");
            assertThat(status.out()).contains("last snapshot:  " + snapshot, "status:         READY");

            CliHarness.Result again = cli.run("stop", "stop-snapshot", "--wait");
            assertThat(again.exitCode()).as(again::toString).isZero();
            assertThat(again.out()).contains("already stopped");
        } finally {
            deleteQuietly("stop-snapshot");
        }
    }

    @Test
    void shouldRefuseAForceStopWithoutYesAndForceStopWithIt() throws Exception {
        running("stop-force");
        CliHarness cli = cli();
        try {
            CliHarness.Result refused = cli.run("stop", "stop-force", "--force", "--wait");
            assertThat(refused.exitCode()).as(refused::toString).isEqualTo(ExitCodes.USAGE);
            assertThat(refused.err()).contains("without a snapshot", "is lost", "--yes");
            assertThat(status("stop-force")).isEqualTo(ApplicationStatus.RUNNING);

            CliHarness.Result forced = cli.answer("y").run("stop", "stop-force", "--force", "--wait", "--timeout",
                    WAIT);
            assertThat(forced.exitCode()).as(forced::toString).isZero();
            assertThat(forced.out()).contains("READY", "no snapshot");
            assertThat(msf().listApplicationSnapshots(b -> b.applicationName("stop-force")).snapshotSummaries())
                    .isEmpty();
        } finally {
            deleteQuietly("stop-force");
        }
    }

    @Test
    void shouldRefuseToDeleteARunningApplicationWithoutForce() throws Exception {
        running("delete-running");
        CliHarness cli = cli();
        try {
            CliHarness.Result refused = cli.run("delete", "delete-running", "--yes");
            assertThat(refused.exitCode()).as(refused::toString).isEqualTo(ExitCodes.CONFLICT);
            assertThat(refused.err()).contains("RUNNING", "--force");
            assertThat(status("delete-running")).isEqualTo(ApplicationStatus.RUNNING);

            CliHarness.Result noTerminal = cli.run("delete", "delete-running", "--force");
            assertThat(noTerminal.exitCode()).as(noTerminal::toString).isEqualTo(ExitCodes.USAGE);
            assertThat(noTerminal.err()).contains("--yes");
            assertThat(status("delete-running")).isEqualTo(ApplicationStatus.RUNNING);

            CliHarness.Result deleted = cli.run("delete", "delete-running", "--yes", "--force", "--timeout", WAIT,
                    "-o", "json");
            assertThat(deleted.exitCode()).as(deleted::toString).isZero();
            assertThat(JSON.readTree(deleted.out()).path("status").asText()).isEqualTo("DELETED");
            assertThatThrownBy(() -> status("delete-running")).isInstanceOf(ResourceNotFoundException.class);
        } finally {
            deleteQuietly("delete-running");
        }
    }

    @Test
    void shouldDeleteAStoppedApplicationAfterConfirmation() throws Exception {
        create("delete-ready", Map.of());
        CliHarness cli = cli();
        CliHarness.Result deleted = cli.answer("y").run("delete", "delete-ready");
        assertThat(deleted.exitCode()).as(deleted::toString).isZero();
        assertThat(deleted.out()).contains("'delete-ready' is deleted");
        assertThatThrownBy(() -> status("delete-ready")).isInstanceOf(ResourceNotFoundException.class);
        assertThat(cli.run("status", "delete-ready").exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }
}
