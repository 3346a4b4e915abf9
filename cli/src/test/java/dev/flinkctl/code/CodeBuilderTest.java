package dev.flinkctl.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three kinds of code; Maven builds run for real (offline) on a one-class project. */
class CodeBuilderTest {
    /** Plugin versions pinned to the ones the project's own build uses, so the offline build finds them in ~/.m2. */
    private static final String POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.example</groupId>
              <artifactId>tiny-job</artifactId>
              <version>1.0</version>
              <packaging>jar</packaging>
              <properties>
                <maven.compiler.release>11</maven.compiler.release>
                <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
              </properties>
              <build>
                <plugins>
                  <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                  <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.13.0</version></plugin>
                  <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.2</version></plugin>
                  <plugin>
                    <artifactId>maven-jar-plugin</artifactId><version>3.4.2</version>
                    <configuration><archive><manifest><mainClass>com.example.Job</mainClass></manifest></archive></configuration>
                  </plugin>
                </plugins>
              </build>
            </project>
            """;
    private static final String JOB = "package com.example; public class Job { public static void main(String[] a) { } }";

    /** The real runner, offline: the test must not reach a repository. */
    private static final ProcessRunner OFFLINE_MAVEN = (command, directory, output) -> {
        List<String> offline = new ArrayList<>(command);
        offline.add(1, "-o");
        return ProcessRunner.system().run(offline, directory, output);
    };

    @TempDir
    Path tmp;

    @Test
    void shouldBuildAMavenProjectAndPickItsJar() throws IOException {
        Path project = project("tiny", JOB);
        List<String> progress = new ArrayList<>();

        BuiltJar jar = new CodeBuilder(Optional::empty, OFFLINE_MAVEN).maven(project, null, progress::add);

        assertThat(jar.path()).isEqualTo(project.resolve("target/tiny-job-1.0.jar"));
        assertThat(jar.mainClass()).isEqualTo("com.example.Job");
        assertThat(jar.sizeBytes()).isEqualTo(Files.size(jar.path()));
        assertThat(progress).as("-q: Maven prints only errors").noneMatch(line -> line.contains("ERROR"));
    }

    @Test
    void shouldRunMvnWithBatchQuietPackageWithoutTests() throws IOException {
        Path project = project("recorded", JOB);
        List<List<String>> commands = new ArrayList<>();
        ProcessRunner recording = (command, directory, output) -> {
            commands.add(command);
            assertThat(directory).isEqualTo(project);
            Files.createDirectories(project.resolve("target"));
            for (String name : List.of("app-1.0.jar", "original-app-1.0.jar", "app-1.0-sources.jar", "app-1.0-tests.jar",
                    "app-1.0-javadoc.jar")) {
                Files.writeString(project.resolve("target").resolve(name), name);
            }
            return 0;
        };

        BuiltJar jar = new CodeBuilder(Optional::empty, recording).maven(project, null, line -> { });

        assertThat(commands).containsExactly(List.of("mvn", "-B", "-q", "package", "-DskipTests"));
        assertThat(jar.path().getFileName()).hasToString("app-1.0.jar");
    }

    @Test
    void shouldUseTheMavenWrapperWhenTheProjectHasOne() throws IOException {
        Path project = project("wrapped", JOB);
        Path wrapper = Files.writeString(project.resolve("mvnw"), "#!/bin/sh\n");
        assertThat(wrapper.toFile().setExecutable(true)).isTrue();
        List<String> executables = new ArrayList<>();

        assertThatThrownBy(() -> new CodeBuilder(Optional::empty, (command, directory, output) -> {
            executables.add(command.get(0));
            return 0;
        }).maven(project, null, line -> { })).isInstanceOf(FlinkctlException.class);
        assertThat(executables).containsExactly(wrapper.toString());
    }

    @Test
    void shouldFailWithMavensLastLinesWhenTheBuildFails() throws IOException {
        Path project = project("broken", "package com.example; public class Job { this does not compile }");

        assertThatThrownBy(() -> new CodeBuilder(Optional::empty, OFFLINE_MAVEN).maven(project, null, line -> { }))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.FAILED);
                    assertThat(e.getMessage()).startsWith("mvn -B -q package -DskipTests failed in " + project
                                    + " (exit code 1): fix the build; its last lines:\n")
                            .contains("COMPILATION ERROR").contains("Job.java");
                });
    }

    @Test
    void shouldPickTheJarAGlobMatches() throws IOException {
        Path project = project("globbed", JOB);
        ProcessRunner twoJars = jars(project, "target/app-1.0.jar", "target/app-1.0-all.jar");

        BuiltJar jar = new CodeBuilder(Optional::empty, twoJars).maven(project, "target/*-all.jar", line -> { });

        assertThat(jar.path()).isEqualTo(project.resolve("target/app-1.0-all.jar"));
    }

    @Test
    void shouldRejectAGlobThatMatchesNoJarOrSeveral() throws IOException {
        Path project = project("ambiguous", JOB);
        CodeBuilder builder = new CodeBuilder(Optional::empty, jars(project, "target/app-1.0.jar", "target/app-1.0-all.jar"));

        assertThatThrownBy(() -> builder.maven(project, "target/*-shaded.jar", line -> { }))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(e.getMessage()).isEqualTo("the build produced no jar for artifact glob "
                            + "'target/*-shaded.jar': set the artifact glob (code.artifact) to the jar the build writes, "
                            + "relative to " + project);
                });
        assertThatThrownBy(() -> builder.maven(project, "target/*.jar", line -> { }))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(e.getMessage()).isEqualTo("artifact glob 'target/*.jar' matches several jars "
                            + "(target/app-1.0-all.jar, target/app-1.0.jar): set the artifact glob (code.artifact) to "
                            + "match one");
                });
        assertThatThrownBy(() -> builder.maven(project, null, line -> { }))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageContaining("are several jars");
    }

    @Test
    void shouldRejectADirectoryWithoutPom() {
        assertThatThrownBy(() -> new CodeBuilder(Optional::empty, OFFLINE_MAVEN).maven(tmp, null, line -> { }))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageContaining("is not a Maven project (no pom.xml)");
    }

    @Test
    void shouldDescribeAnExistingJar() throws IOException {
        Path jar = Files.writeString(tmp.resolve("app.jar"), "hello\n");

        assertThat(new CodeBuilder(Optional::empty, OFFLINE_MAVEN).jar(jar).sha256())
                .isEqualTo("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03");
    }

    @Test
    void shouldRejectAMissingJarOrADirectory() {
        CodeBuilder builder = new CodeBuilder(Optional::empty, OFFLINE_MAVEN);

        assertThatThrownBy(() -> builder.jar(tmp.resolve("missing.jar")))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageContaining("missing.jar not found");
        assertThatThrownBy(() -> builder.jar(tmp))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageContaining("is not a file");
    }

    @Test
    void shouldFindTheIncludedJobInTheInstallation() throws IOException {
        Path jar = tmp.resolve("home/job/flinkctl-job.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "hello\n");

        BuiltJar included = new CodeBuilder(() -> Optional.of(tmp.resolve("home")), OFFLINE_MAVEN).included();

        assertThat(included.path()).isEqualTo(jar);
    }

    @Test
    void shouldFallBackToTheJobJarPropertyForTheIncludedJob() throws IOException {
        Path jar = Files.writeString(tmp.resolve("flinkctl-job.jar"), "hello\n");
        String previous = System.getProperty(CodeBuilder.JOB_JAR_PROPERTY);
        System.setProperty(CodeBuilder.JOB_JAR_PROPERTY, jar.toString());
        try {
            assertThat(new CodeBuilder(Optional::empty, OFFLINE_MAVEN).included().path()).isEqualTo(jar);
        } finally {
            restore(previous);
        }
    }

    @Test
    void shouldReportAMissingIncludedJobAsNotFound() {
        String previous = System.getProperty(CodeBuilder.JOB_JAR_PROPERTY);
        System.clearProperty(CodeBuilder.JOB_JAR_PROPERTY);
        try {
            assertThatThrownBy(() -> new CodeBuilder(() -> Optional.of(tmp), OFFLINE_MAVEN).included())
                    .isInstanceOfSatisfying(FlinkctlException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.NOT_FOUND))
                    .hasMessage("the included job's jar was not found in " + tmp.resolve("job/flinkctl-job.jar")
                            + ": reinstall with ./install.sh, or give the spec a code.jar or code.maven");
        } finally {
            restore(previous);
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(CodeBuilder.JOB_JAR_PROPERTY);
        } else {
            System.setProperty(CodeBuilder.JOB_JAR_PROPERTY, previous);
        }
    }

    /** A stand-in for Maven that writes these files (relative to the project) and succeeds. */
    private static ProcessRunner jars(Path project, String... files) {
        return (command, directory, output) -> {
            for (String file : files) {
                Files.createDirectories(project.resolve(file).getParent());
                Files.writeString(project.resolve(file), file);
            }
            return 0;
        };
    }

    private Path project(String name, String job) throws IOException {
        Path project = tmp.resolve(name);
        Path source = project.resolve("src/main/java/com/example/Job.java");
        Files.createDirectories(source.getParent());
        Files.writeString(project.resolve("pom.xml"), POM);
        Files.writeString(source, job);
        try (Stream<Path> files = Files.list(project)) {
            assertThat(files).isNotEmpty();
        }
        return project;
    }
}
