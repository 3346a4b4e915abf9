package dev.flinkctl.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.run.Installation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code operator-uid}: stateful operators without an explicit uid. Flink derives a missing uid from the graph's
 * shape, so any change to the job moves the operator's state out of reach on restore (MSF best practice "set a UUID
 * for all operators", <a href="https://docs.aws.amazon.com/managed-flink/latest/java/best-practices.html">MSF best
 * practices</a>).
 *
 * <p>The CLI never loads Flink, so the graph is built in a child JVM on the installation's embedded Flink, the way
 * {@code flinkctl run} starts its runner: {@code <java.home>/bin/java @<home>/conf/local.jvm-options -cp
 * "<home>/local/*" dev.flinkctl.local.lint.JobGraphMain --jar <jar> [--class C] [--properties F]}. The job's
 * {@code main()} runs there without executing the job; it prints the operators as one JSON line.
 */
public final class OperatorUidCheck {
    /** The code of every finding of this check. */
    public static final String CODE = "operator-uid";
    /** How long building the job graph may take by default. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The entry point in the {@code local} module. */
    public static final String JOB_GRAPH_MAIN = "dev.flinkctl.local.lint.JobGraphMain";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHILD_PREFIX = "flinkctl: operator-uid check: ";

    private final Optional<Installation> installation;
    private final CapturingLauncher launcher;
    private final Duration timeout;

    /**
     * @param installation the flinkctl installation with the embedded Flink, or empty when there is none (the check
     *                     is then skipped with an INFO finding)
     * @param launcher     runs the child JVM
     */
    public OperatorUidCheck(Optional<Installation> installation, CapturingLauncher launcher) {
        this(installation, launcher, TIMEOUT);
    }

    /**
     * @param installation as above
     * @param launcher     runs the child JVM
     * @param timeout      how long the child may take before the check gives up with a WARNING
     */
    public OperatorUidCheck(Optional<Installation> installation, CapturingLauncher launcher, Duration timeout) {
        this.installation = installation;
        this.launcher = launcher;
        this.timeout = timeout;
    }

    /**
     * The check with the installation that {@link Installation#locate()} finds, and a real child process.
     *
     * @return the check (it skips itself when no installation is found)
     */
    public static OperatorUidCheck installed() {
        return new OperatorUidCheck(Installation.locate().map(Installation::new), new ChildProcessCapture());
    }

