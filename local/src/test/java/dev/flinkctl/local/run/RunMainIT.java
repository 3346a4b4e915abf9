package dev.flinkctl.local.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner end to end: the real job jar, submitted to a MiniCluster as {@code flink run} would. */
class RunMainIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JOB_JAR = Path.of(System.getProperty("flinkctl.job.jar", "../job/target/missing.jar"));
    private static final Path FIXTURES = Path.of("../job/src/test/resources/fixtures");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void scoresAFileIntoOneOutputFile(@TempDir Path tmp) throws Exception {
        Path output = tmp.resolve("alerts.jsonl");
        int code = run(tmp, Map.of(
                "jar", JOB_JAR.toString(), "parallelism", 2,
                "properties", List.of(group("Source", Map.of("type", "file", "path", FIXTURES.resolve("transactions.jsonl").toAbsolutePath().toString()))),
                "outputFile", output.toString()));

        assertThat(code).as(err()).isEqualTo(RunMain.OK);
        assertThat(json(Files.readAllLines(output)))
                .containsExactlyInAnyOrderElementsOf(json(Files.readAllLines(FIXTURES.resolve("expected-alerts.jsonl"))));
        assertThat(err()).contains("16 lines written to " + output);
        try (var left = Files.list(tmp)) {
            assertThat(left).containsExactly(output); // no part files or temp files left beside it
        }
    }

    @Test
    void printsAlertsOnStdoutForTheStdoutSink(@TempDir Path tmp) throws Exception {
        int code = run(tmp, Map.of(
                "jar", JOB_JAR.toString(), "parallelism", 1,
                "properties", List.of(
                        group("Source", Map.of("type", "generator", "rate", "0", "count", "3000")),
                        group("Job", Map.of("checkpoint.interval", "100ms")))));

        assertThat(code).as(err()).isEqualTo(RunMain.OK);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(JSON.readTree(line).has("rule")).isTrue());
        assertThat(err()).contains(lines.size() + " lines printed");
    }

    @Test
    void invalidRuntimePropertyIsABadRequestWithTheJobsMessage(@TempDir Path tmp) throws Exception {
        int code = run(tmp, Map.of(
                "jar", JOB_JAR.toString(), "parallelism", 1,
                "properties", List.of(group("Rules", Map.of("velocity.window", "soon")))));

        assertThat(code).isEqualTo(RunMain.BAD_REQUEST);
        assertThat(err()).contains("runtime property Rules.velocity.window = 'soon' is invalid")
                .doesNotContain("\tat "); // no stack trace
    }

    @Test
    void missingJarIsABadRequest(@TempDir Path tmp) throws Exception {
        int code = run(tmp, Map.of("jar", tmp.resolve("nope.jar").toString(), "parallelism", 1));
        assertThat(code).isEqualTo(RunMain.BAD_REQUEST);
        assertThat(err()).startsWith("flinkctl run: job jar ").contains("nope.jar not found");
    }

    private int run(Path tmp, Map<String, Object> request) throws Exception {
        assertThat(JOB_JAR).as("the job jar (build the job module first)").isRegularFile();
        Path file = tmp.resolve("request.json");
        JSON.writeValue(file.toFile(), request);
        int code = RunMain.run(new String[] {file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        Files.delete(file);
        return code;
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> group(String id, Map<String, String> map) {
        return Map.of("PropertyGroupId", id, "PropertyMap", map);
    }

    private static List<JsonNode> json(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).collect(Collectors.toList());
    }
}
