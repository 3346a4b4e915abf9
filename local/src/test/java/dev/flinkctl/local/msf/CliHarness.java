package dev.flinkctl.local.msf;

import dev.flinkctl.CommandFactory;
import dev.flinkctl.Flinkctl;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.localenv.LocalState;
import dev.flinkctl.output.Prompt;
import dev.flinkctl.run.ChildProcessLauncher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs flinkctl commands in this JVM against the {@link EndpointHarness}'s endpoint and moto_server, as the local
 * target: it writes the {@code local.json} that {@code flinkctl local up} would write (both servers recorded with
 * this JVM's pid, which is alive and answers on both URLs) and a configuration that makes it the target. Commands go
 * through the real command line, the real SDK and HTTP.
 */
final class CliHarness {
    /** What one command did. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private final Deque<String> answers = new ArrayDeque<>();
    private final Path dataDir;

    /**
     * @param endpoint the endpoint harness (started)
     * @param moto     moto_server's URL
     * @param work     a directory for the configuration and the local environment's data
     */
    CliHarness(EndpointHarness endpoint, URI moto, Path work) throws Exception {
        this(endpoint, moto, work, "us-east-1");
    }

    /**
     * @param endpoint the endpoint harness (started)
     * @param moto     moto_server's URL
     * @param work     a directory for the configuration and the local environment's data
     * @param region   the region the local target says it is in (moto_server keeps CloudWatch data per region, so
     *                 another one than the endpoint's us-east-1 sees none of its metrics)
     */
    CliHarness(EndpointHarness endpoint, URI moto, Path work, String region) throws Exception {
        Path config = Files.createDirectories(work.resolve("config"));
        dataDir = Files.createDirectories(work.resolve("local"));
        env.put("FLINKCTL_CONFIG_DIR", config.toString());
        env.put("FLINKCTL_LOCAL_DIR", dataDir.toString());
        env.put("NO_COLOR", "1");
        ProcessHandle self = ProcessHandle.current();
        String startedAt = self.info().startInstant().map(Instant::toString).orElse(null);
        new LocalState(dataDir.toString(), region, "123456789012", Instant.now().toString(),
                new LocalState.Server(moto.toString(), moto.getPort(), self.pid(), startedAt),
                new LocalState.Server(endpoint.endpoint().endpoint().toString(),
                        endpoint.endpoint().endpoint().getPort(), self.pid(), startedAt),
                null, EndpointHarness.BUCKET, "transactions", "alerts", EndpointHarness.ROLE).write();
        Files.writeString(config.resolve("config.json"), "{\"target\":\"local\",\"local\":{\"dataDir\":\""
                + dataDir + "\"}}");
    }

    /** Sets an environment variable for the following commands (e.g. GITHUB_ACTIONS). */
    CliHarness env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** @return the environment the commands run with (configuration and local-environment directories, NO_COLOR) */
    Map<String, String> env() {
        return Map.copyOf(env);
    }

    /** Queues an answer for the next confirmation prompt; without one, prompts see no terminal. */
    CliHarness answer(String answer) {
        answers.add(answer);
        return this;
    }

    /** Runs {@code flinkctl args...}. */
    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /**
     * Runs {@code flinkctl args...} writing to {@code out} and {@code err} as it goes, for commands that follow
     * something until interrupted.
     *
     * @return the exit code
     */
    int run(PrintWriter out, PrintWriter err, String... args) {
        Host current = Host.current();
        Host host = new Host(Map.copyOf(env), current.userHome(), Optional::empty, current.java(), current.processes());
        Prompt prompt = question -> Optional.ofNullable(answers.poll());
        CommandFactory factory = new CommandFactory(new ChildProcessLauncher(), Optional::empty, () -> host, prompt);
        return Flinkctl.run(out, err, factory, args);
    }

    /** @return the arguments with {@code --local} appended, for commands that take it */
    static String[] local(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--local");
        return all.toArray(String[]::new);
    }
}
