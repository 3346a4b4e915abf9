package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flinkctl.CliRun;
import dev.flinkctl.CliRun.Result;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.run.FakeInstallation;
import dev.flinkctl.run.RecordingLauncher;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunCommandTest {
    @TempDir
    Path dir;

    private Path home;
    private RecordingLauncher launcher;

    @BeforeEach
    void installation() throws IOException {
        home = FakeInstallation.create(dir.resolve("lib/flinkctl"));
        launcher = new RecordingLauncher(ExitCodes.OK);
    }

    private Result run(String... args) {
        return CliRun.with(launcher, home).run(args);
    }

    @Test
    void defaultsRunTheIncludedJobWithNoProperties() {
        Result r = run("run");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        JsonNode request = launcher.request();
        assertThat(request.toString()).isEqualTo("{\"jar\":" + json(home.resolve("job/flinkctl-job.jar"))
                + ",\"mainClass\":null,\"parallelism\":1,\"checkpointIntervalMs\":null,\"properties\":[],"
                + "\"outputFile\":null}");
    }

    @Test
    void startsTheRunnerInAChildJvmAndDeletesTheRequestAfterwards() {
        Result r = run("run");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(launcher.command()).containsExactly(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + home.resolve("conf/local.jvm-options"),
                "-cp", home.resolve("local") + File.separator + "*",
                "dev.flinkctl.local.run.RunMain",
                launcher.requestFile().toString());
        assertThat(launcher.requestFile()).isAbsolute().doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "130"})
    void returnsTheRunnersExitCode(int runnerExit) {
        launcher = new RecordingLauncher(runnerExit);

        assertThat(run("run").exitCode()).isEqualTo(runnerExit);
    }

    @ParameterizedTest
    @CsvSource({"10ms, 10", "500ms, 500", "60s, 60000", "1h, 3600000", "PT1M, 60000"})
    void checkpointIntervalIsSentInMilliseconds(String duration, long millis) {
        Result r = run("run", "--checkpoint-interval", duration);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(launcher.request().get("checkpointIntervalMs").isIntegralNumber()).isTrue();
        assertThat(launcher.request().get("checkpointIntervalMs").asLong()).isEqualTo(millis);
    }

    @Test
    void inputSetsTheFileSourceWithAnAbsolutePath() throws IOException {
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{}\n");
        Path output = dir.resolve("out/alerts.jsonl");
        Files.createDirectories(output.getParent());

        Result r = run("run", "--input", input.toString(), "--output", output.toString(),
                "--parallelism", "3", "--checkpoint-interval", "5m");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        JsonNode request = launcher.request();
        assertThat(request.get("properties").toString()).isEqualTo("[{\"PropertyGroupId\":\"Source\","
                + "\"PropertyMap\":{\"type\":\"file\",\"path\":" + json(input) + "}}]");
        assertThat(request.get("outputFile").asText()).isEqualTo(output.toString());
        assertThat(request.get("parallelism").asInt()).isEqualTo(3);
        assertThat(request.get("checkpointIntervalMs").asLong()).isEqualTo(300_000);
    }

    @Test
    void propertiesFileThenInputThenPropertyOverrides() throws IOException {
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{}\n");
        Path properties = Files.writeString(dir.resolve("application_properties.json"), """
                [{"PropertyGroupId": "Source", "PropertyMap": {"type": "kinesis", "stream": "tx", "rate": "10"}},
                 {"PropertyGroupId": "Sink", "PropertyMap": {"stream": "alerts"}}]
                """);

        Result r = run("run", "--properties", properties.toString(), "--input", input.toString(),
                "--property", "Source.rate=1000", "--property", "Rules.burst.count=3=x", "--property", "Sink.stream=");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(launcher.request().get("properties").toString()).isEqualTo("["
                + "{\"PropertyGroupId\":\"Source\",\"PropertyMap\":{\"type\":\"file\",\"stream\":\"tx\",\"rate\":\"1000\","
                + "\"path\":" + json(input) + "}},"
                + "{\"PropertyGroupId\":\"Sink\",\"PropertyMap\":{\"stream\":\"\"}},"
                + "{\"PropertyGroupId\":\"Rules\",\"PropertyMap\":{\"burst.count\":\"3=x\"}}]");
    }

    @Test
    void explicitJarAndClass() throws IOException {
        Path jar = FakeInstallation.jar(dir.resolve("my-job.jar"), null);

        Result r = run("run", jar.toString(), "--class", "com.example.Job");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(launcher.request().get("jar").asText()).isEqualTo(jar.toString());
        assertThat(launcher.request().get("mainClass").asText()).isEqualTo("com.example.Job");
    }

    @Test
    void missingInputFileIsAUsageErrorNamingTheFile() {
        Path missing = dir.resolve("nope.jsonl");

        Result r = run("run", "--input", missing.toString());

        assertUsageError(r, "flinkctl: input file not found: " + missing
                + ": pass an existing JSON-lines file of transactions to --input");
    }

    @Test
    void badPropertyIsAUsageError() {
        Result r = run("run", "--property", "rate=1000");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'rate=1000' is not GROUP.KEY=VALUE: write e.g. --property Source.rate=1000");
        assertThat(launcher.launched()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"10x", "60", "1w", "PT", "-5s"})
    void badDurationIsAUsageError(String duration) {
        Result r = run("run", "--checkpoint-interval", duration);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--checkpoint-interval", "'" + duration + "' is not a duration");
        assertThat(launcher.launched()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0s", "PT0S", "PT-1M", "9ms"})
    void checkpointIntervalBelow10msIsAUsageError(String duration) {
        Result r = run("run", "--checkpoint-interval", duration);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("flinkctl: --checkpoint-interval must be at least 10ms, not ");
        assertThat(launcher.launched()).isFalse();
    }

    @Test
    void parallelismMustBePositive() {
        assertUsageError(run("run", "--parallelism", "0"),
                "flinkctl: --parallelism must be at least 1, not 0: e.g. --parallelism 2");
    }

    @Test
    void outputDirectoryMustExist() {
        Path output = dir.resolve("missing/alerts.jsonl");

        assertUsageError(run("run", "--output", output.toString()), "flinkctl: the directory of --output does not "
                + "exist: " + output.getParent() + ": create it first or choose another --output file");
    }

    @Test
    void missingPropertiesFileIsAUsageError() {
        Path missing = dir.resolve("props.json");

        assertUsageError(run("run", "--properties", missing.toString()), "flinkctl: properties file not found: "
                + missing + ": pass an existing application_properties.json to --properties");
    }

    @Test
    void jarWithoutMainClassNeedsClass() throws IOException {
        Path jar = FakeInstallation.jar(dir.resolve("lib.jar"), null);

        assertUsageError(run("run", jar.toString()),
                "flinkctl: " + jar + " has no Main-Class in its manifest: pass --class with the job's main class");
    }

    @Test
    void missingJarIsAUsageError() {
        Path jar = dir.resolve("missing.jar");

        assertUsageError(run("run", jar.toString()), "flinkctl: job jar not found: " + jar
                + ": pass the path of a Flink job jar, or omit it to run the included job");
    }

    @Test
    void incompleteInstallationFailsWithTheFix() throws IOException {
        Files.delete(home.resolve("job/flinkctl-job.jar"));

        Result r = run("run");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEqualTo("flinkctl: run needs the embedded Flink runtime in " + home
                + " (local/, job/flinkctl-job.jar, conf/local.jvm-options): reinstall with ./install.sh"
                + System.lineSeparator());
        assertThat(launcher.launched()).isFalse();
    }

    @Test
    void unknownInstallationFailsWithTheFix() {
        Result r = CliRun.with(launcher, null).run("run");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEqualTo("flinkctl: run needs the embedded Flink runtime, but neither "
                + "-Dflinkctl.home nor FLINKCTL_HOME says where it is: reinstall with ./install.sh"
                + System.lineSeparator());;
        assertThat(launcher.launched()).isFalse();
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        Result r = run("run", "--help");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Examples:", "# the included fraud-detection job with its default properties",
                "flinkctl run --input transactions.jsonl --output alerts.jsonl",
                "flinkctl run --property Source.rate=1000", "Exit codes:", "130   interrupted (Ctrl-C)");
        assertThat(launcher.launched()).isFalse();
    }

    private void assertUsageError(Result r, String firstLine) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().toList()).as(r.toString()).isEqualTo(List.of(firstLine));
        assertThat(launcher.launched()).isFalse();
    }

    private static String json(Path path) {
        return "\"" + path.toString().replace("\\", "\\\\") + "\"";
    }
}
