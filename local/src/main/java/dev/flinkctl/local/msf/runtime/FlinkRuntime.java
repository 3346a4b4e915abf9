package dev.flinkctl.local.msf.runtime;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The Flink side of the local endpoint: runs application versions as Flink jobs, takes savepoints
 * and reports job health. Jobs are identified by Flink job id (hex string).
 */
public interface FlinkRuntime extends AutoCloseable {

    /**
     * Builds the job graph (running the jar's {@code main()}) and submits it.
     *
     * @return the job id
     * @throws JobStartException when the jar cannot be loaded, its main() fails or submission fails
     */
    String submit(JobSpec spec) throws JobStartException;

    /** The job's current health; a job Flink no longer knows is reported terminal. */
    JobHealth health(String jobId);

    /**
     * Takes a savepoint, keeping the job running.
     *
     * @param directory the parent directory of the savepoint
     * @return the savepoint's path
     * @throws Exception when Flink cannot take it (the job is failing, a task is not running, ...)
     */
    String savepoint(String jobId, String directory) throws Exception;

    /**
     * Stops the job with a final savepoint.
     *
     * @return the savepoint's path
     * @throws Exception when Flink cannot take it; the job then keeps running
     */
    String stopWithSavepoint(String jobId, String directory) throws Exception;

    /** Cancels the job and waits until it has ended; a job that has already ended is left alone. */
    void cancel(String jobId) throws Exception;

    /** Completes with the job's final health when it ends, however it ends. */
    CompletableFuture<JobHealth> termination(String jobId);

    /** The Flink web dashboard (and REST API) of the cluster the jobs run on. */
    URI dashboard();

    /** The job's plan as Flink's REST API gives it (JSON), when the job is known. */
    Optional<String> jobPlan(String jobId);

    /** Task slots in the cluster (the sum of the parallelism of the jobs it can run at once). */
    int slots();
}
