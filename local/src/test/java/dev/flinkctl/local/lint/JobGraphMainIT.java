package dev.flinkctl.local.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link JobGraphMain} in a JVM of its own, as {@code flinkctl package} runs it: stdout must be the one
 * JSON line and nothing else.
 */
class JobGraphMainIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JOB_JAR =
            Path.of(System.getProperty("flinkctl.job.jar", "../job/target/flinkctl-job-0.1.0-SNAPSHOT.jar"));

    /** The uids README.md lists under "Operator uids" for the default configuration (generator in, stdout out). */
    private static final List<String> INCLUDED_JOB_UIDS = List.of(
            "transactions-source-generator", "parse-transactions", "event-time-watermarks", "drop-late-transactions",
            "high-value-filter", "high-value-burst-window", "velocity-window", "multi-country-window",
            "declined-then-approved", "alerts-json", "alerts-sink");

    @Test
    void shouldGiveEveryStatefulOperatorOfTheIncludedJobAUid() throws Exception {
        assertThat(JOB_JAR).as("the job jar (build the job module first)").isRegularFile();

        Result result = jobGraph("--jar", JOB_JAR.toString());

        assertThat(result.exitCode).as(result.stderr).isZero();
        JsonNode operators = result.json().get("operators");
        assertThat(field(operators, "uid")).containsExactlyElementsOf(INCLUDED_JOB_UIDS);
        assertThat(operators).filteredOn(o -> o.get("stateful").asBoolean())
                .extracting(o -> o.get("uid").asText())
                .containsExactly("transactions-source-generator", "high-value-burst-window", "velocity-window",
                        "multi-country-window", "declined-then-approved", "alerts-sink");
        assertThat(operators).extracting(o -> o.get("uid").asText(), o -> o.get("kind").asText())
                .contains(tuple("transactions-source-generator", "source"), tuple("alerts-sink", "sink"),
                        tuple("velocity-window", "operator"));
    }

    @Test
    void shouldApplyRuntimePropertiesToTheGraph(@TempDir Path tmp) throws Exception {
        Path properties = tmp.resolve("application_properties.json");
        Files.writeString(properties, "[{\"PropertyGroupId\": \"Job\", \"PropertyMap\": {\"pipeline\": \"passthrough\"}},"
                + "{\"PropertyGroupId\": \"DeadLetterSink\", \"PropertyMap\": {\"type\": \"discard\"}}]");

        Result result = jobGraph("--jar", JOB_JAR.toString(), "--properties", properties.toString());

        assertThat(result.exitCode).as(result.stderr).isZero();
        assertThat(field(result.json().get("operators"), "uid"))
                .contains("transactions-json", "dead-letter-sink")
                .doesNotContain("velocity-window");
    }

    @Test
    void shouldReportAKeyedOperatorWithoutUid(@TempDir Path tmp) throws Exception {
        Path jar = noUidJobJar(tmp);

        Result result = jobGraph("--jar", jar.toString());

        assertThat(result.exitCode).as(result.stderr).isZero();
        JsonNode operators = result.json().get("operators");
        assertThat(operators).extracting(o -> o.get("name").asText(), o -> o.get("uid").isNull(),
                        o -> o.get("stateful").asBoolean(), o -> o.get("kind").asText())
                .containsExactly(
                        tuple("Source: numbers", false, true, "source"),
                        tuple("Double", false, false, "operator"),
                        tuple("Keyed sum", true, true, "operator"),
                        tuple("Discard: Writer", false, true, "sink"));
    }

    @Test
    void shouldFailWithOneLineWhenTheJobsMainThrows(@TempDir Path tmp) throws Exception {
        Path properties = tmp.resolve("application_properties.json");
        Files.writeString(properties, "[{\"PropertyGroupId\": \"Rules\", \"PropertyMap\": {\"velocity.window\": \"soon\"}}]");

        Result result = jobGraph("--jar", JOB_JAR.toString(), "--properties", properties.toString());

        assertThat(result.exitCode).isEqualTo(JobGraphMain.FAILED);
        assertThat(result.stdout).isEmpty();
        assertThat(result.stderr.lines()).containsExactly("flinkctl: operator-uid check: the job graph could not be built: "
                + "runtime property Rules.velocity.window = 'soon' is invalid: use a duration such as 5s, 10min or 1h");
    }

    @Test
    void shouldRejectAMissingJar(@TempDir Path tmp) throws Exception {
        Result result = jobGraph("--jar", tmp.resolve("nope.jar").toString());

        assertThat(result.exitCode).isEqualTo(JobGraphMain.USAGE);
        assertThat(result.stdout).isEmpty();
        assertThat(result.stderr).contains("nope.jar not found");
    }

    private static List<String> field(JsonNode operators, String name) {
        return StreamSupport.stream(operators.spliterator(), false).map(o -> o.get(name).asText()).toList();
    }

    /** A jar of {@link NoUidJob} alone; Flink and the datagen connector come from the test's classpath. */
    private static Path noUidJobJar(Path directory) throws Exception {
        Path classes = Path.of(NoUidJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path packageDir = classes.resolve(NoUidJob.class.getPackageName().replace('.', '/'));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, NoUidJob.class.getName());
        Path jar = directory.resolve("no-uid-job.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> walk = Files.list(packageDir)) {
            for (Path f : walk.filter(f -> f.getFileName().toString().startsWith(NoUidJob.class.getSimpleName())).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Runs JobGraphMain with the test's classpath and Flink's JVM flags. */
    private static Result jobGraph(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-")) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), JobGraphMain.class.getName()));
        command.addAll(List.of(args));
        Path stderr = Files.createTempFile("jobgraph-", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("JobGraphMain ends within 60 s").isTrue();
            return new Result(process.exitValue(), stdout, Files.readString(stderr));
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    private record Result(int exitCode, String stdout, String stderr) {
        /** The output, which must be exactly one line of JSON. */
        JsonNode json() throws IOException {
            assertThat(stdout.lines()).as("stdout (stderr: %s)", stderr).hasSize(1);
            return JSON.readTree(stdout);
        }
    }
}
