package dev.flinkctl.local.flink;

import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.JobID;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.client.program.PackagedProgramUtils;
import org.apache.flink.client.program.ProgramInvocationException;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.executiongraph.AccessExecutionGraph;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;

/**
 * A Flink MiniCluster in this JVM, bound to 127.0.0.1 only, that runs job jars the way {@code flink
 * run} does: the jar's {@code main()} builds the job graph inside this JVM in the jar's own
 * child-first class loader, and the graph is submitted to the cluster.
 */
public final class EmbeddedFlink implements AutoCloseable {
    private final MiniCluster cluster;
    private final Configuration configuration;

    private EmbeddedFlink(MiniCluster cluster, Configuration configuration) {
        this.cluster = cluster;
        this.configuration = configuration;
    }

    /**
     * Starts a cluster with one task manager of {@code slots} slots.
     *
     * @param slots task slots (a job of parallelism p needs p)
     * @param extra settings added to the loopback defaults (e.g. checkpointing)
     * @throws Exception when the cluster cannot start (e.g. no free port)
     */
    public static EmbeddedFlink start(int slots, Configuration extra) throws Exception {
        Configuration conf = loopback();
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, slots);
        conf.addAll(extra);
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .build());
        cluster.start();
        return new EmbeddedFlink(cluster, conf);
    }

    /** Every listening socket on 127.0.0.1, an ephemeral REST port, fresh metrics every second. */
    static Configuration loopback() {
        Configuration conf = new Configuration();
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.BIND_PORT, "0");
        conf.set(JobManagerOptions.BIND_HOST, "127.0.0.1");
        conf.set(JobManagerOptions.ADDRESS, "127.0.0.1");
        conf.set(TaskManagerOptions.BIND_HOST, "127.0.0.1");
        conf.set(TaskManagerOptions.HOST, "127.0.0.1");
        conf.set(MetricOptions.METRIC_FETCHER_UPDATE_INTERVAL, Duration.ofSeconds(1));
        // A job that gets no slot fails fast instead of restarting forever.
        conf.set(JobManagerOptions.SLOT_REQUEST_TIMEOUT, Duration.ofSeconds(30));
        return conf;
    }

    /**
     * Runs the jar's main() to build its job graph.
     *
     * @param jar the job jar
     * @param mainClass the entry class, or null for the manifest's Main-Class
     * @param userClasspath extra URLs for the job's class loader (e.g. its runtime-properties directory)
     * @param jobConfiguration settings the job's environment sees (parallelism, checkpointing, ...)
     * @throws ProgramInvocationException when the jar cannot be loaded or its main() fails; the cause is the job's
     */
    public JobGraph jobGraph(Path jar, String mainClass, List<URL> userClasspath, Configuration jobConfiguration, int parallelism)
            throws ProgramInvocationException {
        Configuration conf = new Configuration(configuration);
        conf.addAll(jobConfiguration);
        PackagedProgram program = PackagedProgram.newBuilder()
                .setJarFile(jar.toFile())
                .setEntryPointClassName(mainClass)
                .setUserClassPaths(userClasspath)
                .setConfiguration(conf)
                .build();
        try {
            return PackagedProgramUtils.createJobGraph(program, conf, parallelism, false);
        } finally {
            program.close();
        }
    }

    /** Submits a job graph; completes with its id once the dispatcher has accepted it. */
    public JobID submit(JobGraph graph) throws Exception {
        return cluster.submitJob(graph).get().getJobID();
    }

    /** Completes when the job reaches a terminal state. */
    public CompletableFuture<JobResult> result(JobID job) {
        return cluster.requestJobResult(job);
    }

    /** Cancels a running job (its result then completes as CANCELED). */
    public CompletableFuture<?> cancel(JobID job) {
        return cluster.cancelJob(job);
    }

    /**
     * Triggers a savepoint in canonical format, keeping the job running.
     *
     * @param directory the savepoint's parent directory (a file URI or path)
     * @return completes with the savepoint's path, or exceptionally when Flink cannot take it
     */
    public CompletableFuture<String> savepoint(JobID job, String directory) {
        return cluster.triggerSavepoint(job, directory, false, SavepointFormatType.CANONICAL);
    }

    /**
     * Stops the job with a final savepoint in canonical format (the graceful stop of {@code flink stop}).
     *
     * @return completes with the savepoint's path once the job has stopped
     */
    public CompletableFuture<String> stopWithSavepoint(JobID job, String directory) {
        return cluster.stopWithSavepoint(job, directory, false, SavepointFormatType.CANONICAL);
    }

    /** The job's live execution graph (status, tasks, latest failure); archived once the job has ended. */
    public CompletableFuture<? extends AccessExecutionGraph> executionGraph(JobID job) {
        return cluster.getExecutionGraph(job);
    }

    /** The REST endpoint, e.g. {@code http://127.0.0.1:40123/}. */
    public URI restAddress() throws Exception {
        return cluster.getRestAddress().get();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
