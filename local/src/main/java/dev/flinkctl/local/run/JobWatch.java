package dev.flinkctl.local.run;

import dev.flinkctl.local.flink.EmbeddedFlink;
import dev.flinkctl.local.flink.JobMetricsReader;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.JobID;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobmaster.JobResult;
import sun.misc.Signal;

/**
 * Submits a job, shows its progress once a second until it ends, and cancels it on Ctrl-C (SIGINT)
 * or SIGTERM.
 */
final class JobWatch {
    /** How a run ended, with the runner's exit code. */
    enum Outcome {
        FINISHED(RunMain.OK),
        FAILED(RunMain.FAILED),
        INTERRUPTED(RunMain.INTERRUPTED);

        final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    /** The job's own metrics (see the job's JobMetrics): the contract, not the code, is shared. */
    static final String SCORED = "transactionsScored";
    static final String LATE = "lateRecords";
    static final String MALFORMED = "malformedRecords";

    private static final Duration REFRESH = Duration.ofSeconds(1);

    private final EmbeddedFlink flink;
    private final TerminalStatus terminal;
    private final PrintStream err;
    private final AtomicBoolean interrupted = new AtomicBoolean();
    private long startNanos;
    private long endNanos;

    JobWatch(EmbeddedFlink flink, TerminalStatus terminal, PrintStream err) {
        this.flink = flink;
        this.terminal = terminal;
        this.err = err;
    }

    /** Runs the job to its end; failures are reported on stderr with their root cause. */
    Outcome run(JobGraph graph) throws Exception {
        startNanos = System.nanoTime();
        JobID job = flink.submit(graph);
        onSignals(job);
        CompletableFuture<JobResult> result = flink.result(job);
        JobMetricsReader metrics = new JobMetricsReader(flink.restAddress(), job.toHexString(), Set.of(SCORED, LATE, MALFORMED));
        double lastScored = 0;
        long lastNanos = System.nanoTime();
        while (true) {
            try {
                JobResult done = result.get(REFRESH.toMillis(), TimeUnit.MILLISECONDS);
                endNanos = System.nanoTime();
                return outcome(done);
            } catch (TimeoutException e) {
                Map<String, Double> now = readQuietly(metrics);
                double scored = now.getOrDefault(SCORED, lastScored);
                long nanos = System.nanoTime();
                double perSecond = (scored - lastScored) * 1e9 / Math.max(1, nanos - lastNanos);
                terminal.show(String.format("%,.0f transactions scored (%,.0f/s) · %,.0f late · %,.0f malformed · %,d alerts · Ctrl-C to stop",
                        scored, perSecond, now.getOrDefault(LATE, 0.0), now.getOrDefault(MALFORMED, 0.0), terminal.lines()));
                lastScored = scored;
                lastNanos = nanos;
            }
        }
    }

    /** Wall time from submission to the end, e.g. {@code 4.2 s}. */
    String elapsed() {
        return String.format("%.1f s", (endNanos - startNanos) / 1e9);
    }

    private Outcome outcome(JobResult done) {
        if (done.isSuccess()) {
            return Outcome.FINISHED;
        }
        if (interrupted.get()) {
            terminal.close();
            err.println("flinkctl run: stopped (job cancelled)");
            return Outcome.INTERRUPTED;
        }
        terminal.close();
        String cause = done.getSerializedThrowable()
                .map(t -> RunMain.oneLine(t.deserializeError(getClass().getClassLoader())))
                .orElse("job ended as " + done.getApplicationStatus());
        err.println("flinkctl run: the job failed: " + cause);
        return Outcome.FAILED;
    }

    private void onSignals(JobID job) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    interrupted.set(true);
                    flink.cancel(job);
                });
            } catch (IllegalArgumentException e) {
                // Signal not available on this platform: the JVM's default handling stays.
            }
        }
    }

    private static Map<String, Double> readQuietly(JobMetricsReader metrics) {
        try {
            return metrics.read();
        } catch (Exception e) {
            return Map.of(); // tasks still deploying, or the job just ended: the next refresh catches up
        }
    }

}
