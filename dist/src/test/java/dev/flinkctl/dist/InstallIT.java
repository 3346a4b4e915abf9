package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.dist.Installed.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install.sh as CI runs it: {@code --from} the assembled layout (no Maven) into a temporary prefix that already holds
 * files of other software, again (an upgrade in place), then {@code --uninstall}.
 */
class InstallIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String INSTALL_SH = Installed.REPO.resolve("install.sh").toString();
    private static final String VERSION = System.getProperty("flinkctl.expectedVersion");
    private static final String MANIFEST = "lib/flinkctl/installed-files";
    private static final String CDS = "lib/flinkctl/flinkctl.jsa";

    @TempDir
    Path dir;

    @Test
    void shouldInstallUpgradeAndUninstallExactlyItsOwnFiles() throws Exception {
        Path prefix = dir.resolve("prefix");
        Files.createDirectories(prefix.resolve("share/man/man1"));
        Files.writeString(Files.createDirectories(prefix.resolve("bin")).resolve("other-tool"), "not flinkctl's\n");
        Files.writeString(prefix.resolve("share/man/man1/other-tool.1"), "not flinkctl's\n");
        Set<String> others = files(prefix);

        Result first = install("--from", Installed.DIST.toString(), "--prefix", prefix.toString());

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).startsWith("Installed flinkctl " + VERSION + " (")
                .contains(prefix + "/bin/flinkctl\n", "completion files, ");
        Set<String> layout = files(Installed.DIST);
        assertThat(layout).contains("bin/flinkctl", "share/bash-completion/completions/flinkctl");
        for (String file : layout) {
            assertThat(prefix.resolve(file)).as(file).hasSameBinaryContentAs(Installed.DIST.resolve(file));
        }
        assertThat(prefix.resolve("bin/flinkctl")).isExecutable();
        Set<String> installed = new TreeSet<>(layout);
        installed.add(MANIFEST);
        installed.add(CDS);
        assertThat(first.err()).doesNotContain("class-data-sharing");
        assertThat(manifestFiles(prefix)).isEqualTo(installed);
        assertThat(manifestDirs(prefix)).contains("lib/flinkctl/", "lib/flinkctl/cli/", "share/bash-completion/")
                .doesNotContain("bin/", "share/", "share/man/", "share/man/man1/");
        assertThat(files(prefix)).isEqualTo(union(others, installed));

        Result version = Installed.run(List.of(prefix.resolve("bin/flinkctl").toString(), "--version"), dir,
                TIMEOUT, Map.of());
        assertThat(version.out()).as(version.toString()).startsWith("flinkctl " + VERSION + "\n");
        assertThat(classesFromTheArchive(prefix, Map.of(), "--help")).contains("picocli.CommandLine",
                "dev.flinkctl.Flinkctl", "dev.flinkctl.command.StatusCommand");
        // An AWS call that fails at once (nothing listens on port 9): the SDK's classes come from the archive too.
        assertThat(classesFromTheArchive(prefix, Map.of("FLINKCTL_TARGET", "aws", "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test", "AWS_MAX_ATTEMPTS", "1",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:9"), "list"))
                .contains("software.amazon.awssdk.services.kinesisanalyticsv2.DefaultKinesisAnalyticsV2Client");

        Result upgrade = install("--from", Installed.DIST.toString(), "--prefix", prefix.toString());

        assertThat(upgrade.exitCode()).as(upgrade.toString()).isZero();
        assertThat(manifestFiles(prefix)).isEqualTo(installed);
        assertThat(files(prefix)).as("no staging directories are left").isEqualTo(union(others, installed));

        int createdDirs = manifestDirs(prefix).size();
        Result uninstall = install("--uninstall", "--prefix", prefix.toString());

        assertThat(uninstall.exitCode()).as(uninstall.toString()).isZero();
        assertThat(uninstall.out()).isEqualTo("Uninstalled flinkctl from " + prefix + ": removed "
                + installed.size() + " files and " + createdDirs + " directories.\n");
        assertThat(files(prefix)).isEqualTo(others);
        try (Stream<Path> all = Files.walk(prefix)) {
            assertThat(all.map(path -> prefix.relativize(path).toString()).filter(name -> !name.isEmpty()))
                    .containsExactlyInAnyOrder("bin", "bin/other-tool", "share", "share/man", "share/man/man1",
                            "share/man/man1/other-tool.1");
        }
    }

    @Test
    void uninstallOfAPrefixWithoutFlinkctlFailsWithOneLine() throws Exception {
        Path prefix = Files.createDirectories(dir.resolve("empty"));

        Result r = install("--uninstall", "--prefix", prefix.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("install.sh: no flinkctl installation in " + prefix
                + " (no lib/flinkctl/installed-files): pass the --prefix it was installed with\n");
    }

    @Test
    void aLauncherThatDoesNotRunFailsTheInstallWithItsError() throws Exception {
        Path layout = dir.resolve("broken");
        Files.createDirectories(layout.resolve("lib/flinkctl/cli"));
        Path launcher = Files.writeString(Files.createDirectories(layout.resolve("bin")).resolve("flinkctl"),
                "#!/bin/sh\necho 'flinkctl: cannot start' >&2\nexit 1\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Path prefix = dir.resolve("prefix");

        Result r = install("--from", layout.toString(), "--prefix", prefix.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("install.sh: installed into " + prefix + ", but '" + prefix
                + "/bin/flinkctl --version' failed (flinkctl: cannot start): run it to see the whole error\n");
    }

    private Result install(String... args) throws IOException, InterruptedException {
        return Installed.run(Stream.concat(Stream.of(INSTALL_SH), Stream.of(args)).toList(), dir, TIMEOUT,
                Map.of());
    }

    /** @return the regular files under {@code root}, relative to it */
    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(path -> root.relativize(path).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> manifestFiles(Path prefix) throws IOException {
        return manifest(prefix).stream().filter(line -> !line.endsWith("/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> manifestDirs(Path prefix) throws IOException {
        return manifest(prefix).stream().filter(line -> line.endsWith("/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> manifest(Path prefix) throws IOException {
        return Files.readAllLines(prefix.resolve(MANIFEST)).stream().filter(line -> !line.startsWith("#")).toList();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Runs the installed {@code flinkctl args} with class loading logged, and returns the classes that came from the
     * CDS archive (which the JVM maps only if it was made for this JDK and class path). The exit code is not checked.
     */
    private Set<String> classesFromTheArchive(Path prefix, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "class-load", ".log");
        Map<String, String> logging = new HashMap<>(env);
        logging.put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log);
        List<String> command = new ArrayList<>(List.of(prefix.resolve("bin/flinkctl").toString()));
        command.addAll(List.of(args));
        Installed.run(command, dir, TIMEOUT, logging);
        Set<String> shared = new TreeSet<>();
        for (String line : Files.readAllLines(log)) {
            int source = line.indexOf(" source: shared objects file");
            if (source > 0) {
                shared.add(line.substring(line.lastIndexOf(' ', source - 1) + 1, source));
            }
        }
        return shared;
    }
}
