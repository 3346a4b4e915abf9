package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.job.MotoServer;
import dev.flinkctl.local.Await;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;

/**
 * {@code flinkctl logs tail} in this JVM against a real local endpoint, which ships the counting job's log lines and
 * its own lines about the application (in MSF's JSON format) to moto_server's CloudWatch Logs, through the real
 * command line, SDK and HTTP.
 */
class LogsCommandsIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness endpoint = new EndpointHarness(moto);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STREAM = "kinesis-analytics-log-stream";
    private static final List<String> FIELDS = List.of("timestamp", "level", "logger", "message", "thread",
            "logStream", "eventId", "raw");

    @TempDir
    Path work;

    private CliHarness cli() throws Exception {
        return new CliHarness(endpoint, moto.endpoint(), work);
    }

    private static KinesisAnalyticsV2Client msf() {
        return endpoint.msf();
    }

    /** Creates the counting application (version 1), then gives it the default logging option (version 2). */
    private static CountingApp withLogging(String name, Map<String, String> properties) throws Exception {
        CountingApp app = new CountingApp(name, endpoint.outputFile());
        app.create(msf(), false, properties);
        msf().addApplicationCloudWatchLoggingOption(b -> b.applicationName(name).currentApplicationVersionId(1L)
                .cloudWatchLoggingOption(o -> o.logStreamARN("arn:aws:logs:us-east-1:123456789012:log-group:"
                        + logGroup(name) + ":log-stream:" + STREAM)));
        return app;
    }

    private static String logGroup(String application) {
        return "/aws/kinesis-analytics/" + application;
    }

    private static void startRunning(String name) throws Exception {
        String start = msf().startApplication(b -> b.applicationName(name)).operationId();
        assertThat(awaitOperation(msf(), name, start)).isEqualTo(OperationStatus.SUCCESSFUL);
        awaitStatus(msf(), name, ApplicationStatus.RUNNING);
    }

    /** @return the NDJSON lines of {@code out}, each parsed; fails on a line that is not a JSON object */
    private static List<JsonNode> jsonLines(String out) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\\R")) {
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
                lines.add(node);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }
        return lines;
    }

    /** Runs {@code logs tail APP --no-follow -o json ARGS} until its lines satisfy {@code until}; returns them. */
    private static List<JsonNode> tailUntil(CliHarness cli, String application, Predicate<List<JsonNode>> until,
                                            String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("logs", "tail", application, "--no-follow", "-o", "json"));
        command.addAll(List.of(args));
        List<List<JsonNode>> last = new ArrayList<>(List.of(List.of()));
        Await.until(() -> "log lines of " + application + " (last: " + last.get(0).size() + " lines)",
                EndpointHarness.TIMEOUT, () -> {
                    CliHarness.Result result = cli.run(command.toArray(String[]::new));
                    if (result.exitCode() == ExitCodes.NOT_FOUND && result.err().contains("does not exist")) {
                        return false; // the endpoint creates the group and stream with its first batch of lines
                    }
                    assertThat(result.exitCode()).as(result::toString).isZero();
                    last.set(0, jsonLines(result.out()));
                    return until.test(last.get(0));
                });
        return last.get(0);
    }

    private static Predicate<List<JsonNode>> anyMessage(Predicate<String> message) {
        return lines -> lines.stream().anyMatch(line -> message.test(line.path("message").asText()));
    }

    private static Stream<String> messages(List<JsonNode> lines) {
        return lines.stream().map(line -> line.path("message").asText());
    }

    private static List<String> eventIds(List<JsonNode> lines) {
        return lines.stream().map(line -> line.path("eventId").asText()).toList();
    }

    @Test
    void shouldPrintTheApplicationsLinesAsJsonLinesAndReadably() throws Exception {
        String name = "logs-lines";
        withLogging(name, Map.of());
        startRunning(name);
        CliHarness cli = cli();

        List<JsonNode> lines = tailUntil(cli, name, anyMessage(("Application " + name + " is RUNNING")::equals));

        assertThat(lines).allSatisfy(line -> {
            assertThat(line.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);
            assertThat(line.path("logStream").asText()).isEqualTo(STREAM);
            assertThat(JSON.readTree(line.path("raw").asText()).path("applicationARN").asText())
                    .isEqualTo("arn:aws:kinesisanalytics:us-east-1:123456789012:application/" + name);
        });
        assertThat(eventIds(lines)).doesNotHaveDuplicates();
        assertThat(lines.stream().map(line -> Instant.parse(line.path("timestamp").asText())).toList())
                .isSorted();
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("level").asText()).isEqualTo("INFO");
            assertThat(line.path("logger").asText()).isEqualTo("dev.flinkctl.local.msf");
            assertThat(line.path("message").asText()).isEqualTo("Starting application " + name
                    + " version 2 without state");
        });
        // the job's own lines, logged by Flink on its threads
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("logger").asText()).startsWith("org.apache.flink.");
            assertThat(line.path("message").asText()).contains("switched from");
            assertThat(line.path("thread").asText()).isNotEmpty();
        });

        CliHarness.Result readable = cli.run("logs", "tail", name, "--no-follow", "-o", "table");
        assertThat(readable.exitCode()).as(readable::toString).isZero();
        assertThat(readable.out().lines()).anySatisfy(line -> assertThat(line).matches(
                "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO   msf  Starting application " + name
                        + " version 2 without state"));
        assertThat(readable.err()).contains("Reading " + logGroup(name) + ":" + STREAM + " from 10m ago");
    }

    @Test
    void shouldKeepOnlyTheLinesAtTheLevelAndMatchingTheFilter() throws Exception {
        String name = "logs-crash";
        withLogging(name, Map.of("crash", "true"));
        String start = msf().startApplication(b -> b.applicationName(name)).operationId();
        assertThat(awaitOperation(msf(), name, start)).isEqualTo(OperationStatus.FAILED);
        CliHarness cli = cli();
        List<JsonNode> all = tailUntil(cli, name, anyMessage(m -> m.startsWith("StartApplication failed")));
        // there is something to leave out: INFO lines, and lines without the term
        assertThat(messages(all)).contains("Starting application " + name + " version 2 without state");
        assertThat(messages(all)).anyMatch(m -> !m.contains("crashes on purpose"));

        List<JsonNode> errors = tailUntil(cli, name, lines -> true, "--level", "ERROR");
        assertThat(errors).isNotEmpty().allSatisfy(line -> assertThat(line.path("level").asText()).isEqualTo("ERROR"));
        assertThat(messages(errors)).anyMatch(m -> m.startsWith("StartApplication failed")
                && m.contains("crashes on purpose"));

        List<JsonNode> warnings = tailUntil(cli, name, lines -> true, "--level", "warn");
        assertThat(warnings).allSatisfy(line -> assertThat(line.path("level").asText()).isIn("WARN", "ERROR"));
        assertThat(eventIds(warnings)).containsAll(eventIds(errors));

        List<JsonNode> matching = tailUntil(cli, name, lines -> true, "--filter", "\"crashes on purpose\"");
        assertThat(matching).isNotEmpty().allSatisfy(line -> assertThat(line.path("raw").asText())
                .contains("crashes on purpose"));
        assertThat(messages(matching)).anyMatch(m -> m.startsWith("StartApplication failed"));
        assertThat(matching.size()).isLessThan(all.size());

        // readable: the failures' stack traces are indented under their line
        CliHarness.Result readable = cli.run("logs", "tail", name, "--no-follow", "-o", "table", "--filter",
                "\"crashes on purpose\"");
        assertThat(readable.exitCode()).as(readable::toString).isZero();
        assertThat(readable.out().lines()).anyMatch(line -> line.matches(" {4,}at [\\w.$]+\\(.*\\)"));
    }

    @Test
    void shouldFollowNewLinesUntilInterruptedAndPrintEachOnce() throws Exception {
        String name = "logs-follow";
        withLogging(name, Map.of());
        startRunning(name);
        CliHarness cli = cli();
        tailUntil(cli, name, anyMessage(("Application " + name + " is RUNNING")::equals));

        try (Following following = new Following(cli, "logs", "tail", name, "--poll", "200ms", "-o", "json")) {
            following.await("the lines so far", out -> out.contains("\"Application " + name + " is RUNNING\""));
            CliHarness.Result stop = cli.run("stop", name, "--force", "--yes", "--wait");
            assertThat(stop.exitCode()).as(stop::toString).isZero();
            following.await("the line the stop logs", out -> out.contains("force-stopped without a snapshot"));

            assertThat(following.interrupt()).as(following::toString).isEqualTo(ExitCodes.INTERRUPTED);
            assertThat(following.err()).contains("Following " + logGroup(name) + ":" + STREAM, "interrupted");
            List<JsonNode> lines = jsonLines(following.out());
            assertThat(eventIds(lines)).doesNotHaveDuplicates();
            assertThat(lines).filteredOn(line -> line.path("message").asText().contains("force-stopped"))
                    .singleElement().satisfies(line -> assertThat(line.path("level").asText()).isEqualTo("WARN"));
            assertThat(messages(lines)).containsOnlyOnce("Application " + name + " is RUNNING");
        }
    }

    @Test
    void shouldSayWhatIsMissingInOneLine() throws Exception {
        new CountingApp("logs-none", endpoint.outputFile()).create(msf(), false, Map.of());
        withLogging("logs-never-started", Map.of());
        CliHarness cli = cli();

        CliHarness.Result noOption = cli.run("logs", "tail", "logs-none", "--no-follow");
        assertThat(noOption.exitCode()).as(noOption::toString).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(noOption.err().lines()).containsExactly("flinkctl: application 'logs-none' has no CloudWatch "
                + "logging option: enable 'logging:' in its spec and run 'flinkctl deploy', or add one with 'aws "
                + "kinesisanalyticsv2 add-application-cloud-watch-logging-option'");
        assertThat(noOption.out()).isEmpty();

        CliHarness.Result noGroup = cli.run("logs", "tail", "logs-never-started", "--no-follow", "-q");
        assertThat(noGroup.exitCode()).as(noGroup::toString).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(noGroup.err().lines()).singleElement().asString().startsWith("flinkctl: log group '"
                + logGroup("logs-never-started") + "' or its stream '" + STREAM + "' does not exist: ");

        CliHarness.Result noApp = cli.run("logs", "tail", "logs-nobody", "--no-follow");
        assertThat(noApp.exitCode()).as(noApp::toString).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(noApp.err()).contains("application 'logs-nobody' not found");

        CliHarness.Result yaml = cli.run("logs", "tail", "logs-none", "-o", "yaml");
        assertThat(yaml.exitCode()).as(yaml::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(yaml.err()).contains("use -o json");
    }

    /**
     * A flinkctl command running in a thread of its own, whose output can be read while it runs:
     * {@code CliHarness.run(args)} hands the output over only once a command has ended.
     */
    private static final class Following implements AutoCloseable {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final AtomicInteger exitCode = new AtomicInteger(-1);
        private final Thread thread;

        Following(CliHarness cli, String... args) {
            thread = new Thread(() -> exitCode.set(cli.run(new PrintWriter(out, true), new PrintWriter(err, true),
                    args)), "flinkctl-logs-tail");
            thread.start();
        }

        String out() {
            return out.toString();
        }

        String err() {
            return err.toString();
        }

        /** Waits until the output so far satisfies {@code condition}; fails early if the command ended. */
        void await(String what, Predicate<String> condition) throws Exception {
            Await.until(() -> what + " in the output of 'logs tail'\n" + this, EndpointHarness.TIMEOUT, () -> {
                assertThat(thread.isAlive()).as("'logs tail' still following\n%s", this).isTrue();
                return condition.test(out());
            });
        }

        /** Interrupts the command as Ctrl-C would end the loop, and returns its exit code. */
        int interrupt() throws InterruptedException {
            thread.interrupt();
            thread.join(Duration.ofSeconds(30).toMillis());
            assertThat(thread.isAlive()).as("'logs tail' ended after the interrupt").isFalse();
            return exitCode.get();
        }

        @Override
        public void close() throws InterruptedException {
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(Duration.ofSeconds(30).toMillis());
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode.get() + "\n--- stdout\n" + out() + "--- stderr\n" + err();
        }
    }
}
