package dev.flinkctl.local.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.local.flink.EmbeddedFlink;
import dev.flinkctl.local.flink.RuntimeProperties;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.client.program.ProgramInvocationException;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.util.ExceptionUtils;

/**
 * The embedded runner behind {@code flinkctl run}: {@code RunMain <request.json>} (see {@link
 * RunRequest}). Runs the job on a MiniCluster in this JVM until it ends or Ctrl-C; the job's stdout
 * sink prints here, with a live status line on stderr when it is a terminal.
 *
 * <p>Exit codes: 0 the job finished, 1 it failed, 2 the request or the job's configuration is
 * invalid, 130 interrupted (Ctrl-C; the job is cancelled first).
 */
public final class RunMain {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_REQUEST = 2;
    static final int INTERRUPTED = 130;

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private RunMain() {}

    /** Entry point; exits with the code {@link #run} returns. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.console() != null));
    }

    /**
     * Runs a request.
     *
     * @param live whether stderr is an interactive terminal (draw a status line)
     * @return the exit code (see the class comment)
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean live) {
        if (args.length != 1) {
            err.println("flinkctl run: the runner takes one argument, the run request JSON file");
            return BAD_REQUEST;
        }
        RunRequest request;
        try {
            request = JSON.readValue(Path.of(args[0]).toFile(), RunRequest.class);
        } catch (IOException e) {
            err.println("flinkctl run: cannot read run request " + args[0] + ": " + e.getMessage());
            return BAD_REQUEST;
        }
        String problem = validate(request);
        if (problem != null) {
            err.println("flinkctl run: " + problem);
            return BAD_REQUEST;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("flinkctl-run-");
            return execute(request, work, out, err, live);
        } catch (Exception e) {
            err.println("flinkctl run: " + oneLine(e));
            return FAILED;
        } finally {
            deleteQuietly(work);
        }
    }

    private static int execute(RunRequest request, Path work, PrintStream out, PrintStream err, boolean live)
            throws Exception {
        Path parts = work.resolve("output");
        List<RunRequest.PropertyGroup> groups = EffectiveProperties.of(request, parts);
        Configuration jobConf = new Configuration();
        jobConf.set(CoreOptions.DEFAULT_PARALLELISM, request.parallelism());
        jobConf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, EffectiveProperties.checkpointInterval(request));
        try (TerminalStatus terminal = new TerminalStatus(out, err, live);
                EmbeddedFlink flink = EmbeddedFlink.start(request.parallelism(), new Configuration())) {
            JobGraph graph;
            try {
                graph = flink.jobGraph(request.jar(), request.mainClass(),
                        List.of(RuntimeProperties.write(work.resolve("properties"), groups)), jobConf, request.parallelism());
            } catch (ProgramInvocationException e) {
                Throwable cause = ExceptionUtils.stripException(e, ProgramInvocationException.class);
                err.println("flinkctl run: the job did not start: " + oneLine(cause));
                return cause instanceof IllegalArgumentException ? BAD_REQUEST : FAILED;
            }
            PrintStream previous = System.out;
            System.setOut(terminal.output()); // the job's stdout sink prints through the status line
            try {
                JobWatch watch = new JobWatch(flink, terminal, err);
                JobWatch.Outcome outcome = watch.run(graph);
                terminal.close();
                if (outcome == JobWatch.Outcome.FINISHED && request.outputFile() != null) {
                    long alerts = PartFiles.collect(parts, request.outputFile());
                    err.printf("flinkctl run: finished in %s; %d lines written to %s%n",
                            watch.elapsed(), alerts, request.outputFile());
                } else if (outcome == JobWatch.Outcome.FINISHED) {
                    err.printf("flinkctl run: finished in %s; %d lines printed%n", watch.elapsed(), terminal.lines());
                }
                return outcome.exitCode;
            } finally {
                System.setOut(previous);
            }
        }
    }

    private static String validate(RunRequest request) {
        if (request.jar() == null || !Files.isRegularFile(request.jar())) {
            return "job jar " + request.jar() + " not found: build it with ./install.sh or pass an existing jar";
        }
        if (request.parallelism() < 1) {
            return "parallelism must be at least 1, not " + request.parallelism();
        }
        if (request.checkpointIntervalMs() != null && request.checkpointIntervalMs() < 10) {
            return "checkpoint interval must be at least 10 ms, not " + request.checkpointIntervalMs();
        }
        return null;
    }

    /** The innermost message, on one line. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    private static void deleteQuietly(Path dir) {
        try {
            if (dir != null) {
                PartFiles.delete(dir);
            }
        } catch (IOException e) {
            // A leftover temp directory is harmless.
        }
    }
}