    /**
     * Builds the job graph of {@code jar} and reports its stateful operators without a uid.
     *
     * @param jar               the job jar
     * @param mainClass         the entry class, or null for the manifest's {@code Main-Class}
     * @param runtimeProperties an {@code application_properties.json} in MSF's format for the job's {@code main()}, or
     *                          null for none (the job's defaults)
     * @return one WARNING per stateful operator without a uid; one INFO when the check is skipped (no installation);
     *         one WARNING when the graph cannot be built or the child times out
     * @throws FlinkctlException with {@link ExitCodes#INTERRUPTED} if this thread is interrupted while waiting
     */
    public List<Finding> check(Path jar, String mainClass, Path runtimeProperties) {
        Optional<String> missing = missingRuntime();
        if (missing.isPresent()) {
            return List.of(Finding.info(CODE, "operator-uid check skipped: " + missing.get(),
                    "reinstall flinkctl with ./install.sh to check operator uids"));
        }
        CapturingLauncher.Captured result;
        try {
            result = launcher.run(command(installation.get(), jar, mainClass, runtimeProperties), timeout);
        } catch (IOException e) {
            return List.of(Finding.warning(CODE, "operator-uid check failed: cannot start java: " + e.getMessage(),
                    "check that " + javaExecutable() + " runs"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlinkctlException(ExitCodes.INTERRUPTED, "interrupted while building the job graph", e);
        }
        if (result.timedOut()) {
            return List.of(Finding.warning(CODE, "operator-uid check timed out: the job's main() did not build its "
                    + "graph within " + timeout.toSeconds() + " s",
                    "run the job locally with flinkctl run to see what it waits for"));
        }
        if (result.exitCode() != 0) {
            return List.of(Finding.warning(CODE, "operator-uid check failed: " + reason(result),
                    "pass the application's runtime properties, or run the job with flinkctl run to see the error"));
        }
        return findings(result.stdout());
    }

    /**
     * Maps {@code JobGraphMain}'s output to findings.
     *
     * @param json its one line: {@code {"operators":[{"id":..,"name":"..","uid":".."|null,"stateful":..,"kind":".."}]}}
     * @return one WARNING per stateful operator without a uid, in the graph's order; one WARNING if the output is not
     *         that JSON
     */
    static List<Finding> findings(String json) {
        JsonNode operators;
        try {
            operators = JSON.readTree(json).path("operators");
        } catch (IOException e) {
            operators = null;
        }
        if (operators == null || !operators.isArray()) {
            return List.of(Finding.warning(CODE,
                    "operator-uid check failed: unexpected output from the job graph builder",
                    "reinstall flinkctl with ./install.sh (the CLI and its embedded Flink may differ in version)"));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode operator : operators) {
            JsonNode uid = operator.path("uid");
            boolean noUid = uid.isMissingNode() || uid.isNull() || uid.asText().isBlank();
            if (operator.path("stateful").asBoolean(false) && noUid) {
                String name = operator.path("name").asText("?");
                findings.add(Finding.warning(CODE,
                        "operator '" + name + "' has no uid: its state is lost when the job graph changes",
                        "add .uid(\"" + suggestedUid(name) + "\") to it"));
            }
        }
        return findings;
    }

    /**
     * {@code Keyed sum} → {@code keyed-sum}: the house style for uids (stable kebab-case), cut at a word to at most
     * 40 characters.
     */
    static String suggestedUid(String name) {
        String uid = name.replaceFirst("^Source: ", "").replaceFirst(": Writer$", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (uid.length() > 40) {
            int lastWord = uid.lastIndexOf('-', 40);
            uid = lastWord > 0 ? uid.substring(0, lastWord) : uid.substring(0, 40);
        }
        return uid.isEmpty() ? "my-operator" : uid;
    }

    /** @return the child JVM's command line, as {@code run.LocalRunner} builds the runner's */
    static List<String> command(Installation installation, Path jar, String mainClass, Path runtimeProperties) {
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "@" + installation.runnerJvmOptions(),
                "-cp", installation.localLibs() + File.separator + "*",
                JOB_GRAPH_MAIN,
                "--jar", jar.toAbsolutePath().toString()));
        if (mainClass != null) {
            command.addAll(List.of("--class", mainClass));
        }
        if (runtimeProperties != null) {
            command.addAll(List.of("--properties", runtimeProperties.toAbsolutePath().toString()));
        }
        return command;
    }

    private Optional<String> missingRuntime() {
        if (installation.isEmpty()) {
            return Optional.of("flinkctl's embedded Flink was not found (neither -D" + Installation.HOME_PROPERTY
                    + " nor " + Installation.HOME_ENV + " is set)");
        }
        Installation home = installation.get();
        if (!Files.isDirectory(home.localLibs()) || !Files.isRegularFile(home.runnerJvmOptions())) {
            return Optional.of("flinkctl's embedded Flink is incomplete in " + home.home()
                    + " (local/, conf/local.jvm-options)");
        }
        return Optional.empty();
    }

    /** The child's own one-line reason, without its prefix; else its last line of stderr; else its exit code. */
    private static String reason(CapturingLauncher.Captured result) {
        List<String> lines = result.stderr().lines().filter(line -> !line.isBlank()).toList();
        for (String line : lines) {
            if (line.startsWith(CHILD_PREFIX)) {
                return line.substring(CHILD_PREFIX.length());
            }
        }
        return lines.isEmpty() ? "the job graph builder exited with code " + result.exitCode()
                : lines.get(lines.size() - 1) + " (exit code " + result.exitCode() + ")";
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
