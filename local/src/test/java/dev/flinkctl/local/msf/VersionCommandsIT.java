package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.job.MotoServer;
import dev.flinkctl.msf.versions.RollbackPreview;
import dev.flinkctl.msf.versions.Rollbacks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfigurationUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.UpdateApplicationResponse;

/**
 * {@code flinkctl version list, show, diff, rollback} in this JVM against a real local endpoint (a Flink MiniCluster
 * running the counting job) and moto_server, through the real command line, SDK and HTTP. Each test has its own
 * application; runs have no terminal, so a rollback needs {@code --yes} or a queued answer.
 */
class VersionCommandsIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness endpoint = new EndpointHarness(moto);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WAIT = "60s";
    private static final String TOKEN_1 = "tok-one-1111";
    private static final String TOKEN_2 = "tok-two-2222";

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

    private static CountingApp running(String name, Map<String, String> properties) throws Exception {
        CountingApp app = create(name, properties);
        String start = msf().startApplication(b -> b.applicationName(name)).operationId();
        awaitStatus(msf(), name, ApplicationStatus.RUNNING);
        assertThat(awaitOperation(msf(), name, start)).isEqualTo(OperationStatus.SUCCESSFUL);
        return app;
    }

    /** UpdateApplication at the current version, waited for; @return the new version id. */
    private static long update(String name, Consumer<ApplicationConfigurationUpdate.Builder> change) throws Exception {
        ApplicationDetail before = describe(name);
        UpdateApplicationResponse update = msf().updateApplication(b -> b.applicationName(name)
                .currentApplicationVersionId(before.applicationVersionId()).applicationConfigurationUpdate(change));
        assertThat(awaitOperation(msf(), name, update.operationId())).isEqualTo(OperationStatus.SUCCESSFUL);
        awaitStatus(msf(), name, before.applicationStatus());
        return update.applicationDetail().applicationVersionId();
    }

    private static ApplicationDetail describe(String name) {
        return msf().describeApplication(b -> b.applicationName(name)).applicationDetail();
    }

    private static List<ApplicationVersionSummary> versions(String name) {
        return msf().listApplicationVersions(b -> b.applicationName(name)).applicationVersionSummaries();
    }

    private static String property(ApplicationDetail detail, String key) {
        return detail.applicationConfigurationDescription().environmentPropertyDescriptions()
                .propertyGroupDescriptions().get(0).propertyMap().get(key);
    }

    /** Version 1: rate 40 and a token; 2: rate 50 and another token; 3: parallelism 2. READY throughout. */
    private static CountingApp threeVersions(String name) throws Exception {
        CountingApp app = create(name, Map.of("rate", "40", "api.token", TOKEN_1));
        assertThat(update(name, u -> u.environmentPropertyUpdates(app.properties(Map.of("rate", "50", "api.token",
                TOKEN_2))))).isEqualTo(2);
        assertThat(update(name, u -> u.flinkApplicationConfigurationUpdate(f -> f.parallelismConfigurationUpdate(p -> p
                .configurationTypeUpdate("CUSTOM").parallelismUpdate(2))))).isEqualTo(3);
        return app;
    }

    private static void deleteQuietly(String name) {
        try {
            ApplicationDetail app = describe(name);
            msf().deleteApplication(b -> b.applicationName(name).createTimestamp(app.createTimestamp()));
        } catch (ResourceNotFoundException gone) {
            // already deleted
        }
    }

    private static void assertNoSecrets(CliHarness.Result result) {
        assertThat(result.out() + result.err()).doesNotContain(TOKEN_1, TOKEN_2);
    }

    private static List<String> fields(JsonNode diff) {
        List<String> fields = new ArrayList<>();
        diff.path("changes").forEach(change -> fields.add(change.path("field").asText() + ": "
                + change.path("from").asText(null) + " -> " + change.path("to").asText(null)));
        return fields;
    }

    @Test
    void shouldDiffExactlyTheChangedFieldsWithSecretsMaskedOnBothSides() throws Exception {
        threeVersions("diff-versions");
        CliHarness cli = cli();
        try {
            CliHarness.Result oneTwo = cli.run("version", "diff", "diff-versions", "1", "2", "-o", "json");
            assertThat(oneTwo.exitCode()).as(oneTwo::toString).isZero();
            JsonNode diff = JSON.readTree(oneTwo.out());
            assertThat(diff.path("from").asLong()).isEqualTo(1);
            assertThat(diff.path("to").asLong()).isEqualTo(2);
            assertThat(fields(diff)).containsExactlyInAnyOrder("properties.Counter.api.token: **** -> ****",
                    "properties.Counter.rate: 40 -> 50");
            assertNoSecrets(oneTwo);

            CliHarness.Result twoThree = cli.run("version", "diff", "diff-versions", "2", "3", "-o", "json");
            assertThat(twoThree.exitCode()).as(twoThree::toString).isZero();
            assertThat(fields(JSON.readTree(twoThree.out()))).containsExactly("scaling.parallelism: 1 -> 2");

            CliHarness.Result byDefault = cli.run("version", "diff", "diff-versions", "-o", "json");
            assertThat(byDefault.exitCode()).as(byDefault::toString).isZero();
            JsonNode previous = JSON.readTree(byDefault.out());
            assertThat(previous.path("from").asLong()).isEqualTo(2);
            assertThat(previous.path("to").asLong()).isEqualTo(3);
            assertThat(fields(previous)).containsExactly("scaling.parallelism: 1 -> 2");

            CliHarness.Result table = cli.run("version", "diff", "diff-versions", "1", "3");
            assertThat(table.exitCode()).as(table::toString).isZero();
            assertThat(table.out()).containsPattern("FIELD\\s+VERSION 1\\s+VERSION 3")
                    .containsPattern("properties\\.Counter\\.api\\.token\\s+\\*\\*\\*\\*\\s+\\*\\*\\*\\*")
                    .containsPattern("properties\\.Counter\\.rate\\s+40\\s+50")
                    .containsPattern("scaling\\.parallelism\\s+1\\s+2");
            assertNoSecrets(table);

            CliHarness.Result same = cli.run("version", "diff", "diff-versions", "2", "2");
            assertThat(same.exitCode()).as(same::toString).isZero();
            assertThat(same.out()).contains("No differences between versions 2 and 2 of 'diff-versions'");

            CliHarness.Result unknown = cli.run("version", "diff", "diff-versions", "1", "9");
            assertThat(unknown.exitCode()).as(unknown::toString).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(unknown.err()).contains("version 9 of 'diff-versions' not found", "its versions: 3, 2, 1");
            assertThat(unknown.out()).isEmpty();
        } finally {
            deleteQuietly("diff-versions");
        }
    }

    @Test
    void shouldListVersionsNewestFirstWithChangesCurrentAndRollbackTarget() throws Exception {
        threeVersions("list-versions");
        CliHarness cli = cli();
        try {
            CliHarness.Result json = cli.run("version", "list", "list-versions", "-o", "json");
            assertThat(json.exitCode()).as(json::toString).isZero();
            JsonNode list = JSON.readTree(json.out());
            assertThat(list).extracting(v -> v.path("version").asLong(), v -> v.path("summary").asText(),
                    v -> v.path("current").asBoolean(), v -> v.path("rollbackTarget").asBoolean())
                    .containsExactly(tuple(3L, "scaling.parallelism", true, false),
                            tuple(2L, "properties.Counter.api.token, properties.Counter.rate", false, true),
                            tuple(1L, "created", false, false));
            assertThat(list.get(0).path("status").asText()).isEqualTo("READY");
            assertThat(list.get(0).path("createdAt").asText()).isGreaterThanOrEqualTo(list.get(1).path("createdAt")
                    .asText());
            assertNoSecrets(json);

            CliHarness.Result table = cli.run("version", "list", "list-versions");
            assertThat(table.exitCode()).as(table::toString).isZero();
            assertThat(table.out()).containsPattern("VERSION\\s+CREATED\\s+STATUS\\s+CHANGES")
                    .containsPattern("\\*\\s+3\\s+\\S+Z\\s+READY\\s+scaling\\.parallelism")
                    .containsPattern(">\\s+2\\s+\\S+Z\\s+READY\\s+properties\\.Counter\\.api\\.token, "
                            + "properties\\.Counter\\.rate")
                    .containsPattern("\\s+1\\s+\\S+Z\\s+READY\\s+created")
                    .contains("> what 'flinkctl version rollback list-versions' returns to");
            assertThat(table.out().indexOf(" 3 ")).isLessThan(table.out().indexOf(" 2 "));

            CliHarness.Result show = cli.run("version", "show", "list-versions", "1", "-o", "json");
            assertThat(show.exitCode()).as(show::toString).isZero();
            JsonNode v1 = JSON.readTree(show.out());
            assertThat(v1.path("ApplicationVersionId").asLong()).isEqualTo(1);
            JsonNode properties = v1.path("ApplicationConfigurationDescription").path("EnvironmentPropertyDescriptions")
                    .path("PropertyGroupDescriptions").get(0).path("PropertyMap");
            assertThat(properties.path("rate").asText()).isEqualTo("40");
            assertThat(properties.path("api.token").asText()).isEqualTo("****");
            assertNoSecrets(show);

            CliHarness.Result sections = cli.run("version", "show", "list-versions", "2");
            assertThat(sections.exitCode()).as(sections::toString).isZero();
            assertThat(sections.out()).contains("Application", "Code", "Flink configuration", "Property groups",
                    "Versions").containsPattern("version:\\s+2").containsPattern("Counter\\.rate:\\s+50");
            assertNoSecrets(sections);

            CliHarness.Result missing = cli.run("version", "show", "list-versions", "7");
            assertThat(missing.exitCode()).as(missing::toString).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(missing.err()).contains("its versions: 3, 2, 1");
        } finally {
            deleteQuietly("list-versions");
        }
    }

    @Test
    void shouldRollBackToThePreviousConfigurationFromTheLatestSnapshotKeepingKeyedState() throws Exception {
        CountingApp app = running("rollback-ok", Map.of("rate", "40"));
        CliHarness cli = cli();
        try {
            app.awaitNewRun(0);
            app.awaitCount(30);
            long beforeUpdate = app.maxCount();
            assertThat(update(app.name, u -> u.environmentPropertyUpdates(app.properties(Map.of("rate", "50")))))
                    .isEqualTo(2);
            app.awaitNewRun(1);
            app.awaitCount(app.maxCount() + 20);
            SnapshotDetails latest = msf().listApplicationSnapshots(b -> b.applicationName(app.name))
                    .snapshotSummaries().stream().filter(s -> s.snapshotStatus() == SnapshotStatus.READY)
                    .max(Comparator.comparing(SnapshotDetails::snapshotCreationTimestamp)).orElseThrow();

            CliHarness.Result rolledBack = cli.run("version", "rollback", app.name, "--yes", "--wait", "--timeout",
                    WAIT, "-o", "json");

            assertThat(rolledBack.exitCode()).as(rolledBack::toString).isZero();
            assertThat(rolledBack.err()).contains("version 2 -> the configuration of version 1",
                    "properties.Counter.rate: 50 -> 40", "snapshot " + latest.snapshotName(), "not carried over");
            JsonNode result = JSON.readTree(rolledBack.out());
            assertThat(result.path("fromVersion").asLong()).isEqualTo(2);
            assertThat(result.path("toVersion").asLong()).isEqualTo(1);
            assertThat(result.path("newVersion").asLong()).isEqualTo(3);
            assertThat(result.path("snapshot").path("name").asText()).isEqualTo(latest.snapshotName());
            assertThat(result.path("status").asText()).isEqualTo("RUNNING");
            assertThat(result.path("operationStatus").asText()).isEqualTo("SUCCESSFUL");
            assertThat(fields(result)).containsExactly("properties.Counter.rate: 50 -> 40");

            ApplicationDetail after = describe(app.name);
            assertThat(after.applicationVersionId()).isEqualTo(3);
            assertThat(after.applicationVersionRolledBackFrom()).isEqualTo(2);
            assertThat(after.applicationVersionRolledBackTo()).isEqualTo(1);
            assertThat(property(after, "rate")).isEqualTo("40");
            assertThat(versions(app.name)).extracting(ApplicationVersionSummary::applicationVersionId,
                    ApplicationVersionSummary::applicationStatusAsString)
                    .containsExactly(tuple(3L, "RUNNING"), tuple(2L, "ROLLED_BACK"), tuple(1L, "RUNNING"));
            String rolledBackRun = app.awaitNewRun(2);
            assertThat(app.firstCount(rolledBackRun)).isGreaterThanOrEqualTo(beforeUpdate);

            CliHarness.Result list = cli.run("version", "list", app.name);
            assertThat(list.exitCode()).as(list::toString).isZero();
            assertThat(list.out()).containsPattern("\\*\\s+3\\s+\\S+Z\\s+RUNNING\\s+rollback of version 2 to version 1")
                    .containsPattern("\\s+2\\s+\\S+Z\\s+ROLLED_BACK\\s+properties\\.Counter\\.rate")
                    .contains("no rollback target: version 3 has no previous version");
        } finally {
            deleteQuietly(app.name);
        }
    }

    @Test
    void shouldChangeNothingWithoutConfirmationOrWhenTheVersionMoved() throws Exception {
        CountingApp app = running("rollback-confirm", Map.of("rate", "40"));
        CliHarness cli = cli();
        try {
            update(app.name, u -> u.environmentPropertyUpdates(app.properties(Map.of("rate", "50"))));

            CliHarness.Result noTerminal = cli.run("version", "rollback", app.name, "--wait");
            assertThat(noTerminal.exitCode()).as(noTerminal::toString).isEqualTo(ExitCodes.USAGE);
            assertThat(noTerminal.err()).contains("no terminal", "--yes");
            assertThat(describe(app.name).applicationVersionId()).isEqualTo(2);

            CliHarness.Result no = cli.answer("n").run("version", "rollback", app.name, "--wait");
            assertThat(no.exitCode()).as(no::toString).isEqualTo(ExitCodes.FAILED);
            assertThat(no.err()).contains("rollback cancelled: 'rollback-confirm' is still at version 2");
            assertThat(describe(app.name).applicationVersionId()).isEqualTo(2);
            assertThat(describe(app.name).applicationStatus()).isEqualTo(ApplicationStatus.RUNNING);

            update(app.name, u -> u.environmentPropertyUpdates(app.properties(Map.of("rate", "60"))));
            CliHarness.Result expected = cli.run("version", "rollback", app.name, "--expected-version", "2", "--yes",
                    "--wait");
            assertThat(expected.exitCode()).as(expected::toString).isEqualTo(ExitCodes.CONFLICT);
            assertThat(expected.err()).contains("at version 3 now, not 2", "newest operation: UpdateApplication",
                    "nothing was rolled back");
            assertThat(describe(app.name).applicationVersionId()).isEqualTo(3);

            Rollbacks rollbacks = new Rollbacks(msf(), Duration.ofMillis(200));
            RollbackPreview preview = rollbacks.preview(app.name, null);
            assertThat(preview.fromVersion()).isEqualTo(3);
            update(app.name, u -> u.environmentPropertyUpdates(app.properties(Map.of("rate", "70"))));
            assertThatThrownBy(() -> rollbacks.execute(preview, Duration.ofSeconds(60), line -> { }))
                    .isInstanceOfSatisfying(FlinkctlException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCodes.CONFLICT);
                        assertThat(e.getMessage()).contains("at version 4 now, not 3 as previewed",
                                "UpdateApplication");
                    });
            assertThat(describe(app.name).applicationVersionId()).isEqualTo(4);
            assertThat(property(describe(app.name), "rate")).isEqualTo("70");
            assertThat(versions(app.name)).extracting(ApplicationVersionSummary::applicationStatusAsString)
                    .doesNotContain("ROLLED_BACK");
        } finally {
            deleteQuietly(app.name);
        }
    }

    @Test
    void shouldRefuseWithoutPreviousVersionWhenNotRunningAndWithoutSnapshot() throws Exception {
        CountingApp app = create("rollback-refused", Map.of("rate", "40"));
        CliHarness cli = cli();
        try {
            CliHarness.Result first = cli.run("version", "rollback", app.name, "--yes", "--wait");
            assertThat(first.exitCode()).as(first::toString).isEqualTo(ExitCodes.CONFLICT);
            assertThat(first.err()).contains("'rollback-refused' is at version 1, which has no previous version");

            update(app.name, u -> u.environmentPropertyUpdates(app.properties(Map.of("rate", "50"))));
            CliHarness.Result ready = cli.run("version", "rollback", app.name, "--yes", "--wait");
            assertThat(ready.exitCode()).as(ready::toString).isEqualTo(ExitCodes.CONFLICT);
            assertThat(ready.err()).contains("'rollback-refused' is READY", "flinkctl start rollback-refused");

            String start = msf().startApplication(b -> b.applicationName(app.name)).operationId();
            assertThat(awaitOperation(msf(), app.name, start)).isEqualTo(OperationStatus.SUCCESSFUL);
            awaitStatus(msf(), app.name, ApplicationStatus.RUNNING);
            assertThat(msf().listApplicationSnapshots(b -> b.applicationName(app.name)).snapshotSummaries()).isEmpty();
            CliHarness.Result noSnapshot = cli.run("version", "rollback", app.name, "--yes", "--wait");
            assertThat(noSnapshot.exitCode()).as(noSnapshot::toString).isEqualTo(ExitCodes.CONFLICT);
            assertThat(noSnapshot.err()).contains("no READY snapshot",
                    "take one with 'flinkctl snapshot create rollback-refused'");

            assertThat(describe(app.name).applicationVersionId()).isEqualTo(2);
            assertThat(describe(app.name).applicationStatus()).isEqualTo(ApplicationStatus.RUNNING);
            assertThat(versions(app.name)).extracting(ApplicationVersionSummary::applicationStatusAsString)
                    .doesNotContain("ROLLED_BACK");
        } finally {
            deleteQuietly(app.name);
        }
    }
}
