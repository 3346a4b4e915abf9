package dev.flinkctl.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SpecReaderTest {
    private static final String FULL = """
            name: fraud-detection
            description: Card fraud detection
            runtimeEnvironment: FLINK-1_19
            serviceExecutionRole: arn:aws:iam::123456789012:role/msf
            code:
              maven: ../my-job
              artifact: target/my-job-*.jar
              bucket: my-artifacts
              prefix: jobs/
            scaling:
              parallelism: 4
              parallelismPerKpu: 2
              autoScaling: true
            checkpointing:
              enabled: true
              interval: 2m30s
              minPauseBetween: 500ms
            snapshots: false
            systemRollback: true
            monitoring:
              logLevel: warn
              metricsLevel: OPERATOR
            logging:
              enabled: false
              logGroup: /flink/fraud
              logStream: main
            properties:
              Source:
                type: generator
                rate: 100
                fraud-share: 0.02
                bounded: false
              Database:
                user: fraud
                password: { fromEnv: DB_PASSWORD, sensitive: true }
                apiKey: { value: abc, sensitive: true }
                host: { fromEnv: DB_HOST, default: localhost }
            vpc:
              subnetIds: [subnet-1, subnet-2]
              securityGroupIds: [sg-1]
            tags:
              team: fraud
              cost-center: 42
            deploy:
              timeout: 15min
              healthGate:
                period: 0s
                maxRestarts: 1
                maxFailedCheckpoints: 2
            """;
    private static final Map<String, String> ENV = Map.of("DB_PASSWORD", "s3cret-pw");
    private static final String TOP_KEYS = "name, description, runtimeEnvironment, serviceExecutionRole, code, "
            + "scaling, checkpointing, snapshots, snapshotRetention, systemRollback, monitoring, logging, properties, vpc, tags, deploy, cost";

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("app/flinkctl.yaml");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, yaml);
    }

    private ApplicationSpec read(String yaml) throws IOException {
        return new SpecReader(ENV).read(write(yaml));
    }

    @Test
    void shouldReadEveryFieldOfAFullSpec() throws IOException {
        ApplicationSpec spec = read(FULL);

        assertThat(spec.file()).isEqualTo(dir.resolve("app/flinkctl.yaml").toAbsolutePath());
        assertThat(spec.name()).isEqualTo("fraud-detection");
        assertThat(spec.description()).isEqualTo("Card fraud detection");
        assertThat(spec.runtimeEnvironment()).isEqualTo("FLINK-1_19");
        assertThat(spec.serviceExecutionRole()).isEqualTo("arn:aws:iam::123456789012:role/msf");
        assertThat(spec.code()).isEqualTo(new CodeSpec(null, dir.resolve("my-job").toAbsolutePath(),
                "target/my-job-*.jar", "my-artifacts", "jobs/"));
        assertThat(spec.code().kind()).isEqualTo(CodeSpec.Kind.MAVEN);
        assertThat(spec.scaling()).isEqualTo(new ScalingSpec(4, 2, true));
        assertThat(spec.checkpointing()).isEqualTo(
                new CheckpointSpec(true, true, Duration.ofSeconds(150), Duration.ofMillis(500)));
        assertThat(spec.snapshots()).isFalse();
        assertThat(spec.systemRollback()).isTrue();
        assertThat(spec.monitoring()).isEqualTo(new MonitoringSpec(true, "WARN", "OPERATOR"));
        assertThat(spec.logging()).isEqualTo(new LoggingSpec(false, "/flink/fraud", "main"));
        assertThat(spec.properties()).containsExactly(
                Map.entry("Source", Map.of("type", PropertyValue.of("generator"), "rate", PropertyValue.of("100"),
                        "fraud-share", PropertyValue.of("0.02"), "bounded", PropertyValue.of("false"))),
                Map.entry("Database", Map.of("user", PropertyValue.of("fraud"),
                        "password", new PropertyValue("s3cret-pw", true, "DB_PASSWORD"),
                        "apiKey", new PropertyValue("abc", true, null),
                        "host", new PropertyValue("localhost", false, "DB_HOST"))));
        assertThat(spec.properties().get("Database").keySet()).containsExactly("user", "password", "apiKey", "host");
        assertThat(spec.vpc()).isEqualTo(new VpcSpec(List.of("subnet-1", "subnet-2"), List.of("sg-1")));
        assertThat(spec.tags()).containsExactly(Map.entry("team", "fraud"), Map.entry("cost-center", "42"));
        assertThat(spec.deploy()).isEqualTo(new DeploySpec(Duration.ofMinutes(15),
                new HealthGateSpec(Duration.ZERO, 1, 2)));
        assertThat(spec.deploy().healthGate().enabled()).isFalse();
    }

    @Test
    void shouldReadThePricesFileRelativeToTheSpec() throws IOException {
        assertThat(read("name: x\ncost:\n  prices: ../prices/msf.yaml\n").cost().prices())
                .isEqualTo(dir.resolve("prices/msf.yaml").toAbsolutePath());
        assertThat(read("name: x\n").cost()).isEqualTo(CostSpec.NONE);
        assertThatThrownBy(() -> read("name: x\ncost:\n  price: a.yaml\n")).hasMessageContaining("unknown key 'price' in cost: did you mean 'prices'");
    }

    @Test
    void shouldReadTheSnapshotRetention() throws IOException {
        assertThat(read("name: x\nsnapshotRetention:\n  keep: 10\n  olderThan: 7d\n").snapshotRetention())
                .isEqualTo(new SnapshotRetention(10, Duration.ofDays(7)));
        assertThat(read("name: x\nsnapshotRetention:\n  olderThan: 36h\n").snapshotRetention())
                .isEqualTo(new SnapshotRetention(null, Duration.ofHours(36)));
        assertThat(read("name: x\n").snapshotRetention()).isEqualTo(SnapshotRetention.NONE);
    }

    @Test
    void shouldFillEveryDefaultForJustAName() throws IOException {
        ApplicationSpec spec = read("name: fraud-detection\n");

        assertThat(spec).usingRecursiveComparison().ignoringFields("file").isEqualTo(ApplicationSpec.defaults());
        assertThat(spec.code().kind()).isEqualTo(CodeSpec.Kind.INCLUDED);
        assertThat(spec.checkpointing().custom()).isFalse();
        assertThat(spec.monitoring().custom()).isFalse();
        assertThat(spec.deploy().healthGate().enabled()).isTrue();
    }

    @Test
    void shouldDeriveTheLogGroupFromTheName() throws IOException {
        ApplicationSpec spec = read("name: orders\n");

        assertThat(spec.logging()).isEqualTo(new LoggingSpec(true, "/aws/kinesis-analytics/orders",
                "kinesis-analytics-log-stream"));
        assertThat(spec.logging().logStreamArn("eu-west-1", "123456789012")).isEqualTo(
                "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/kinesis-analytics/orders"
                        + ":log-stream:kinesis-analytics-log-stream");
    }

    @Test
    void shouldTreatEmptySectionsAsDefaults() throws IOException {
        ApplicationSpec spec = read("name: fraud-detection\ncode:\ncheckpointing:\nmonitoring: ~\ndeploy:\n");

        assertThat(spec).usingRecursiveComparison().ignoringFields("file").isEqualTo(ApplicationSpec.defaults());
    }

    @Test
    void shouldResolveCodePathsAgainstTheSpecFilesDirectory() throws IOException {
        ApplicationSpec spec = read("name: x\ncode:\n  jar: ../build/./job.jar\n");

        assertThat(spec.code().jar()).isEqualTo(dir.resolve("build/job.jar").toAbsolutePath());
        assertThat(spec.code().jar()).isAbsolute();
        assertThat(spec.code().kind()).isEqualTo(CodeSpec.Kind.JAR);
        assertThat(spec.code().prefix()).isEqualTo("flinkctl/");
    }

    @Test
    void shouldKeepAbsoluteCodePaths() throws IOException {
        Path jar = dir.resolve("elsewhere/job.jar").toAbsolutePath();

        ApplicationSpec spec = read("name: x\ncode:\n  jar: " + jar + "\n");

        assertThat(spec.code().jar()).isEqualTo(jar);
    }

    @Test
    void shouldTakeAnEmptyVariableAsUnsetWhenThereIsADefault() throws IOException {
        Path file = write("name: x\nproperties:\n  Db:\n    host: { fromEnv: DB_HOST, default: localhost }\n");

        ApplicationSpec spec = new SpecReader(Map.of("DB_HOST", "")).read(file);

        assertThat(spec.properties().get("Db").get("host").value()).isEqualTo("localhost");
    }

    @Test
    void shouldPreferTheVariableOverItsDefault() throws IOException {
        Path file = write("name: x\nproperties:\n  Db:\n    host: { fromEnv: DB_HOST, default: localhost }\n");

        ApplicationSpec spec = new SpecReader(Map.of("DB_HOST", "db.internal")).read(file);

        assertThat(spec.properties().get("Db").get("host")).isEqualTo(new PropertyValue("db.internal", false,
                "DB_HOST"));
    }

    @Test
    void shouldNeverShowSecretsInJsonYamlOrToString() throws Exception {
        ApplicationSpec spec = read(FULL);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        ObjectMapper yaml = new YAMLMapper().registerModule(new JavaTimeModule());

        String asJson = json.writeValueAsString(spec);
        String asYaml = yaml.writeValueAsString(spec);

        for (String text : List.of(asJson, asYaml, spec.toString(), spec.properties().toString())) {
            assertThat(text).doesNotContain("s3cret-pw").doesNotContain("abc").contains("****");
        }
        assertThat(json.readTree(asJson).at("/properties/Database/password").asText()).isEqualTo("****");
        assertThat(json.readTree(asJson).at("/properties/Database/host").asText()).isEqualTo("localhost");
        assertThat(json.readTree(asJson).at("/scaling/parallelism").asInt()).isEqualTo(4);
    }

    @Test
    void shouldRenameTheDefaultLogGroupWithTheApplication() throws IOException {
        ApplicationSpec renamed = read("name: a\n").withName("b");
        ApplicationSpec custom = read("name: a\nlogging:\n  logGroup: /mine\n").withName("b");

        assertThat(renamed.logging().logGroup()).isEqualTo("/aws/kinesis-analytics/b");
        assertThat(custom.logging().logGroup()).isEqualTo("/mine");
        assertThat(renamed.withServiceExecutionRole("arn:aws:iam::123456789012:role/r").serviceExecutionRole())
                .isEqualTo("arn:aws:iam::123456789012:role/r");
    }

    static Stream<Arguments> badSpecs() {
        return Stream.of(
                bad("unknown top-level key with a suggestion",
                        "nmae: x",
                        "1:1: unknown top-level key 'nmae': did you mean 'name'? (known: TOP_KEYS)"),
                bad("unknown nested key with a suggestion",
                        "name: x\nscaling:\n  paralelism: 2",
                        "3:3: unknown key 'paralelism' in scaling: did you mean 'parallelism'? (known: parallelism, "
                                + "parallelismPerKpu, autoScaling)"),
                bad("unknown nested key without a suggestion",
                        "name: x\nscaling:\n  foo: 2",
                        "3:3: unknown key 'foo' in scaling (known: parallelism, parallelismPerKpu, autoScaling)"),
                bad("unknown key in a property value",
                        "name: x\nproperties:\n  Db:\n    pw: { fromenv: PW }",
                        "4:11: unknown key 'fromenv' in properties.Db.pw: did you mean 'fromEnv'? (known: value, "
                                + "fromEnv, default, sensitive)"),
                bad("not a number",
                        "name: x\nscaling:\n  parallelism: two",
                        "3:16: scaling.parallelism must be an integer, not 'two'"),
                bad("not a mapping",
                        "name: x\nscaling: 3",
                        "2:10: scaling must be a mapping, not '3'"),
                bad("not a boolean",
                        "name: x\nsnapshots: maybe",
                        "2:12: snapshots must be true or false, not 'maybe'"),
                bad("not a list",
                        "name: x\nvpc:\n  subnetIds: subnet-1\n  securityGroupIds: [sg-1]",
                        "3:14: vpc.subnetIds must be a list, not 'subnet-1'"),
                bad("not a string",
                        "name: x\ndescription: [a, b]",
                        "2:14: description must be a string, not a list"),
                bad("a list for a document",
                        "- name: x",
                        "1:1: a spec file is a mapping of keys (name: ...), not a list"),
                bad("missing name",
                        "description: x",
                        "1:1: missing key 'name': name the application, e.g. 'name: fraud-detection'"),
                bad("bad name",
                        "name: my app",
                        "1:7: name must be 1 to 128 letters, digits, '_', '.' or '-', not 'my app'"),
                bad("bad runtime",
                        "name: x\nruntimeEnvironment: FLINK-1_17",
                        "2:21: runtimeEnvironment must be one of FLINK-1_13, FLINK-1_15, FLINK-1_18, FLINK-1_19, "
                                + "FLINK-1_20, FLINK-2_2, not 'FLINK-1_17'"),
                bad("bad log level",
                        "name: x\nmonitoring:\n  logLevel: TRACE",
                        "3:13: monitoring.logLevel must be one of INFO, WARN, ERROR, DEBUG, not 'TRACE'"),
                bad("bad metrics level",
                        "name: x\nmonitoring:\n  metricsLevel: JOB",
                        "3:17: monitoring.metricsLevel must be one of APPLICATION, TASK, OPERATOR, PARALLELISM, not "
                                + "'JOB'"),
                bad("parallelismPerKpu above 8",
                        "name: x\nscaling:\n  parallelismPerKpu: 9",
                        "3:22: scaling.parallelismPerKpu must be 1 to 8, not 9"),
                bad("parallelism 0",
                        "name: x\nscaling:\n  parallelism: 0",
                        "3:16: scaling.parallelism must be at least 1, not 0"),
                bad("unset environment variable",
                        "name: x\nproperties:\n  Database:\n    user: fraud\n"
                                + "    password: { fromEnv: DB_PW, sensitive: true }",
                        "5:15: properties.Database.password: environment variable DB_PW is not set: export it or "
                                + "give a default"),
                bad("value and fromEnv",
                        "name: x\nproperties:\n  Db:\n    pw: { value: a, fromEnv: PW }",
                        "4:30: properties.Db.pw: give value or fromEnv, not both"),
                bad("default without fromEnv",
                        "name: x\nproperties:\n  Db:\n    pw: { value: a, default: b }",
                        "4:30: properties.Db.pw.default applies only with fromEnv"),
                bad("empty property group",
                        "name: x\nproperties:\n  Db: {}",
                        "3:7: properties.Db must have 1 to 50 keys, not 0"),
                bad("bad property group id",
                        "name: x\nproperties:\n  My Group:\n    a: b",
                        "3:3: property group ids must be 1 to 50 letters, digits, '_', '.' or '-', not 'My Group'"),
                bad("list as a property value",
                        "name: x\nproperties:\n  G:\n    a: [1, 2]",
                        "4:8: properties.G.a must be a value (string, number, true/false) or a mapping with value or "
                                + "fromEnv, not a list"),
                bad("empty property value",
                        "name: x\nproperties:\n  G:\n    a: ''",
                        "4:8: properties.G.a must be 1 to 2048 characters, not 0"),
                bad("jar and maven",
                        "name: x\ncode:\n  jar: a.jar\n  maven: ../job",
                        "4:10: code.jar and code.maven are both set: give jar for a built jar or maven to have "
                                + "flinkctl build one"),
                bad("artifact without maven",
                        "name: x\ncode:\n  artifact: '*.jar'",
                        "3:13: code.artifact applies only with code.maven"),
                bad("bad bucket",
                        "name: x\ncode:\n  bucket: My_Bucket",
                        "3:11: code.bucket must be an S3 bucket name (3 to 63 lower-case letters, digits, '.' or "
                                + "'-'), not 'My_Bucket'"),
                bad("bad duration",
                        "name: x\ndeploy:\n  timeout: soon",
                        "3:12: deploy.timeout must be a duration (500ms, 5s, 10min, 1h, 2h30m or PT5S), not 'soon'"),
                bad("duration without unit",
                        "name: x\ncheckpointing:\n  interval: 60",
                        "3:13: checkpointing.interval must be a duration (500ms, 5s, 10min, 1h, 2h30m or PT5S), not "
                                + "'60'"),
                bad("zero interval",
                        "name: x\ncheckpointing:\n  interval: 0s",
                        "3:13: checkpointing.interval must be at least 1ms, not 0s"),
                bad("negative timeout",
                        "name: x\ndeploy:\n  timeout: PT-5S",
                        "3:12: deploy.timeout must be more than zero, not -5s"),
                bad("negative restarts",
                        "name: x\ndeploy:\n  healthGate:\n    maxRestarts: -1",
                        "4:18: deploy.healthGate.maxRestarts must not be negative, not -1"),
                bad("retention keeping nothing",
                        "name: x\nsnapshotRetention:\n  keep: 0",
                        "3:9: snapshotRetention.keep must be at least 1 (the newest READY snapshot is always kept), "
                                + "not 0"),
                bad("retention without limits",
                        "name: x\nsnapshotRetention: {}",
                        "2:20: snapshotRetention needs keep, olderThan or both, e.g. 'keep: 10' and 'olderThan: 7d'"),
                bad("flinkctl's own tag",
                        "name: x\ntags:\n  flinkctl:pinned:s1: yes",
                        "3:3: tag keys starting with 'flinkctl:' are flinkctl's own (snapshot pins): rename tag "
                                + "'flinkctl:pinned:s1'"),
                bad("no subnets",
                        "name: x\nvpc:\n  subnetIds: []\n  securityGroupIds: [sg-1]",
                        "3:14: vpc.subnetIds must list 1 to 16 ids, not 0"),
                bad("missing security groups",
                        "name: x\nvpc:\n  subnetIds: [s-1]",
                        "3:3: vpc.securityGroupIds is required with vpc: list 1 to 5 ids"),
                bad("bad role",
                        "name: x\nserviceExecutionRole: admin",
                        "2:23: serviceExecutionRole must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME), not "
                                + "'admin'"),
                bad("duplicate key",
                        "name: x\nscaling:\n  parallelism: 1\n  parallelism: 2",
                        "4:3: duplicate key 'parallelism' in scaling: it is already set on line 3"),
                bad("alias",
                        "name: &n x\ndescription: *n",
                        "2:14: YAML aliases (*n) are not supported in description: repeat the value"),
                bad("two documents",
                        "name: x\n---\nname: y",
                        "3:1: a spec file holds one YAML document: remove the second '---' and what follows it"),
                bad("YAML syntax error",
                        "name: x\n  bad: : [",
                        "2:6: invalid YAML: mapping values are not allowed here"),
                bad("unclosed flow sequence",
                        "name: x\ntags: [a\n",
                        "4:1: invalid YAML: expected ',' or ']', but got <stream end> "
                                + "(while parsing a flow sequence at line 2, column 7)")
        );
    }

    private static Arguments bad(String problem, String yaml, String expected) {
        return Arguments.of(problem, yaml, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSpecs")
    void shouldReportBadSpecsOnOneLineWithTheirLocation(String problem, String yaml, String expected)
            throws IOException {
        Path file = write(yaml + "\n");

        assertThatThrownBy(() -> new SpecReader(Map.of()).read(file))
                .isInstanceOf(FlinkctlException.class)
                .hasMessage(file + ":" + expected.replace("TOP_KEYS", TOP_KEYS))
                .hasMessageNotContaining("\n")
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void shouldNotPrintTooLongValues() throws IOException {
        Path file = write("name: x\nproperties:\n  G:\n    k: { fromEnv: BIG, sensitive: true }\n");

        assertThatThrownBy(() -> new SpecReader(Map.of("BIG", "y".repeat(2049))).read(file))
                .hasMessage(file + ":4:8: properties.G.k must be 1 to 2048 characters, not 2049 "
                        + "(from environment variable BIG)");
    }

    @Test
    void shouldNameTheFileWhenItIsMissing() {
        Path file = Path.of("no-such-dir", "x.yaml");

        assertThatThrownBy(() -> new SpecReader(Map.of()).read(file))
                .isInstanceOf(FlinkctlException.class)
                .hasMessage("no such spec file: " + file + ": create one with 'flinkctl init' or pass -f FILE")
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "'# only a comment\\n'", "'---\\n'"})
    void shouldRejectAnEmptyFile(String yaml) throws IOException {
        Path file = write(yaml.replace("\\n", "\n"));

        assertThatThrownBy(() -> new SpecReader(Map.of()).read(file))
                .isInstanceOf(FlinkctlException.class)
                .hasMessage(file + ": the spec file is empty: it needs at least 'name: my-application' "
                        + "(or run 'flinkctl init --force' to write a starter)")
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void shouldRejectTextThatIsNotUtf8() throws IOException {
        Path file = write("");
        Files.write(file, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new SpecReader(Map.of()).read(file))
                .hasMessage(file + ": not UTF-8 text: save it as UTF-8");
    }

    @Test
    void shouldReadAFileWithAByteOrderMark() throws IOException {
        ApplicationSpec spec = read("\uFEFFname: x\n");

        assertThat(spec.name()).isEqualTo("x");
    }

    @Test
    void shouldRejectADirectory() {
        assertThatThrownBy(() -> new SpecReader(Map.of()).read(dir))
                .hasMessage(dir + " is a directory: pass -f FILE with a spec file");
    }
}
