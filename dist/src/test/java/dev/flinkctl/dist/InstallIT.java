package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.dist.Installed.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        // The CDS archive needs the launcher's FLINKCTL_CDS_DUMP; without it install.sh warns and goes on.
        if (Files.exists(prefix.resolve(CDS))) {
            installed.add(CDS);
        } else {
            assertThat(first.err()).contains("warning: could not create the class-data-sharing archive");
        }
        assertThat(manifestFiles(prefix)).isEqualTo(installed);
        assertThat(manifestDirs(prefix)).contains("lib/flinkctl/", "lib/flinkctl/cli/", "share/bash-completion/")
                .doesNotContain("bin/", "share/", "share/man/", "share/man/man1/");
        assertThat(files(prefix)).isEqualTo(union(others, installed));

        Result version = Installed.run(List.of(prefix.resolve("bin/flinkctl").toString(), "--version"), dir,
                TIMEOUT, Map.of());
        assertThat(version.out()).as(version.toString()).startsWith("flinkctl " + VERSION + "\n");

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
}
