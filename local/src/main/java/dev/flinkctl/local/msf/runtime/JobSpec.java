package dev.flinkctl.local.msf.runtime;

import dev.flinkctl.local.run.RunRequest.PropertyGroup;
import java.nio.file.Path;
import java.util.List;

/**
 * What it takes to run one application version as a Flink job.
 *
 * @param applicationName the application (the job's name)
 * @param jar the application's code (a jar on local disk)
 * @param parallelism the job's default parallelism (task slots it needs)
 * @param checkpointIntervalMs the checkpoint interval in ms, or null when checkpointing is disabled
 * @param minPauseBetweenCheckpointsMs the minimum pause between checkpoints in ms
 * @param checkpointDirectory where the job's checkpoints go; the latest is retained when the job is cancelled
 * @param properties the runtime property groups the job reads through {@code KinesisAnalyticsRuntime}
 * @param workDirectory a directory the runtime may use for this run's files (its runtime properties)
 * @param restorePath a savepoint or retained checkpoint to restore from, or null to start without state
 * @param allowNonRestoredState whether state that maps to no operator may be dropped on restore
 */
public record JobSpec(
        String applicationName,
        Path jar,
        int parallelism,
        Long checkpointIntervalMs,
        long minPauseBetweenCheckpointsMs,
        Path checkpointDirectory,
        List<PropertyGroup> properties,
        Path workDirectory,
        String restorePath,
        boolean allowNonRestoredState) {}
