package dev.flinkctl.localenv;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * What {@code flinkctl local up} started and created, persisted as {@code <data-dir>/local.json} so that later
 * commands (status, down, reset, and deploy against the local target) find it. Process ids are null once stopped.
 *
 * @param dataDir      the data directory (absolute)
 * @param region       the region the local services report
 * @param accountId    the account id in ARNs
 * @param startedAt    when {@code up} finished, ISO-8601, or null while starting
 * @param moto         moto_server (S3, CloudWatch, CloudWatch Logs, Kinesis)
 * @param endpoint     the local MSF ({@code kinesisanalyticsv2}) endpoint
 * @param dashboard    the Flink web UI of the endpoint, or null until it is known
 * @param bucket       the S3 bucket for application code
 * @param inputStream  the Kinesis stream the included job reads
 * @param outputStream the Kinesis stream the included job writes
 * @param roleArn      the (dummy) service execution role ARN applications are created with
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"dataDir", "region", "accountId", "startedAt", "moto", "endpoint", "dashboard", "bucket",
    "inputStream", "outputStream", "roleArn"})
public record LocalState(String dataDir, String region, String accountId, String startedAt, Server moto,
                         Server endpoint, String dashboard, String bucket, String inputStream, String outputStream,
                         String roleArn) {

    /** The file name inside the data directory. */
    public static final String FILE = "local.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One background server process.
     *
     * @param url              its base URL, e.g. {@code http://127.0.0.1:4566}, or null until it is known
     * @param port             its port on 127.0.0.1 (0 until known when an ephemeral port was asked for)
     * @param pid              its process id, or null when it is not running
     * @param processStartedAt the process's start time as the OS reports it (ISO-8601), so a recycled pid is not
     *                         mistaken for it; null if unknown
     */
    @JsonPropertyOrder({"url", "port", "pid", "processStartedAt"})
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Server(String url, int port, Long pid, String processStartedAt) {
        /** @return this server without a process (after it stopped) */
        public Server stopped() {
            return new Server(url, port, null, null);
        }
    }

    /**
     * @param dataDir the data directory
     * @return the state in it, or empty if there is none
     * @throws FlinkctlException with {@link ExitCodes#FAILED} if {@code local.json} is not valid
     */
    public static Optional<LocalState> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), LocalState.class));
        } catch (JsonProcessingException e) {
            throw new FlinkctlException(ExitCodes.FAILED, "cannot read " + file + ": " + e.getOriginalMessage()
                    + ": stop the processes it names yourself if any still run, then delete it", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes this state to {@code <dataDir>/local.json}, atomically. */
    public void write() {
        Path dir = Path.of(dataDir);
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempFile(dir, "local-", ".json.tmp");
            try {
                JSON.writeValue(temporary.toFile(), this);
                Files.move(temporary, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
        }
    }

    /** @return this state with moto_server replaced */
    public LocalState withMoto(Server server) {
        return new LocalState(dataDir, region, accountId, startedAt, server, endpoint, dashboard, bucket, inputStream,
                outputStream, roleArn);
    }

    /** @return this state with the endpoint and its dashboard replaced */
    public LocalState withEndpoint(Server server, String dashboardUrl) {
        return new LocalState(dataDir, region, accountId, startedAt, moto, server, dashboardUrl, bucket, inputStream,
                outputStream, roleArn);
    }

    /** @return this state marked as completely started at {@code instant} (ISO-8601) */
    public LocalState startedAt(String instant) {
        return new LocalState(dataDir, region, accountId, instant, moto, endpoint, dashboard, bucket, inputStream,
                outputStream, roleArn);
    }
}
