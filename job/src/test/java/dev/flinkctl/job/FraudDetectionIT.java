package dev.flinkctl.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The whole job, as main() builds it, on a Flink MiniCluster with parallelism 2. */
class FraudDetectionIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoresTheFixtureIntoExactlyTheExpectedAlerts(@TempDir Path out) throws Exception {
        Path input = fixture("transactions.jsonl");
        JobRun run = new JobRun()
                .set("Source", "type", "file").set("Source", "path", input.toString())
                .set("Sink", "type", "file").set("Sink", "path", out.resolve("alerts").toString())
                .set("DeadLetterSink", "type", "file").set("DeadLetterSink", "path", out.resolve("dlq").toString())
                .set("Job", "checkpoint.interval", "200ms");

        execute(run);

        List<JsonNode> alerts = parse(JobRun.committedLines(out.resolve("alerts"), "alerts"));
        List<JsonNode> expected = parse(Files.readAllLines(fixture("expected-alerts.jsonl")));
        assertThat(alerts).containsExactlyInAnyOrderElementsOf(expected);

        List<JsonNode> deadLetters = parse(JobRun.committedLines(out.resolve("dlq"), "dead-letters"));
        assertThat(deadLetters).extracting(d -> d.get("error").asText()).containsExactlyInAnyOrder(
                "not valid JSON: Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])",
                "missing field 'amount'",
                "field 'amount' is not a decimal number: '12,50'",
                "field 'eventTime' is not an ISO-8601 time with offset: '21/11/2026 10:19'",
                "field 'status' must be APPROVED or DECLINED, not 'PENDING'");
        assertThat(deadLetters).extracting(d -> d.get("record").asText()).allMatch(r -> r.contains("\"transactionId\":\"x"));
    }

    @Test
    void generatorTripsEveryRule(@TempDir Path out) throws Exception {
        JobRun run = new JobRun()
                .set("Source", "type", "generator").set("Source", "rate", "0").set("Source", "count", "20000")
                .set("Sink", "type", "file").set("Sink", "path", out.toString())
                .set("Job", "checkpoint.interval", "200ms");

        execute(run);

        List<JsonNode> alerts = parse(JobRun.committedLines(out, "alerts"));
        assertThat(alerts.stream().map(a -> a.get("rule").asText()).distinct())
                .containsExactlyInAnyOrder("HIGH_VALUE_BURST", "VELOCITY", "MULTI_COUNTRY", "DECLINED_THEN_APPROVED");
    }

    @Test
    void passthroughWritesEveryValidTransactionBack(@TempDir Path out) throws Exception {
        JobRun run = new JobRun()
                .set("Source", "type", "file").set("Source", "path", fixture("transactions.jsonl").toString())
                .set("Sink", "type", "file").set("Sink", "path", out.toString())
                .set("Job", "pipeline", "passthrough")
                .set("Job", "checkpoint.interval", "200ms");

        execute(run);

        List<String> ids = parse(JobRun.committedLines(out, "alerts")).stream()
                .map(t -> t.get("transactionId").asText()).collect(Collectors.toList());
        assertThat(ids).hasSize(37).doesNotContain("x1", "x2", "x3", "x4", "x5").contains("e3", "l1");
    }

    private static void execute(JobRun run) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.getConfig().disableGenericTypes(); // every type on the wire and in state has a Flink serializer
        FraudDetectionJob.build(env, run.properties());
        env.execute(FraudDetectionJob.NAME);
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(Objects.requireNonNull(FraudDetectionIT.class.getResource("/fixtures/" + name)).toURI());
    }

    private static List<JsonNode> parse(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).collect(Collectors.toList());
    }
}
