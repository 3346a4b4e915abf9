package dev.flinkctl.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.flinkctl.run.Installation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapping from JobGraphMain's JSON to findings, and how the check runs the child JVM (with canned results). */
class OperatorUidCheckTest {
    private static final String GRAPH = """
            {"operators":[
             {"id":1,"name":"Source: numbers","uid":"numbers","stateful":true,"kind":"source"},
             {"id":2,"name":"Double","uid":null,"stateful":false,"kind":"operator"},
             {"id":4,
              "name":"Window(TumblingEventTimeWindows(60000), EventTimeTrigger, SumAggregator, PassThroughWindowFunction)",
              "uid":null,"stateful":true,"kind":"operator"},
             {"id":5,"name":"Keyed sum","uid":null,"stateful":true,"kind":"operator"},
             {"id":7,"name":"Discard: Writer","uid":null,"stateful":true,"kind":"sink"}]}
            """;

    @TempDir
    Path tmp;

    @Test
    void shouldWarnAboutEachStatefulOperatorWithoutUid() {
        assertThat(OperatorUidCheck.findings(GRAPH)).containsExactly(
                Finding.warning("operator-uid", "operator 'Window(TumblingEventTimeWindows(60000), EventTimeTrigger, "
                                + "SumAggregator, PassThroughWindowFunction)' has no uid: its state is lost when the job "
                                + "graph changes",
                        "add .uid(\"window-tumblingeventtimewindows-60000\") to it"),
                Finding.warning("operator-uid", "operator 'Keyed sum' has no uid: its state is lost when the job graph "
                        + "changes", "add .uid(\"keyed-sum\") to it"),
                Finding.warning("operator-uid", "operator 'Discard: Writer' has no uid: its state is lost when the job "
                        + "graph changes", "add .uid(\"discard\") to it"));
    }

    @Test
    void shouldFindNothingWhenEveryStatefulOperatorHasAUid() {
        assertThat(OperatorUidCheck.findings("{\"operators\":[{\"id\":1,\"name\":\"Source: s\",\"uid\":\"s\","
                + "\"stateful\":true,\"kind\":\"source\"},{\"id\":2,\"name\":\"Map\",\"uid\":null,\"stateful\":false,"
                + "\"kind\":\"operator\"}]}")).isEmpty();
    }

    @Test
    void shouldWarnWhenTheOutputIsNotTheGraph() {
        assertThat(OperatorUidCheck.findings("Starting Flink...\n")).extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.WARNING,
                        "operator-uid check failed: unexpected output from the job graph builder"));
    }

    @Test
    void shouldSkipWithAnInfoWhenFlinkctlIsNotInstalled() {
        OperatorUidCheck check = new OperatorUidCheck(Optional.empty(), (command, timeout) -> {
            throw new AssertionError("no child without an installation");
        });

        assertThat(check.check(tmp.resolve("job.jar"), null, null)).extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.INFO, "operator-uid check skipped: flinkctl's embedded Flink was not "
                        + "found (neither -Dflinkctl.home nor FLINKCTL_HOME is set)"));
    }

    @Test
    void shouldRunJobGraphMainOnTheInstallationsClasspath() throws IOException {
        Installation installation = installation();
        List<List<String>> commands = new ArrayList<>();
        OperatorUidCheck check = new OperatorUidCheck(Optional.of(installation), (command, timeout) -> {
            commands.add(command);
            assertThat(timeout).isEqualTo(Duration.ofSeconds(60));
            return new CapturingLauncher.Captured(0, GRAPH, "", false);
        });
        Path jar = tmp.resolve("job.jar");
        Path properties = tmp.resolve("application_properties.json");

        assertThat(check.check(jar, "com.example.Job", properties)).hasSize(3);
        assertThat(commands).containsExactly(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + installation.runnerJvmOptions(),
                "-cp", installation.localLibs() + "/*",
                "dev.flinkctl.local.lint.JobGraphMain",
                "--jar", jar.toString(),
                "--class", "com.example.Job",
                "--properties", properties.toString()));
    }

    @Test
    void shouldWarnWhenTheGraphCannotBeBuilt() throws IOException {
        OperatorUidCheck check = new OperatorUidCheck(Optional.of(installation()), (command, timeout) ->
                new CapturingLauncher.Captured(1, "", "flinkctl: operator-uid check: the job graph could not be built: "
                        + "runtime property Source.stream.name is missing\n", false));

        assertThat(check.check(tmp.resolve("job.jar"), null, null)).extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.WARNING, "operator-uid check failed: the job graph could not be built: "
                        + "runtime property Source.stream.name is missing"));
    }

    @Test
    void shouldWarnWhenTheChildTimesOut() throws IOException {
        OperatorUidCheck check = new OperatorUidCheck(Optional.of(installation()),
                (command, timeout) -> new CapturingLauncher.Captured(-1, "", "", true), Duration.ofSeconds(2));

        assertThat(check.check(tmp.resolve("job.jar"), null, null)).extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.WARNING,
                        "operator-uid check timed out: the job's main() did not build its graph within 2 s"));
    }

    @Test
    void shouldRunTheCheckFromTheLinterOnlyForARunnableJar() throws IOException {
        List<Path> checked = new ArrayList<>();
        OperatorUidCheck check = new OperatorUidCheck(Optional.of(installation()), (command, timeout) -> {
            checked.add(Path.of(command.get(command.indexOf("--jar") + 1)));
            return new CapturingLauncher.Captured(0, GRAPH, "", false);
        });
        RuntimeEnvironment runtime = RuntimeEnvironment.of("FLINK-1_20").orElseThrow();
        Path runnable = TestJars.in(tmp).compiled("11", "", Map.of("com.example.Job",
                "package com.example; public class Job { public static void main(String[] a) { } }"))
                .manifest("Main-Class", "com.example.Job").write("runnable.jar");
        Path noMain = TestJars.in(tmp).write("no-main.jar");

        assertThat(new JarLinter(check).lint(runnable, runtime)).extracting(Finding::code)
                .containsOnly("operator-uid").hasSize(3);
        assertThat(new JarLinter(check).lint(noMain, runtime)).extracting(Finding::code).containsExactly("main-class");
        assertThat(checked).containsExactly(runnable);
    }

    /** An installation home with the two things the check looks for. */
    private Installation installation() throws IOException {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("local"));
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/local.jvm-options"), "--add-opens=java.base/java.util=ALL-UNNAMED\n");
        return new Installation(home);
    }
}
