package dev.flinkctl.code;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.run.Installation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Produces the job jar a deploy uploads: the included job, an existing jar, or one built from a Maven project.
 */
public final class CodeBuilder {
    /** The system property naming the included job's jar when there is no installation (tests, IDE runs). */
    public static final String JOB_JAR_PROPERTY = "flinkctl.job.jar";
    /** Maven's arguments: batch mode, quiet (errors only), no tests (the project's CI runs them). */
    static final List<String> MAVEN_ARGUMENTS = List.of("-B", "-q", "package", "-DskipTests");
    /** How many of Maven's last output lines a build failure shows. */
    static final int FAILURE_LINES = 20;

    private final Supplier<Optional<Path>> installationHome;
    private final ProcessRunner maven;

    /**
     * @param installationHome finds flinkctl's installation home, as {@link Installation#locate()} does
     * @param maven            runs the Maven build ({@link ProcessRunner#system()} outside tests)
     */
    public CodeBuilder(Supplier<Optional<Path>> installationHome, ProcessRunner maven) {
        this.installationHome = installationHome;
        this.maven = maven;
    }

    /**
     * The included fraud-detection job: the installation's {@code job/flinkctl-job.jar}, else the jar the system
     * property {@value #JOB_JAR_PROPERTY} names.
     *
     * @return the jar
     * @throws FlinkctlException with {@link ExitCodes#NOT_FOUND} if neither exists
     */
    public BuiltJar included() {
        Optional<Path> home = installationHome.get();
        if (home.isPresent()) {
            Path jar = new Installation(home.get()).jobJar();
            if (Files.isRegularFile(jar)) {
                return BuiltJar.of(jar);
            }
        }
        String property = System.getProperty(JOB_JAR_PROPERTY);
        if (property != null && !property.isBlank() && Files.isRegularFile(Path.of(property))) {
            return BuiltJar.of(Path.of(property));
        }
        String where = home.map(h -> " in " + new Installation(h).jobJar())
                .orElse(" (neither -D" + Installation.HOME_PROPERTY + " nor " + Installation.HOME_ENV + " is set)");
        throw new FlinkctlException(ExitCodes.NOT_FOUND, "the included job's jar was not found" + where
                + ": reinstall with ./install.sh, or give the spec a code.jar or code.maven");
    }

    /**
     * An existing jar file.
     *
     * @param jar the jar's path
     * @return the jar
     * @throws FlinkctlException with {@link ExitCodes#USAGE} if it does not exist or is not a regular file
     */
    public BuiltJar jar(Path jar) {
        Path absolute = jar.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new FlinkctlException(ExitCodes.USAGE, "jar " + absolute + " not found: build it first, or give the "
                    + "path of an existing jar");
        }
        if (!Files.isRegularFile(absolute)) {
            throw new FlinkctlException(ExitCodes.USAGE, absolute + " is not a file: give the path of the job's jar");
        }
        return BuiltJar.of(absolute);
    }

    /**
     * Builds a Maven project with {@code mvn -B -q package -DskipTests} ({@code ./mvnw} when the project has a
     * wrapper) and picks the jar it produced.
     *
     * @param project      the project directory (with {@code pom.xml})
     * @param artifactGlob a glob relative to {@code project} matching exactly one jar, e.g. {@code target/*-all.jar};
     *                     or null for the one jar in {@code target/} that is not {@code original-*.jar},
     *                     {@code *-sources.jar}, {@code *-javadoc.jar} or {@code *-tests.jar}
     * @param progress     receives Maven's output lines as they come
     * @return the jar
     * @throws FlinkctlException with {@link ExitCodes#USAGE} if {@code project} has no {@code pom.xml} or the jar
     *                           cannot be picked (no match, several matches); {@link ExitCodes#FAILED} if Maven
     *                           cannot be started or the build fails (with Maven's last lines);
     *                           {@link ExitCodes#INTERRUPTED} if interrupted
     */
    public BuiltJar maven(Path project, String artifactGlob, Consumer<String> progress) {
        Path directory = project.toAbsolutePath().normalize();
        if (!Files.isRegularFile(directory.resolve("pom.xml"))) {
            throw new FlinkctlException(ExitCodes.USAGE, directory + " is not a Maven project (no pom.xml): give the "
                    + "directory that holds the job's pom.xml");
        }
        List<String> command = Stream.concat(Stream.of(executable(directory)), MAVEN_ARGUMENTS.stream()).toList();
        Deque<String> last = new ArrayDeque<>();
        int exitCode;
        try {
            exitCode = maven.run(command, directory, line -> {
                if (last.size() == FAILURE_LINES) {
                    last.removeFirst();
                }
                last.addLast(line);
                progress.accept(line);
            });
        } catch (IOException e) {
            throw new FlinkctlException(ExitCodes.FAILED, "cannot run " + command.get(0) + " (" + e.getMessage()
                    + "): install Maven and put mvn on the PATH, or add the Maven wrapper (mvnw) to the project", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlinkctlException(ExitCodes.INTERRUPTED, "interrupted while building " + directory, e);
        }
        if (exitCode != 0) {
            throw new FlinkctlException(ExitCodes.FAILED, String.join(" ", command) + " failed in " + directory
                    + " (exit code " + exitCode + "): fix the build; its last lines:"
                    + last.stream().map(line -> "\n  " + line).collect(Collectors.joining()));
        }
        return BuiltJar.of(pick(directory, artifactGlob));
    }

    /** {@code ./mvnw} when the project has the wrapper (it pins the project's Maven version), else {@code mvn}. */
    private static String executable(Path project) {
        Path wrapper = project.resolve("mvnw");
        return Files.isRegularFile(wrapper) && Files.isExecutable(wrapper) ? wrapper.toString() : "mvn";
    }

    private static Path pick(Path project, String artifactGlob) {
        List<Path> jars = artifactGlob == null ? defaultJars(project) : globbed(project, artifactGlob);
        String what = artifactGlob == null ? "the jars in " + project.resolve("target")
                : "artifact glob '" + artifactGlob + "'";
        if (jars.isEmpty()) {
            throw new FlinkctlException(ExitCodes.USAGE, "the build produced no jar for " + what
                    + ": set the artifact glob (code.artifact) to the jar the build writes, relative to " + project);
        }
        if (jars.size() > 1) {
            throw new FlinkctlException(ExitCodes.USAGE, what + (artifactGlob == null ? " are" : " matches")
                    + " several jars ("
                    + jars.stream().map(j -> project.relativize(j).toString()).collect(Collectors.joining(", "))
                    + "): set the artifact glob (code.artifact) to match one");
        }
        return jars.get(0);
    }

    /** The jars in target/ other than the shade plugin's original-*.jar and attached sources, javadoc and tests. */
    private static List<Path> defaultJars(Path project) {
        Path target = project.resolve("target");
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".jar") && !name.startsWith("original-") && !name.endsWith("-sources.jar")
                        && !name.endsWith("-javadoc.jar") && !name.endsWith("-tests.jar");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> globbed(Path project, String glob) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> files = Files.walk(project)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> matcher.matches(project.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
