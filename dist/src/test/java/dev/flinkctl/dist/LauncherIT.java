package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.dist.Installed.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/flinkctl of the assembled layout, started as a real process. */
class LauncherIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void version() throws Exception {
        Result r = Installed.flinkctl(dir, TIMEOUT, "--version");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("flinkctl " + System.getProperty("flinkctl.expectedVersion") + "\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void help() throws Exception {
        Result r = Installed.flinkctl(dir, TIMEOUT, "--help");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Usage: flinkctl").contains("run ", "completion ");
    }

    @Test
    void runWithAMissingInputFileIsAUsageError() throws Exception {
        Result r = Installed.flinkctl(dir, TIMEOUT, "run", "--input", "missing.jsonl");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("flinkctl: input file not found: " + dir.toRealPath().resolve("missing.jsonl")
                + ": pass an existing JSON-lines file of transactions to --input\n");
    }

    @Test
    void worksThroughASymlinkFromAnotherDirectory() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("flinkctl"), Installed.DIST.resolve("bin/flinkctl"));
        Path relativeLink = Files.createSymbolicLink(Files.createDirectories(dir.resolve("bin")).resolve("fc"),
                Path.of("../flinkctl"));

        for (Path launcher : new Path[] {link, relativeLink}) {
            Process process = new ProcessBuilder(launcher.toString(), "run", "--help")
                    .redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor()).as(out).isZero();
            assertThat(out).contains("Usage: flinkctl run");
        }
    }

    @Test
    void javaOlderThan17IsRejectedWithAClearError() throws Exception {
        Path fakeJdk = Files.createDirectories(dir.resolve("jdk8/bin"));
        Files.writeString(dir.resolve("jdk8/release"), "JAVA_VERSION=\"1.8.0_402\"\n");
        Path java = Files.writeString(fakeJdk.resolve("java"), "#!/bin/sh\necho should not run; exit 99\n");
        java.toFile().setExecutable(true);

        Result r = Installed.flinkctl(dir, TIMEOUT, Map.of("JAVA_HOME", dir.resolve("jdk8").toString()), "--version");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("flinkctl: Java 17 or newer is required, but " + java + " is Java 8: "
                + "install a JDK 17+ and put it on PATH or set JAVA_HOME\n");
    }

    @Test
    void missingJavaIsAClearError() throws Exception {
        Result r = Installed.flinkctl(dir, TIMEOUT, Map.of("JAVA_HOME", dir.resolve("no-jdk").toString()),
                "--version");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("flinkctl: JAVA_HOME is '" + dir.resolve("no-jdk")
                + "' but has no bin/java: point JAVA_HOME at a JDK 17+ or unset it\n");
    }
}
