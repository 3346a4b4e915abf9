package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The install layout has a man page (section 1) for every command, and man renders them. */
class ManPagesIT {
    private static final Path MAN1 = Installed.DIST.resolve("share/man/man1");
    /** A subcommand in a page's COMMANDS section, as asciidoctor writes it: {@code \fBcreate\fP} on its own line. */
    private static final Pattern SUBCOMMAND = Pattern.compile("^\\\\fB([a-z][a-z0-9-]*)\\\\fP$");

    @Test
    void everyCommandReachableFromTheRootPageHasItsOwnPageAndThereAreNoOthers() throws IOException {
        Set<String> reachable = new TreeSet<>();
        collect("flinkctl", reachable);

        assertThat(pageNames()).containsExactlyInAnyOrderElementsOf(reachable)
                .contains("flinkctl", "flinkctl-deploy", "flinkctl-snapshot", "flinkctl-snapshot-create",
                        "flinkctl-cost-report", "flinkctl-local-up", "flinkctl-completion");
    }

    @Test
    void rootPageListsTheCommandsOfTheInstalledLauncher(@TempDir Path workDir) throws Exception {
        Installed.Result help = Installed.flinkctl(workDir, Duration.ofSeconds(30), "--help");

        assertThat(help.exitCode()).as("%s", help).isZero();
        assertThat(subcommands("flinkctl")).isNotEmpty().containsExactlyElementsOf(helpCommands(help.out()));
    }

    @Test
    void manRendersNameSynopsisDescriptionAndExamples(@TempDir Path workDir) throws Exception {
        assumeTrue(onPath("man"), "man is not installed");

        String page = man(workDir, MAN1.resolve("flinkctl-snapshot-create.1"));

        assertThat(page).contains("NAME", "flinkctl-snapshot-create - Take a snapshot", "SYNOPSIS",
                "flinkctl snapshot create", "DESCRIPTION", "OPTIONS", "--timeout", "EXIT CODES", "EXAMPLES",
                "flinkctl snapshot create my-app before-schema-change");
    }

    /** Adds {@code page} and, recursively, the pages of the subcommands its COMMANDS section lists. */
    private static void collect(String page, Set<String> into) throws IOException {
        into.add(page);
        for (String name : subcommands(page)) {
            collect(page + "-" + name, into);
        }
    }

    /** @return the subcommand names in the COMMANDS section of {@code page}.1, in order; empty for a leaf */
    private static List<String> subcommands(String page) throws IOException {
        List<String> names = new ArrayList<>();
        boolean inCommands = false;
        for (String line : Files.readAllLines(MAN1.resolve(page + ".1"))) {
            if (line.startsWith(".SH ")) {
                inCommands = line.equals(".SH \"COMMANDS\"");
            } else if (inCommands) {
                Matcher name = SUBCOMMAND.matcher(line);
                if (name.matches()) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

    /** @return the command names in the "Commands:" section of picocli's usage help, in order */
    private static List<String> helpCommands(String usage) {
        List<String> names = new ArrayList<>();
        boolean inCommands = false;
        for (String line : usage.split("\n")) {
            if (line.equals("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.isBlank()) {
                break;
            } else if (inCommands && line.startsWith("  ") && !line.startsWith("   ")) {
                names.add(line.trim().split("\\s+")[0]);
            }
        }
        return names;
    }

    private static List<String> pageNames() throws IOException {
        try (Stream<Path> pages = Files.list(MAN1)) {
            return pages.map(page -> page.getFileName().toString())
                    .peek(name -> assertThat(name).endsWith(".1"))
                    .map(name -> name.substring(0, name.length() - ".1".length()))
                    .toList();
        }
    }

    /** @return the page as man renders it for a pipe: plain text, 200 columns, no pager */
    private static String man(Path workDir, Path page) throws IOException, InterruptedException {
        Path out = workDir.resolve("man.out");
        ProcessBuilder builder = new ProcessBuilder("man", "-P", "cat", "-l", page.toString())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("MANWIDTH", "200");
        builder.environment().remove("MAN_KEEP_FORMATTING");
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("man finished").isTrue();
        assertThat(process.exitValue()).as("man's exit code").isZero();
        // Strip overstrike bold/underline (X\bX, _\bX) in case this man-db formats for a terminal anyway.
        return Files.readString(out).replaceAll(".\b", "");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
