package dev.flinkctl.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check on a jar crafted for it, the clean case, and the included job's jar. */
class JarLinterTest {
    private static final RuntimeEnvironment FLINK_1_19 = RuntimeEnvironment.of("FLINK-1_19").orElseThrow();
    private static final RuntimeEnvironment FLINK_1_20 = RuntimeEnvironment.of("FLINK-1_20").orElseThrow();
    private static final RuntimeEnvironment FLINK_2_2 = RuntimeEnvironment.of("FLINK-2_2").orElseThrow();

    private static final String JOB = """
            package com.example;
            public final class Job {
                public static void main(String[] args) { System.out.println(Helper.greeting()); }
            }
            """;
    private static final String HELPER = """
            package com.example;
            public final class Helper {
                public static String greeting() { return "hello"; }
            }
            """;
    private static final Map<String, String> JOB_AND_HELPER = Map.of("com.example.Job", JOB, "com.example.Helper", HELPER);

    private final JarLinter linter = new JarLinter();

    @TempDir
    Path tmp;

    @Test
    void shouldFindNothingInACleanJar() throws IOException {
        Path jar = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER)
                .manifest("Main-Class", "com.example.Job")
                .pomProperties("flink-connector-kinesis", "4.3.0-1.19")
                .write("clean.jar");

