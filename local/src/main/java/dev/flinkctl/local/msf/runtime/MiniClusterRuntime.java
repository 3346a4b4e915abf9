package dev.flinkctl.local.msf.runtime;

import dev.flinkctl.local.flink.EmbeddedFlink;
import dev.flinkctl.local.flink.RuntimeProperties;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.program.ProgramInvocationException;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.runtime.execution.ExecutionState;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.executiongraph.ErrorInfo;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.util.ExceptionUtils;

/**
 * Runs applications on one Flink MiniCluster in this JVM, the way {@code flink run} would: each
 * job's {@code main()} builds its graph in the job's own child-first class loader, with its own
 * runtime properties on that class loader's classpath.
 */
public final class MiniClusterRuntime implements FlinkRuntime {
    private static final long TIMEOUT_SECONDS = 60;

    private final EmbeddedFlink flink;
    private final int slots;
    private final URI dashboard;
    private final Duration restartDelay;

    private MiniClusterRuntime(EmbeddedFlink flink, int slots, URI dashboard, Duration restartDelay) {
        this.flink = flink;
        this.slots = slots;
        this.dashboard = dashboard;
        this.restartDelay = restartDelay;
    }

    /**
     * Starts the cluster.
     *
     * @param slots task slots: the most parallelism all running applications may use together
     * @param dashboardPort the port of Flink's web dashboard and REST API on 127.0.0.1 (0 picks a free one)
     * @param restartDelay how long a failed job waits before it restarts (jobs restart without limit, as on MSF)
     * @throws Exception when the cluster cannot start (e.g. the port is taken)
     */
    public static MiniClusterRuntime start(int slots, int dashboardPort, Duration restartDelay) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_PORT, String.valueOf(dashboardPort));
        // Job status read over REST (the dashboard, health polling) lags by up to 3 s otherwise.
        conf.set(WebOptions.REFRESH_INTERVAL, Duration.ofMillis(100));
        EmbeddedFlink flink = EmbeddedFlink.start(slots, conf);
        return new MiniClusterRuntime(flink, slots, flink.restAddress(), restartDelay);
    }

    @Override
    public String submit(JobSpec spec) throws JobStartException {
        Configuration jobConf = jobConfiguration(spec);
        JobGraph graph;
        try {
            var propertiesDir = RuntimeProperties.write(spec.workDirectory().resolve("properties"), spec.properties());
            graph = flink.jobGraph(spec.jar(), null, List.of(propertiesDir), jobConf, spec.parallelism());
        } catch (ProgramInvocationException e) {
            Throwable cause = ExceptionUtils.stripException(e, ProgramInvocationException.class);
            throw new JobStartException(e.getMessage() != null && cause == e ? e.getMessage() : describe(cause), e);
        } catch (Exception | LinkageError e) {
            throw new JobStartException(describe(e), e);
        }
        if (spec.restorePath() != null) {
            graph.setSavepointRestoreSettings(SavepointRestoreSettings.forPath(spec.restorePath(), spec.allowNonRestoredState()));
        }
        try {
            return flink.submit(graph).toHexString();
        } catch (Exception e) {
            throw new JobStartException("Flink did not accept the job: " + describe(e), e);
        }
    }

    @Override
    public JobHealth health(String jobId) {
        AccessExecutionGraph graph;
        try {
            graph = flink.executionGraph(JobID.fromHexString(jobId)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            return new JobHealth("UNKNOWN", false, true, 0, "Flink does not know job " + jobId + ": " + describe(e));
        }
        boolean allRunning = graph.getState().name().equals("RUNNING");
        for (AccessExecutionVertex vertex : graph.getAllExecutionVertices()) {
            ExecutionState state = vertex.getExecutionState();
            allRunning &= state == ExecutionState.RUNNING || state == ExecutionState.FINISHED;
        }
        ErrorInfo failure = graph.getFailureInfo();
        return new JobHealth(graph.getState().name(), allRunning, graph.getState().isGloballyTerminalState(),
                failure == null ? 0 : failure.getTimestamp(),
                failure == null ? null : Failures.summary(failure.getExceptionAsString()));
    }

    @Override
    public String savepoint(String jobId, String directory) throws Exception {
        return unwrap(flink.savepoint(JobID.fromHexString(jobId), directory));
    }

    @Override
    public String stopWithSavepoint(String jobId, String directory) throws Exception {
        return unwrap(flink.stopWithSavepoint(JobID.fromHexString(jobId), directory));
    }

    @Override
    public void cancel(String jobId) throws Exception {
        JobID job = JobID.fromHexString(jobId);
        if (health(jobId).terminal()) {
            return;
        }
        try {
            flink.cancel(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!health(jobId).terminal()) {
                throw e;
            }
        }
        flink.result(job).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public CompletableFuture<JobHealth> termination(String jobId) {
        return flink.result(JobID.fromHexString(jobId)).handle((result, error) -> health(jobId));
    }

    @Override
    public URI dashboard() {
        return dashboard;
    }

    @Override
    public Optional<String> jobPlan(String jobId) {
        try {
            return Optional.of(flink.executionGraph(JobID.fromHexString(jobId)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getJsonPlan());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    @Override
    public int slots() {
        return slots;
    }

    @Override
    public void close() throws Exception {
        flink.close();
    }

    private Configuration jobConfiguration(JobSpec spec) {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.NAME, spec.applicationName());
        conf.set(CoreOptions.DEFAULT_PARALLELISM, spec.parallelism());
        if (spec.checkpointIntervalMs() != null) {
            conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(spec.checkpointIntervalMs()));
            conf.set(CheckpointingOptions.MIN_PAUSE_BETWEEN_CHECKPOINTS, Duration.ofMillis(spec.minPauseBetweenCheckpointsMs()));
        }
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, spec.checkpointDirectory().toUri().toString());
        // What a crashed endpoint resumes from: the latest checkpoint outlives its job.
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, Integer.MAX_VALUE);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, restartDelay);
        return conf;
    }

    private static String unwrap(CompletableFuture<String> savepoint) throws Exception {
        try {
            return savepoint.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new Exception(describe(e.getCause()), e.getCause());
        }
    }

    private static String describe(Throwable e) {
        return Failures.summary(ExceptionUtils.stringifyException(e));
    }
}
