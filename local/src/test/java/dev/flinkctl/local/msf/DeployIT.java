package dev.flinkctl.local.msf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.job.MotoServer;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code flinkctl plan} and {@code flinkctl deploy} in this JVM against a real local endpoint and moto_server, through
 * the real command line, SDK and HTTP: create and start, the no-op second deploy, an update that keeps the job's
 * keyed state, a change between plan and deploy, a crash loop caught by the health gate, masking of secrets, and the
 * GitHub Actions report.
 */
class DeployIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness endpoint = new EndpointHarness(moto);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path countingJar;

    @TempDir
    Path work;

    @BeforeAll
    static void jar() throws Exception {
        countingJar = TestJars.countingJob(Files.createTempDirectory("flinkctl-deploy-jars-"));
    }

    @Test
    void shouldCreateAndStartThenDoNothingOnTheSecondDeploy() throws Exception {
        CountingApp app = new CountingApp("deploy-first", endpoint.outputFile());
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);
        Path spec = spec(app, countingJar, Map.of());

        CliHarness.Result first = cli.run(deploy(spec));
        assertThat(first.exitCode()).as(first::toString).isZero();
        JsonNode result = JSON.readTree(first.out());
        assertThat(result.path("outcome").asText()).isEqualTo("deployed");
        assertThat(result.path("status").asText()).isEqualTo("RUNNING");
        assertThat(result.path("uploaded").asBoolean()).isTrue();
        assertThat(result.path("plan").path("action").asText()).isEqualTo("create");
        String key = result.path("code").path("key").asText();
        assertThat(key).matches("flinkctl/deploy-first/[0-9a-f]{64}\\.jar");
        app.awaitCount(20);
        ApplicationDetail before = describe(app.name);
        int operations = operations(app.name);
        var uploadedAt = object(key).lastModified();

        CliHarness.Result second = cli.run(deploy(spec));
        assertThat(second.exitCode()).as(second::toString).isZero();
        JsonNode again = JSON.readTree(second.out());
        assertThat(again.path("outcome").asText()).isEqualTo("unchanged");
        assertThat(again.path("uploaded").asBoolean()).isFalse();
        assertThat(again.path("plan").path("changes").size()).isZero();
        ApplicationDetail after = describe(app.name);
        assertThat(after.applicationVersionId()).isEqualTo(before.applicationVersionId());
        assertThat(after.conditionalToken()).isEqualTo(before.conditionalToken());
        assertThat(operations(app.name)).isEqualTo(operations);
        assertThat(object(key).lastModified()).isEqualTo(uploadedAt);
        assertThat(objects("flinkctl/deploy-first/")).hasSize(1);

        CliHarness.Result plan = cli.run("plan", "-f", spec.toString(), "-o", "json");
        assertThat(plan.exitCode()).as(plan::toString).isZero();
        assertThat(JSON.readTree(plan.out()).path("action").asText()).isEqualTo("none");
    }

    @Test
    void shouldShowTheMonthlyCostOfAParallelismChangeInPlanAndDeploy() throws Exception {
        CountingApp app = new CountingApp("deploy-cost", endpoint.outputFile());
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);
        CliHarness.Result created = cli.run(deploy(spec(app, countingJar, Map.of())));
        assertThat(created.exitCode()).as(created::toString).isZero();
        // us-east-1: 2 KPUs (parallelism 1 + orchestration) × 720 h × $0.11 = 158.40, 50 GB-month × $0.10 = 5.00
        JsonNode createCost = JSON.readTree(created.out()).path("plan").path("cost");
        assertThat(createCost.path("afterUsd").decimalValue()).isEqualByComparingTo("163.40");
        assertThat(createCost.path("kpusAfter").asInt()).isEqualTo(2);

        Path doubled = spec(app, countingJar, Map.of(), "scaling:\n  parallelism: 2\n");
        CliHarness.Result plan = cli.run("plan", "-f", doubled.toString());
        assertThat(plan.exitCode()).as(plan::toString).isEqualTo(2);
        // 3 KPUs × 720 h × $0.11 = 237.60, 100 GB-month × $0.10 = 10.00: 247.60, so 84.20 more
        assertThat(plan.out()).contains("  cost     parallelism 1 → 2 adds $84.20/month ($163.40 → $247.60, 2 → 3 "
                + "KPUs, us-east-1 prices)");

        Path prices = write("prices.yaml", "regions:\n  us-east-1:\n    kpuHourUsd: 1\n");
        Path pricedInSpec = spec(app, countingJar, Map.of(), "scaling:\n  parallelism: 2\ncost:\n  prices: "
                + prices + "\n");
        JsonNode specPrices = JSON.readTree(cli.run("plan", "-f", pricedInSpec.toString(), "-o", "json").out());
        assertThat(specPrices.path("cost").path("deltaUsd").decimalValue()).isEqualByComparingTo("725.00"); // 720 + 5
        JsonNode flagPrices = JSON.readTree(cli.run("plan", "-f", doubled.toString(), "--prices", prices.toString(),
                "-o", "json").out());
        assertThat(flagPrices.path("cost")).isEqualTo(specPrices.path("cost"));

        CliHarness.Result update = cli.run("deploy", "-f", doubled.toString(), "--skip-lint", "--wait",
                "--health-period", "0s");
        assertThat(update.exitCode()).as(update::toString).isZero();
        assertThat(update.out()).contains("  cost parallelism 1 → 2 adds $84.20/month");
        assertThat(describe(app.name).applicationConfigurationDescription().flinkApplicationConfigurationDescription()
                .parallelismConfigurationDescription().parallelism()).isEqualTo(2);
        // Give its two task slots back: the endpoint has 8 for all of this class's applications.
        endpoint.msf().stopApplication(b -> b.applicationName(app.name).force(true));
        EndpointHarness.awaitStatus(endpoint.msf(), app.name, ApplicationStatus.READY);
    }

    @Test
    void shouldUpdateChangedCodeAndKeepTheKeyedState() throws Exception {
        CountingApp app = new CountingApp("deploy-update", endpoint.outputFile());
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);
        assertThat(cli.run(deploy(spec(app, countingJar, Map.of()))).exitCode()).isZero();
        app.awaitCount(30);
        long version = describe(app.name).applicationVersionId();

        Path changed = withExtraEntry(countingJar, work.resolve("changed.jar"));
        Path spec = spec(app, changed, Map.of());
        CliHarness.Result plan = cli.run("plan", "-f", spec.toString());
        assertThat(plan.exitCode()).as(plan::toString).isEqualTo(2);
        assertThat(plan.out()).contains("code").contains("update").contains("yes, after a snapshot");

        CliHarness.Result update = cli.run(deploy(spec));
        assertThat(update.exitCode()).as(update::toString).isZero();
        JsonNode result = JSON.readTree(update.out());
        assertThat(result.path("plan").path("action").asText()).isEqualTo("update");
        assertThat(result.path("versionId").asLong()).isEqualTo(version + 1);
        assertThat(objects("flinkctl/deploy-update/")).hasSize(2);
        String run = app.awaitNewRun(1);
        assertThat(app.firstCount(run)).as("the updated job restored its counts").isGreaterThan(10);
    }

    @Test
    void shouldApplyTheSpecsSnapshotRetentionAndLeavePinsAlone() throws Exception {
        CountingApp app = new CountingApp("deploy-retention", endpoint.outputFile());
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);
        Path spec = spec(app, countingJar, Map.of(), "tags:\n  team: payments\nsnapshotRetention:\n  keep: 1\n");
        CliHarness.Result first = cli.run(deploy(spec));
        assertThat(first.exitCode()).as(first::toString).isZero();
        for (String name : List.of("s1", "s2", "s3")) {
            CliHarness.Result created = cli.run("snapshot", "create", app.name, name, "--wait");
            assertThat(created.exitCode()).as(created::toString).isZero();
        }
        CliHarness.Result pin = cli.run("snapshot", "pin", app.name, "s1");
        assertThat(pin.exitCode()).as(pin::toString).isZero();

        CliHarness.Result plan = cli.run("plan", "-f", spec.toString(), "-o", "json");
        assertThat(plan.exitCode()).as(plan::toString).isZero();
        assertThat(JSON.readTree(plan.out()).path("action").asText()).as("a pin is no tag change").isEqualTo("none");
        CliHarness.Result again = cli.run(deploy(spec));
        assertThat(again.exitCode()).as(again::toString).isZero();
        JsonNode result = JSON.readTree(again.out());
        assertThat(result.path("outcome").asText()).isEqualTo("unchanged");
        assertThat(result.path("prunedSnapshots")).extracting(JsonNode::asText).containsExactly("s2");
        assertThat(endpoint.msf().listApplicationSnapshots(b -> b.applicationName(app.name)).snapshotSummaries())
                .extracting(s -> s.snapshotName()).containsExactlyInAnyOrder("s1", "s3");
        ApplicationDetail detail = describe(app.name);
        assertThat(endpoint.msf().listTagsForResource(b -> b.resourceARN(detail.applicationARN())).tags())
                .extracting(t -> t.key()).containsExactlyInAnyOrder("team", "flinkctl:pinned:s1");
    }

    @Test
    void shouldRefuseADeployWhenTheApplicationChangedSinceThePlan() throws Exception {
        CountingApp app = new CountingApp("deploy-race", endpoint.outputFile());
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);
        assertThat(cli.run(deploy(spec(app, countingJar, Map.of()))).exitCode()).isZero();
        Path spec = spec(app, countingJar, Map.of("rate", "50"));
        CliHarness.Result plan = cli.run("plan", "-f", spec.toString(), "-o", "json");
        assertThat(plan.exitCode()).as(plan::toString).isEqualTo(2);
        JsonNode planned = JSON.readTree(plan.out());
        long seen = planned.path("currentVersion").asLong();
        assertThat(planned.path("changes").findValuesAsText("field")).containsExactly("properties.Counter.rate");

        // Someone else updates the application between plan and deploy.
        ApplicationDetail live = describe(app.name);
        endpoint.msf().updateApplication(b -> b.applicationName(app.name).conditionalToken(live.conditionalToken())
                .applicationConfigurationUpdate(c -> c.environmentPropertyUpdates(app.properties(Map.of("rate", "30")))));
        EndpointHarness.awaitStatus(endpoint.msf(), app.name, ApplicationStatus.RUNNING);
        long moved = describe(app.name).applicationVersionId();

        CliHarness.Result deploy = cli.run(deploy(spec, "--expected-version", Long.toString(seen)));
        assertThat(deploy.exitCode()).as(deploy::toString).isEqualTo(6);
        assertThat(deploy.err()).contains("is at version " + moved + ", not " + seen).contains("run 'flinkctl plan' again");
        assertThat(deploy.out()).isEmpty();
        ApplicationDetail after = describe(app.name);
        assertThat(after.applicationVersionId()).isEqualTo(moved);
        assertThat(counter(after)).containsEntry("rate", "30");
    }

    @Test
    void shouldRollBackANewVersionThatCrashLoops() throws Exception {
        CountingApp app = new CountingApp("deploy-crash", endpoint.outputFile());
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);
        assertThat(cli.run(deploy(spec(app, countingJar, Map.of()))).exitCode()).isZero();
        long good = describe(app.name).applicationVersionId();

        // A crash can also fail a checkpoint first; tolerating those makes the restart count the signal under test.
        Path crashing = spec(app, countingJar, Map.of("crash.after-ms", "1500"),
                "deploy:\n  healthGate:\n    maxFailedCheckpoints: 1000\n");
        CliHarness.Result bad = cli.run("deploy", "-f", crashing.toString(),
                "--skip-lint", "--wait", "--health-period", "60s", "-o", "json");
        assertThat(bad.exitCode()).as(bad::toString).isEqualTo(7);
        JsonNode result = JSON.readTree(bad.out());
        assertThat(result.path("outcome").asText()).isEqualTo("rolled_back");
        assertThat(result.path("rolledBackTo").asLong()).isEqualTo(good);
        assertThat(result.path("health").path("fullRestarts").asLong()).as(bad::toString).isPositive();
        assertThat(bad.err()).contains("crash-looping").contains("rolled back to the configuration of version " + good);
        ApplicationDetail after = describe(app.name);
        assertThat(after.applicationStatus()).isEqualTo(ApplicationStatus.RUNNING);
        assertThat(counter(after)).doesNotContainKey("crash.after-ms");
    }

    @Test
    void shouldReportAFailedStartWithTheJobsException() throws Exception {
        CountingApp app = new CountingApp("deploy-broken", endpoint.outputFile());
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);
        CliHarness.Result r = cli.run(deploy(spec(app, countingJar, Map.of("crash", "true"))));
        assertThat(r.exitCode()).as(r::toString).isEqualTo(1);
        assertThat(r.err()).contains("the start of 'deploy-broken' failed").contains("CountingJob crashes on purpose")
                .contains("the application is READY");
    }

    @Test
    void shouldNeverPrintSensitiveValues() throws Exception {
        CountingApp app = new CountingApp("deploy-secret", endpoint.outputFile());
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work).env("COUNTER_TOKEN", "s3cr3t-value");
        Path spec = spec(app, countingJar, Map.of(), "    token: { fromEnv: COUNTER_TOKEN, sensitive: true }\n");
        CliHarness.Result plan = cli.run("plan", "-f", spec.toString());
        assertThat(plan.exitCode()).as(plan::toString).isEqualTo(2);
        assertThat(plan.out()).contains("properties.Counter.token").contains("****").doesNotContain("s3cr3t-value");
        CliHarness.Result deployed = cli.run(deploy(spec));
        assertThat(deployed.exitCode()).as(deployed::toString).isZero();
        assertThat(deployed.out() + deployed.err()).doesNotContain("s3cr3t-value").contains("****");
        assertThat(counter(describe(app.name))).containsEntry("token", "s3cr3t-value");
    }

    @Test
    void shouldWriteGitHubActionsOutputsAndSummary() throws Exception {
        CountingApp app = new CountingApp("deploy-github", endpoint.outputFile());
        Path outputs = work.resolve("github-output");
        Path summary = work.resolve("github-summary.md");
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work).env("GITHUB_ACTIONS", "true")
                .env("GITHUB_OUTPUT", outputs.toString()).env("GITHUB_STEP_SUMMARY", summary.toString());
        CliHarness.Result r = cli.run("deploy", "-f", spec(app, countingJar, Map.of()).toString(), "--skip-lint",
                "--health-period", "0s");
        assertThat(r.exitCode()).as(r::toString).isZero();
        ApplicationDetail live = describe(app.name);
        String key = live.applicationConfigurationDescription().applicationCodeConfigurationDescription()
                .codeContentDescription().s3ApplicationCodeLocationDescription().fileKey();
        assertThat(Files.readAllLines(outputs)).containsExactly("application-arn=" + live.applicationARN(),
                "version-id=" + live.applicationVersionId(), "jar-s3-key=" + key, "outcome=deployed");
        assertThat(Files.readString(summary)).contains("### flinkctl deploy: deploy-github").contains("| outcome | deployed |");

        CliHarness.Result bad = cli.run("deploy", "-f", write("bad.yaml", "name: x\nparalelism: 2\n").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.yaml:2:1: unknown top-level key 'paralelism'").contains("::error title=flinkctl::");
    }

    private String[] deploy(Path spec, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("deploy", "-f", spec.toString(), "--skip-lint", "--wait",
                "--health-period", "0s", "-o", "json"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private Path spec(CountingApp app, Path jar, Map<String, String> counter) throws Exception {
        return spec(app, jar, counter, "");
    }

    private Path spec(CountingApp app, Path jar, Map<String, String> counter, String extraLines) throws Exception {
        StringBuilder yaml = new StringBuilder("name: " + app.name + "\n")
                .append("code:\n  jar: ").append(jar).append("\n")
                .append("checkpointing:\n  enabled: true\n  interval: 500ms\n  minPauseBetween: 0s\n")
                .append("properties:\n  Counter:\n    output.file: ").append(app.output).append("\n");
        counter.forEach((key, value) -> yaml.append("    ").append(key).append(": \"").append(value).append("\"\n"));
        yaml.append(extraLines);
        return write(app.name + "-" + System.nanoTime() + ".yaml", yaml.toString());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(work.resolve(name), text);
    }

    private static ApplicationDetail describe(String name) {
        return endpoint.msf().describeApplication(b -> b.applicationName(name)).applicationDetail();
    }

    private static int operations(String name) {
        return endpoint.msf().listApplicationOperations(b -> b.applicationName(name)).applicationOperationInfoList().size();
    }

    private static Map<String, String> counter(ApplicationDetail detail) {
        return detail.applicationConfigurationDescription().environmentPropertyDescriptions().propertyGroupDescriptions()
                .stream().filter(g -> g.propertyGroupId().equals("Counter")).findFirst().map(PropertyGroup::propertyMap)
                .orElseThrow();
    }

    private static S3Object object(String key) {
        return objects(key).get(0);
    }

    private static List<S3Object> objects(String prefix) {
        return endpoint.s3().listObjectsV2(b -> b.bucket(EndpointHarness.BUCKET).prefix(prefix)).contents();
    }

    private static Path withExtraEntry(Path jar, Path copy) throws Exception {
        Files.copy(jar, copy);
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
            Files.writeString(zip.getPath("build-info.txt"), "a changed build\n");
        }
        return copy;
    }
}
