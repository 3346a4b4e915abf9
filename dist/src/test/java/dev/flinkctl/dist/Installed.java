package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The assembled distribution (dist/target/flinkctl-VERSION), and a way to run its bin/flinkctl as a process. */
final class Installed {
    /** The assembled layout; the failsafe configuration passes its path. */
    static final Path DIST = Path.of(System.getProperty("flinkctl.dist"));
    /** The checkout (install.sh, action/); the failsafe configuration passes its path. */
    static final Path REPO = Path.of(System.getProperty("flinkctl.repo")).normalize();
    private static final Pattern PID = Pattern.compile("\"pid\"\\s*:\\s*(\\d+)");

    private Installed() {
    }

    /**
     * Runs {@code bin/flinkctl args} with JAVA_HOME set to this JVM's, in {@code workDir}, and waits up to
     * {@code timeout} for it.
     */
    static Result flinkctl(Path workDir, Duration timeout, String... args) throws IOException, InterruptedException {
        return flinkctl(workDir, timeout, Map.of(), args);
    }

    /** As {@link #flinkctl(Path, Duration, String...)}, with extra environment variables. */
    static Result flinkctl(Path workDir, Duration timeout, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(DIST.resolve("bin/flinkctl").toString());
        command.addAll(List.of(args));
        return run(command, workDir, timeout, env);
    }

    /**
     * Runs {@code command} (a script of the checkout, say) with JAVA_HOME set to this JVM's and {@code env} added, in
     * {@code workDir}, and waits up to {@code timeout} for it.
     */
    static Result run(List<String> command, Path workDir, Duration timeout, Map<String, String> env)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "flinkctl-", ".out");
        Path err = Files.createTempFile(workDir, "flinkctl-", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("FLINKCTL_HOME");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        assertThat(finished).as("%s did not finish within %s%n%s", String.join(" ", command), timeout, result)
                .isTrue();
        return result;
    }

    /** Exit code and output of one run; {@link #toString} is the assertion message. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    /**
     * Stops the local environment whose data directory is {@code dataDir} ({@code flinkctl local down}), and kills
     * the servers its state file names if they did not stop.
     */
    static void stopLocal(Path workDir, Map<String, String> env, Path dataDir) throws IOException, InterruptedException {
        flinkctl(workDir, Duration.ofMinutes(2), env, "local", "down");
        Path state = dataDir.resolve("local.json");
        if (Files.exists(state)) {
            Matcher pids = PID.matcher(Files.readString(state));
            while (pids.find()) {
                ProcessHandle.of(Long.parseLong(pids.group(1))).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }
}
