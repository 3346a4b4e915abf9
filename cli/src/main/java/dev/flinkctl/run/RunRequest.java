package dev.flinkctl.run;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code flinkctl run} asks the local runner ({@code dev.flinkctl.local.run.RunMain}) to do. Serialized as
 * JSON into a temporary file whose path is the runner's only argument; the field names are the contract.
 *
 * @param jar                  absolute path of the job jar
 * @param mainClass            the job's main class, or null for the jar manifest's {@code Main-Class}
 * @param parallelism          default parallelism of the job, at least 1
 * @param checkpointIntervalMs checkpoint interval in milliseconds (at least {@link #MIN_CHECKPOINT_INTERVAL}), or
 *                             null for the runner's default: 1 s when the job reads a file (so a bounded run
 *                             commits its output promptly), else 60 s like MSF
 * @param properties           runtime properties in MSF's format
 * @param outputFile           absolute path of the file the job's output goes to, or null for the job's own sink
 */
@JsonPropertyOrder({"jar", "mainClass", "parallelism", "checkpointIntervalMs", "properties", "outputFile"})
public record RunRequest(String jar, String mainClass, int parallelism, Long checkpointIntervalMs,
                         List<PropertyGroup> properties, String outputFile) {

    /** The shortest checkpoint interval Flink (and the job) accept. */
    public static final Duration MIN_CHECKPOINT_INTERVAL = Duration.ofMillis(10);

    /**
     * Builds and validates a request.
     *
     * @param jar                an existing job jar (see {@link JobJar#require})
     * @param mainClass          the main class, or null for the manifest's
     * @param parallelism        at least 1
     * @param checkpointInterval at least {@link #MIN_CHECKPOINT_INTERVAL}, or null for the runner's default
     * @param properties         the merged runtime properties
     * @param outputFile         the output file, or null; its directory must exist
     * @return the request, with absolute paths
     * @throws FlinkctlException with {@link ExitCodes#USAGE} when a value is out of range or the output file's
     *                           directory does not exist
     */
    public static RunRequest of(Path jar, String mainClass, int parallelism, Duration checkpointInterval,
                                List<PropertyGroup> properties, Path outputFile) {
        if (parallelism < 1) {
            throw new FlinkctlException(ExitCodes.USAGE,
                    "--parallelism must be at least 1, not " + parallelism + ": e.g. --parallelism 2");
        }
        if (checkpointInterval != null && checkpointInterval.compareTo(MIN_CHECKPOINT_INTERVAL) < 0) {
            throw new FlinkctlException(ExitCodes.USAGE, "--checkpoint-interval must be at least 10ms, not "
                    + checkpointInterval + ": e.g. --checkpoint-interval 10s");
        }
        return new RunRequest(absolute(jar), mainClass, parallelism,
                checkpointInterval == null ? null : checkpointInterval.toMillis(),
                List.copyOf(properties), outputFile == null ? null : checkOutput(outputFile));
    }

    private static String checkOutput(Path outputFile) {
        Path absolute = outputFile.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new FlinkctlException(ExitCodes.USAGE,
                    "--output must name a file, but " + absolute + " is a directory: e.g. --output alerts.jsonl");
        }
        Path directory = absolute.getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new FlinkctlException(ExitCodes.USAGE, "the directory of --output does not exist: " + directory
                    + ": create it first or choose another --output file");
        }
        return absolute.toString();
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
