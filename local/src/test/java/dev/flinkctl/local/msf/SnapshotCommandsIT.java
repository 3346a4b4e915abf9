package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.job.MotoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.Tag;

/**
 * {@code flinkctl snapshot ...} and {@code flinkctl restore} in this JVM against a real local endpoint, whose
 * snapshots are Flink savepoints of the counting job, through the real command line, SDK and HTTP. Runs have no
 * terminal, so confirmations need {@code --yes} or a queued answer.
 */
class SnapshotCommandsIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness endpoint = new EndpointHarness(moto);

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private CliHarness cli() throws Exception {
        return new CliHarness(endpoint, moto.endpoint(), work);
    }

    private static KinesisAnalyticsV2Client msf() {
        return endpoint.msf();
    }

    private static CountingApp running(String name) throws Exception {
        CountingApp app = new CountingApp(name, endpoint.outputFile());
        app.create(msf(), false, Map.of());
        String start = msf().startApplication(b -> b.applicationName(name)).operationId();
        awaitStatus(msf(), name, ApplicationStatus.RUNNING);
        assertThat(awaitOperation(msf(), name, start)).isEqualTo(OperationStatus.SUCCESSFUL);
        return app;
    }

    private static List<String> snapshotNames(String application) {
        return msf().listApplicationSnapshots(b -> b.applicationName(application)).snapshotSummaries().stream()
                .map(SnapshotDetails::snapshotName).sorted().toList();
    }

    private static Map<String, String> tags(String application) {
        ApplicationDetail detail = msf().describeApplication(b -> b.applicationName(application)).applicationDetail();
        return msf().listTagsForResource(b -> b.resourceARN(detail.applicationARN())).tags().stream()
                .collect(java.util.stream.Collectors.toMap(Tag::key, Tag::value));
    }

    private static CliHarness.Result ok(CliHarness.Result result) {
        assertThat(result.exitCode()).as(result::toString).isZero();
        return result;
    }

    private static void snapshot(CliHarness cli, String application, String name) {
        JsonNode created = readJson(ok(cli.run("snapshot", "create", application, name, "--wait", "-o", "json")));
        assertThat(created.path("status").asText()).isEqualTo("READY");
    }

    private static JsonNode readJson(CliHarness.Result result) {
        try {
            return JSON.readTree(result.out());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + result, e);
        }
    }

    @Test
    void shouldCreateListAndDeleteSnapshotsCheckingEveryNameFirst() throws Exception {
        String name = "snap-crud";
        running(name);
        CliHarness cli = cli();

        JsonNode created = readJson(ok(cli.run("snapshot", "create", name, "--wait", "-o", "json")));
        String defaultName = created.path("name").asText();
        assertThat(defaultName).matches("v1-\\d{8}-\\d{6}");
        assertThat(created.path("status").asText()).isEqualTo("READY");
        assertThat(created.path("applicationVersion").asLong()).isEqualTo(1);
        snapshot(cli, name, "second");

        JsonNode list = readJson(ok(cli.run("snapshot", "list", name, "-o", "json")));
        assertThat(StreamSupport.stream(list.spliterator(), false).map(s -> s.path("name").asText()).toList())
                .containsExactly("second", defaultName);
        assertThat(list.get(0).path("runtimeEnvironment").asText()).isEqualTo("FLINK-1_20");
        assertThat(list.get(0).path("pinned").asBoolean()).isFalse();
        assertThat(ok(cli.run("snapshot", "list", name)).out()).contains("NAME", "second", "READY", "2 snapshot(s)");

        CliHarness.Result taken = cli.run("snapshot", "create", name, "second");
        assertThat(taken.exitCode()).as(taken::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(taken.err()).contains("already has a snapshot named 'second'");

        CliHarness.Result typo = cli.run("snapshot", "delete", name, "second", "secnod", "--yes");
        assertThat(typo.exitCode()).as(typo::toString).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(typo.err()).contains("no snapshot secnod", "nothing was changed");
        CliHarness.Result unconfirmed = cli.run("snapshot", "delete", name, "second");
        assertThat(unconfirmed.exitCode()).as(unconfirmed::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(unconfirmed.err()).contains("latest READY", "--yes");
        CliHarness.Result declined = cli.answer("n").run("snapshot", "delete", name, "second");
        assertThat(declined.exitCode()).as(declined::toString).isEqualTo(ExitCodes.FAILED);
        assertThat(snapshotNames(name)).containsExactlyInAnyOrder(defaultName, "second");

        JsonNode deleted = readJson(ok(cli.answer("y").run("snapshot", "delete", name, "second", "-o", "json")));
        assertThat(deleted.path("deleted").get(0).path("name").asText()).isEqualTo("second");
        assertThat(snapshotNames(name)).containsExactly(defaultName);
    }

    @Test
    void shouldPruneExactlyWhatThePolicySaysAndKeepPinsTheLatestAndThePreviousVersions() throws Exception {
        String name = "snap-prune";
        CountingApp app = running(name);
        CliHarness cli = cli();
        snapshot(cli, name, "s1");
        snapshot(cli, name, "s2");
        snapshot(cli, name, "s3");
        JsonNode pinned = readJson(ok(cli.run("snapshot", "pin", name, "s1", "-o", "json")));
        assertThat(pinned.path("pinned").asBoolean()).isTrue();
        assertThat(tags(name)).containsKey("flinkctl:pinned:s1");
        // an update of the running job takes a snapshot of version 1 and runs version 2
        String update = msf().updateApplication(b -> b.applicationName(name).currentApplicationVersionId(1L)
                .applicationConfigurationUpdate(u -> u.environmentPropertyUpdates(app.properties(Map.of("rate", "50")))))
                .operationId();
        assertThat(awaitOperation(msf(), name, update)).isEqualTo(OperationStatus.SUCCESSFUL);
        awaitStatus(msf(), name, ApplicationStatus.RUNNING);
        String updateSnapshot = snapshotNames(name).stream().filter(s -> s.startsWith("update-")).findFirst()
                .orElseThrow();
        snapshot(cli, name, "s4");
        // newest first: s4 (v2), update-… (v1), s3, s2, s1 (pinned)

        JsonNode plan = readJson(ok(cli.run("snapshot", "prune", name, "--keep", "1", "--dry-run", "-o", "json")));
        assertThat(plan.path("policy").asText()).isEqualTo("keep 1");
        List<String> actions = new ArrayList<>();
        plan.path("snapshots").forEach(v -> actions.add(v.path("snapshot").path("name").asText() + "="
                + v.path("action").asText()));
        assertThat(actions).containsExactly("s4=keep", updateSnapshot + "=keep", "s3=delete", "s2=delete",
                "s1=keep");
        assertThat(plan.path("snapshots").get(1).path("reason").asText()).contains("previous version, 1");
        assertThat(snapshotNames(name)).hasSize(5);

        CliHarness.Result unconfirmed = cli.run("snapshot", "prune", name, "--keep", "1");
        assertThat(unconfirmed.exitCode()).as(unconfirmed::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(unconfirmed.err()).contains("--yes");
        assertThat(snapshotNames(name)).hasSize(5);

        JsonNode pruned = readJson(ok(cli.run("snapshot", "prune", name, "--keep", "1", "--yes", "-o", "json")));
        assertThat(pruned.path("deleted")).extracting(JsonNode::asText).containsExactly("s3", "s2");
        assertThat(snapshotNames(name)).containsExactlyInAnyOrder("s1", "s4", updateSnapshot);

        CliHarness.Result refused = cli.run("snapshot", "delete", name, "s1", "--yes");
        assertThat(refused.exitCode()).as(refused::toString).isEqualTo(ExitCodes.CONFLICT);
        assertThat(refused.err()).contains("pinned", "flinkctl snapshot unpin " + name + " s1");

        ok(cli.run("snapshot", "unpin", name, "s1"));
        assertThat(tags(name)).doesNotContainKey("flinkctl:pinned:s1");
        CliHarness.Result young = ok(cli.run("snapshot", "prune", name, "--keep", "1", "--older-than", "1h"));
        assertThat(young.out()).contains("Nothing to prune", "younger than 1h");
        JsonNode again = readJson(ok(cli.run("snapshot", "prune", name, "--keep", "1", "--yes", "-o", "json")));
        assertThat(again.path("deleted")).extracting(JsonNode::asText).containsExactly("s1");
    }

    @Test
    void shouldRestoreTheKeyedStateOfANamedSnapshotAndKeepTheCurrentStateAsASnapshot() throws Exception {
        String name = "snap-restore";
        CountingApp app = running(name);
        CliHarness cli = cli();
        app.awaitCount(30);
        long beforeSnapshot = app.maxCount();
        snapshot(cli, name, "early");
        long afterSnapshot = app.maxCount();
        // far enough past the snapshot that its counts and the stop's cannot be confused (the file lags the job)
        app.awaitCount(afterSnapshot + 60);
        int runs = app.runs().size();

        CliHarness.Result missing = cli.run("restore", name, "--snapshot", "no-such", "--yes");
        assertThat(missing.exitCode()).as(missing::toString).isEqualTo(ExitCodes.NOT_FOUND);
        CliHarness.Result none = cli.run("restore", name, "--snapshot", "none");
        assertThat(none.exitCode()).as(none::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("without its state", "--yes");
        assertThat(app.runs()).hasSize(runs);
        assertThat(msf().describeApplication(b -> b.applicationName(name)).applicationDetail().applicationStatus())
                .isEqualTo(ApplicationStatus.RUNNING);

        long beforeRestore = app.maxCount();
        JsonNode restored = readJson(ok(cli.run("restore", name, "--snapshot", "early", "--wait", "-o", "json")));
        assertThat(restored.path("action").asText()).isEqualTo("restore");
        assertThat(restored.path("status").asText()).isEqualTo("RUNNING");
        String kept = restored.path("snapshot").path("name").asText();
        assertThat(kept).startsWith("stop-");
        assertThat(snapshotNames(name)).contains("early", kept);

        String run = app.awaitNewRun(runs);
        assertThat(app.firstCount(run)).as("counts continue from snapshot 'early', not from the stop")
                .isGreaterThan(beforeSnapshot).isLessThan(beforeRestore);
    }

    @Test
    void shouldRefuseToDropStateOrSnapshotWithoutTheRightStatus() throws Exception {
        String name = "snap-refusals";
        CountingApp app = new CountingApp(name, endpoint.outputFile());
        app.create(msf(), false, Map.of());
        CliHarness cli = cli();

        CliHarness.Result ready = cli.run("snapshot", "create", name);
        assertThat(ready.exitCode()).as(ready::toString).isEqualTo(ExitCodes.CONFLICT);
        assertThat(ready.err()).contains("is READY", "flinkctl start " + name);

        CliHarness.Result anrs = cli.run("start", name, "--allow-non-restored-state");
        assertThat(anrs.exitCode()).as(anrs::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(anrs.err()).contains("--allow-non-restored-state drops", "--yes");
        assertThat(msf().describeApplication(b -> b.applicationName(name)).applicationDetail().applicationStatus())
                .isEqualTo(ApplicationStatus.READY);

        CliHarness.Result noPolicy = cli.run("snapshot", "prune", name);
        assertThat(noPolicy.exitCode()).as(noPolicy::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(noPolicy.err()).contains("--keep", "snapshotRetention");
    }
}