        assertThat(linter.lint(jar, FLINK_1_19)).isEmpty();
    }

    @Test
    void shouldReportClassesCompiledForANewerJavaThanTheRuntimes() throws IOException {
        Path jar = TestJars.in(tmp).compiled("17", "", JOB_AND_HELPER).manifest("Main-Class", "com.example.Job")
                .write("java17.jar");

        List<Finding> findings = linter.lint(jar, FLINK_1_20);

        assertThat(findings).containsExactly(Finding.error("class-version",
                "classes compiled for Java 17 (class file 61), but FLINK-1_20 runs Java 11: 2 classes, "
                        + "e.g. com/example/Helper.class",
                "compile with --release 11 (maven.compiler.release) and use dependencies built for Java 11 or older"));
        assertThat(linter.lint(jar, FLINK_2_2)).as("FLINK-2_2 runs Java 17").isEmpty();
    }

    @Test
    void shouldIgnoreVersionedClassesOfAJarThatIsNotMultiRelease() throws IOException {
        Path jar = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER)
                .compiled("17", "META-INF/versions/17/", Map.of("com.example.Helper", HELPER))
                .compiled("17", "META-INF/versions/11/", Map.of("com.example.Helper", HELPER))
                .manifest("Main-Class", "com.example.Job")
                .write("not-multi-release.jar");

        assertThat(linter.lint(jar, FLINK_1_20)).as("no JVM loads META-INF/versions/ without Multi-Release: true")
                .isEmpty();
    }

    @Test
    void shouldCheckTheEntriesAMultiReleaseJarLoadsOnTheRuntimesJava() throws IOException {
        Path jar = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER)
                .compiled("17", "META-INF/versions/17/", Map.of("com.example.Helper", HELPER))
                .manifest("Main-Class", "com.example.Job").manifest("Multi-Release", "true")
                .write("multi-release.jar");
        assertThat(linter.lint(jar, FLINK_1_20)).as("Java 11 loads the base Helper; Java 17 the versioned one").isEmpty();

        Path broken = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER)
                .compiled("17", "META-INF/versions/11/", Map.of("com.example.Helper", HELPER))
                .manifest("Main-Class", "com.example.Job").manifest("Multi-Release", "true")
                .write("broken-multi-release.jar");
        assertThat(linter.lint(broken, FLINK_1_20)).extracting(Finding::severity, Finding::code, Finding::message)
                .containsExactly(tuple(Severity.ERROR, "class-version", "classes compiled for Java 17 (class file 61), "
                        + "but FLINK-1_20 runs Java 11: 1 class, e.g. META-INF/versions/11/com/example/Helper.class"));
    }

    @Test
    void shouldWarnAboutAClassAMultiReleaseJarHasOnlyForNewerJava() throws IOException {
        Path jar = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER, "com.example.Helper")
                .compiled("17", "META-INF/versions/17/", Map.of("com.example.Helper", HELPER))
                .manifest("Main-Class", "com.example.Job").manifest("Multi-Release", "true")
                .write("versioned-only.jar");

        assertThat(linter.lint(jar, FLINK_1_20)).extracting(Finding::severity, Finding::code, Finding::message)
                .containsExactly(tuple(Severity.WARNING, "class-version", "1 class of this multi-release jar exists only "
                        + "for Java versions above FLINK-1_20's Java 11, e.g. META-INF/versions/17/com/example/Helper.class"));
        assertThat(linter.lint(jar, FLINK_2_2)).isEmpty();
    }

    @Test
    void shouldReportFlinksOwnClassesButNotConnectors() throws IOException {
        byte[] fake = {1, 2, 3};
        TestJars jars = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER).manifest("Main-Class", "com.example.Job")
                .entry("org/apache/flink/connector/kinesis/sink/KinesisStreamsSink.class", fake)
                .entry("org/apache/flink/streaming/connectors/kinesis/FlinkKinesisConsumer.class", fake)
                .entry("org/apache/flink/kinesis/shaded/software/amazon/awssdk/core/SdkBytes.class", fake);
        assertThat(linter.lint(jars.write("connectors.jar"), FLINK_1_20)).isEmpty();

        Path jar = jars.entry("org/apache/flink/runtime/jobgraph/JobGraph.class", fake)
                .entry("org/apache/flink/streaming/api/environment/StreamExecutionEnvironment.class", fake)
                .entry("org/apache/flink/configuration/Configuration.class", fake)
                .write("flink.jar");

        assertThat(linter.lint(jar, FLINK_1_20)).containsExactly(Finding.error("flink-shaded",
                "3 of Flink's own classes are bundled (from flink-runtime, flink-streaming-java, flink-core), "
                        + "e.g. org/apache/flink/streaming/api/environment/StreamExecutionEnvironment.class; "
                        + "FLINK-1_20 provides them",
                "mark flink-runtime, flink-streaming-java, flink-core (and every other Flink artifact that is not a "
                        + "connector) as <scope>provided</scope>"));
    }

    @Test
    void shouldWarnAboutConfigPropertiesAtTheJarRoot() throws IOException {
        Path jar = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER).manifest("Main-Class", "com.example.Job")
                .entry("config.properties", "application_properties_file=/etc/flink/application_properties.json\n")
                .write("config.jar");

        assertThat(linter.lint(jar, FLINK_1_20)).extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.WARNING, "config-properties"));
    }

    @Test
    void shouldReportAMissingMainClass() throws IOException {
        Path jar = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER).write("no-main-class.jar");

        assertThat(linter.lint(jar, FLINK_1_20)).containsExactly(Finding.error("main-class",
                "the jar's manifest has no Main-Class, so MSF does not know what to run",
                "set <mainClass> in the maven-shade-plugin's ManifestResourceTransformer to the job's entry class"));
    }

    @Test
    void shouldReportAMainClassThatIsNotInTheJar() throws IOException {
        Path jar = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER).manifest("Main-Class", "com.example.Missing")
                .write("wrong-main-class.jar");

        assertThat(linter.lint(jar, FLINK_1_20)).extracting(Finding::code, Finding::message).containsExactly(tuple(
                "main-class", "the manifest's Main-Class com.example.Missing is not in the jar (no com/example/Missing.class)"));
    }

    @Test
    void shouldReportAMainClassWithoutMain() throws IOException {
        Path jar = TestJars.in(tmp).compiled("11", "", Map.of("com.example.Job", """
                        package com.example;
                        public final class Job {
                            static void main(String[] args) { }
                            public void main(String arg) { }
                        }
                        """))
                .manifest("Main-Class", "com.example.Job").write("no-main.jar");

        assertThat(linter.lint(jar, FLINK_1_20)).containsExactly(Finding.error("main-class",
                "the manifest's Main-Class com.example.Job has no public static void main(String[])",
                "add public static void main(String[] args) to com.example.Job, or set <mainClass> in the "
                        + "maven-shade-plugin's ManifestResourceTransformer to the class that has it"));
    }

    @Test
    void shouldAcceptAMainInheritedFromASuperclassInTheJar() throws IOException {
        Path jar = TestJars.in(tmp).compiled("11", "", Map.of(
                        "com.example.BaseJob",
                        "package com.example; public class BaseJob { public static void main(String[] a) { } }",
                        "com.example.Job", "package com.example; public final class Job extends BaseJob { }"))
                .manifest("Main-Class", "com.example.Job").write("inherited-main.jar");

        assertThat(linter.lint(jar, FLINK_1_20)).isEmpty();
    }

    @Test
    void shouldCompareConnectorVersionsWithTheRuntimesFlink() throws IOException {
        Path jar = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER).manifest("Main-Class", "com.example.Job")
                .pomProperties("flink-connector-kinesis", "4.3.0-1.19")
                .pomProperties("flink-connector-kafka", "3.0.2-1.18")
                .pomProperties("flink-connector-base", "1.20.1")
                .write("connectors.jar");

        assertThat(linter.lint(jar, FLINK_1_20)).containsExactly(
                Finding.warning("connector-version",
                        "flink-connector-kafka 3.0.2-1.18 is built for Flink 1.18, but FLINK-1_20 runs Flink 1.20",
                        "use the flink-connector-kafka release for Flink 1.20 (or 1.19)"),
                Finding.info("connector-version", "flink-connector-kinesis 4.3.0-1.19 is built for Flink 1.19 and runs on "
                                + "FLINK-1_20 (Flink 1.20): connectors are released for a Flink minor and run on the next ones",
                        "nothing to do; prefer a release for Flink 1.20 when there is one"));
    }

    @Test
    void shouldReportKinesisConnectorsThatMsfRejectsOrThatPredateTheExternalizedOnes() throws IOException {
        Path rejected = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER).manifest("Main-Class", "com.example.Job")
                .pomProperties("flink-connector-kinesis_2.12", "1.13.2").write("kinesis-1.13.jar");
        Path inTree = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER).manifest("Main-Class", "com.example.Job")
                .pomProperties("flink-connector-kinesis", "1.15.4").write("kinesis-1.15.jar");

        assertThat(linter.lint(rejected, FLINK_1_20)).containsExactly(Finding.error("connector-version",
                "flink-connector-kinesis 1.13.2 is older than 1.15.2: MSF rejects the application with "
                        + "\"An unsupported Kinesis connector version has been detected\"",
                "update flink-connector-kinesis to 1.15.2 or later (4.x, e.g. 4.3.0-1.19, for Flink 1.16 and later)"));
        assertThat(linter.lint(inTree, FLINK_1_20)).containsExactly(Finding.warning("connector-version",
                "flink-connector-kinesis 1.15.4 is built for Flink 1.15, but FLINK-1_20 runs Flink 1.20",
                "use flink-connector-kinesis 4.x (e.g. 4.3.0-1.19) instead of the in-tree connector"));
        assertThat(linter.lint(inTree, RuntimeEnvironment.of("FLINK-1_15").orElseThrow())).isEmpty();
    }

    @Test
    void shouldAcceptConnectorsBuiltForFlink2OnFlink22() throws IOException {
        Path jar = TestJars.in(tmp).compiled("17", "", JOB_AND_HELPER).manifest("Main-Class", "com.example.Job")
                .pomProperties("flink-connector-kinesis", "6.0.0-2.0").write("flink2.jar");

        assertThat(linter.lint(jar, FLINK_2_2)).extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.INFO, "connector-version"));
    }

    @Test
    void shouldRejectAJarAboveMsfsLimit() throws IOException {
        Path small = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER).manifest("Main-Class", "com.example.Job")
                .write("small.jar");
        // A zip may start with any preamble (self-extracting archives do): 600 MiB of sparse zeros, then the jar.
        Path big = tmp.resolve("big.jar");
        try (SeekableByteChannel out = Files.newByteChannel(big, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.SPARSE)) {
            out.position(600L * 1024 * 1024);
            out.write(ByteBuffer.wrap(Files.readAllBytes(small)));
        }

        assertThat(linter.lint(big, FLINK_1_20)).extracting(Finding::severity, Finding::code, Finding::message)
                .containsExactly(tuple(Severity.ERROR, "jar-size", "the jar is 601 MiB; MSF refuses jars above 512 MiB"));
    }

    @Test
    void shouldWarnAboveHalfTheLimit() {
        assertThat(JarSizeCheck.check(256L * 1024 * 1024)).isEmpty();
        assertThat(JarSizeCheck.check(300L * 1024 * 1024)).extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.WARNING,
                        "the jar is 300 MiB, more than half of MSF's 512 MiB limit: uploads and starts are slow"));
        assertThat(JarSizeCheck.check(512L * 1024 * 1024)).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(JarSizeCheck.check(512L * 1024 * 1024 + 1)).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void shouldWarnAboutTableFactoriesMissingFromTheServicesFile() throws IOException {
        // The factory interface is compiled alongside (as Flink's would be on MSF) but not bundled.
        Map<String, String> sources = Map.of(
                "org.apache.flink.table.factories.DynamicTableSourceFactory",
                "package org.apache.flink.table.factories; public interface DynamicTableSourceFactory { }",
                "com.example.table.BaseFactory",
                "package com.example.table; public abstract class BaseFactory implements "
                        + "org.apache.flink.table.factories.DynamicTableSourceFactory { }",
                "com.example.table.FooTableFactory",
                "package com.example.table; public class FooTableFactory extends BaseFactory { }",
                "com.example.table.BarTableFactory",
                "package com.example.table; public class BarTableFactory extends BaseFactory { }",
                "com.example.table.NotAFactory", "package com.example.table; public class NotAFactory { }");
        TestJars jars = TestJars.in(tmp).compiled("11", "", JOB_AND_HELPER).manifest("Main-Class", "com.example.Job")
                .compiled("11", "", sources, "org.apache.flink.table.factories.DynamicTableSourceFactory");

        Path unmerged = jars.entry(ServicesCheck.FACTORY_SERVICE,
                "# one connector's file won\ncom.example.table.FooTableFactory\n").write("unmerged.jar");
        assertThat(linter.lint(unmerged, FLINK_1_20)).containsExactly(Finding.warning("services-transformer",
                "1 table factory is not listed in META-INF/services/org.apache.flink.table.factories.Factory, "
                        + "e.g. com.example.table.BarTableFactory: the jar's services files were not merged, "
                        + "so Flink cannot find it",
                "add <transformer implementation=\"org.apache.maven.plugins.shade.resource.ServicesResourceTransformer\"/> "
                        + "to the maven-shade-plugin's <transformers>"));

        Path merged = jars.entry(ServicesCheck.FACTORY_SERVICE,
                "com.example.table.FooTableFactory\ncom.example.table.BarTableFactory\n").write("merged.jar");
        assertThat(linter.lint(merged, FLINK_1_20)).isEmpty();
    }

    @Test
    void shouldReportAFileThatIsNotAJar() throws IOException {
        Path text = Files.writeString(tmp.resolve("job.jar"), "not a zip");

        assertThat(linter.lint(text, FLINK_1_20)).extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.ERROR, "not-a-jar"));
    }

    @Test
    void shouldThrowWhenTheJarCannotBeRead() {
        assertThatThrownBy(() -> linter.lint(tmp.resolve("missing.jar"), FLINK_1_20))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.jar");
    }

    @Test
    void shouldFindNoErrorOrWarningInTheIncludedJob() {
        String property = System.getProperty("flinkctl.jobJar");
        assumeTrue(property != null && Files.isRegularFile(Path.of(property)),
                "the included job's jar is not built (mvn -pl job package)");

        for (RuntimeEnvironment runtime : List.of(FLINK_1_19, FLINK_1_20)) {
            assertThat(linter.lint(Path.of(property), runtime)).as(runtime.id())
                    .allSatisfy(finding -> assertThat(finding.severity()).isEqualTo(Severity.INFO));
        }
    }
}
