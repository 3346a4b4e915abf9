package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.CliRun;
import dev.flinkctl.CliRun.Result;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.spec.PropertyValue;
import dev.flinkctl.spec.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flinkctl init}, through the real command line. */
class InitCommandTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private static Result run(String... args) {
        return CliRun.production().run(args);
    }

    /** What the template sets beyond {@link ApplicationSpec#defaults()}: the included job's main properties. */
    private static ApplicationSpec defaultsWithTemplateProperties(Path file) {
        Map<String, Map<String, PropertyValue>> properties = new LinkedHashMap<>();
        properties.put("Source", ordered("type", "generator", "rate", "100"));
        properties.put("Sink", ordered("type", "stdout"));
        properties.put("Rules", ordered("high-value-burst.min-amount", "500.00", "high-value-burst.min-count", "3",
                "velocity.max-count", "10"));
        ApplicationSpec d = ApplicationSpec.defaults();
        return new ApplicationSpec(file.toAbsolutePath().normalize(), d.name(), d.description(),
                d.runtimeEnvironment(), d.serviceExecutionRole(), d.code(), d.scaling(), d.checkpointing(),
                d.snapshots(), d.systemRollback(), d.monitoring(), d.logging(), properties, d.vpc(), d.tags(),
                d.deploy(), d.snapshotRetention(), d.cost());
    }

    private static Map<String, PropertyValue> ordered(String... keysAndValues) {
        Map<String, PropertyValue> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], new PropertyValue(keysAndValues[i + 1], false, null));
        }
        return values;
    }

    @Test
    void shouldWriteASpecThatReadsBackAsTheDefaults() {
        Path file = dir.resolve("flinkctl.yaml");

        Result r = run("init", "-f", file.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("Wrote " + file + " (application fraud-detection). Next: flinkctl deploy -f "
                + file + NL);
        assertThat(r.err()).isEmpty();
        ApplicationSpec spec = new SpecReader(Map.of()).read(file);
        assertThat(spec).isEqualTo(defaultsWithTemplateProperties(file));
        assertThat(spec.properties().keySet()).containsExactly("Source", "Sink", "Rules");
    }

    @Test
    void shouldUseTheGivenRuntimeEnvironment() {
        Path file = dir.resolve("flink2.yaml");

        Result r = run("init", "--file", file.toString(), "--runtime", "FLINK-2_2");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(new SpecReader(Map.of()).read(file).runtimeEnvironment()).isEqualTo("FLINK-2_2");
        Result unknown = run("init", "--file", dir.resolve("old.yaml").toString(), "--runtime", "FLINK-1_8");
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("unknown runtime environment 'FLINK-1_8'");
        assertThat(dir.resolve("old.yaml")).doesNotExist();
    }

    @Test
    void shouldUseTheGivenName() {
        Path file = dir.resolve("orders.yaml");

        Result r = run("init", "--file", file.toString(), "--name", "orders");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("(application orders)");
        ApplicationSpec spec = new SpecReader(Map.of()).read(file);
        assertThat(spec.name()).isEqualTo("orders");
        assertThat(spec.logging().logGroup()).isEqualTo("/aws/kinesis-analytics/orders");
        assertThat(spec.withName(ApplicationSpec.DEFAULT_NAME)).isEqualTo(defaultsWithTemplateProperties(file));
    }

    @Test
    void shouldRefuseToOverwriteWithoutForce() throws IOException {
        Path file = Files.writeString(dir.resolve("flinkctl.yaml"), "name: mine\n");

        Result r = run("init", "-f", file.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("flinkctl: " + file + " exists: pass --force to overwrite it" + NL);
        assertThat(r.out()).isEmpty();
        assertThat(file).hasContent("name: mine");
    }

    @Test
    void shouldOverwriteWithForce() throws IOException {
        Path file = Files.writeString(dir.resolve("flinkctl.yaml"), "name: mine\n");

        Result r = run("init", "-f", file.toString(), "--force");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.OK);
        assertThat(new SpecReader(Map.of()).read(file).name()).isEqualTo(ApplicationSpec.DEFAULT_NAME);
    }

    @Test
    void shouldRejectAnInvalidNameWithoutWriting() {
        Path file = dir.resolve("flinkctl.yaml");

        Result r = run("init", "-f", file.toString(), "--name", "my app");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("flinkctl: invalid application name 'my app': use 1 to 128 letters, digits, "
                + "'_', '.' or '-'" + NL);
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldNameAMissingDirectory() {
        Path file = dir.resolve("missing/flinkctl.yaml");

        Result r = run("init", "-f", file.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).isEqualTo("flinkctl: cannot write " + file + ": directory " + dir.resolve("missing")
                + " does not exist" + NL);
    }

    @Test
    void shouldBeListedInTheHelp() {
        Result r = run("--help");

        assertThat(r.out()).contains("init");
    }
}
