package dev.flinkctl.localenv;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.flinkctl.msf.ApplicationState;
import java.util.List;
import java.util.Locale;

/**
 * What {@code flinkctl local status} (and {@code up}) report: the same record is rendered as text and as JSON.
 *
 * @param state         running, stopped or degraded
 * @param currentTarget true if this local environment is the target flinkctl commands use
 * @param dataDir       the data directory
 * @param region        the region, or null if never started
 * @param accountId     the account id, or null if never started
 * @param endpoint      the local MSF endpoint
 * @param dashboard     the Flink web UI URL, or null
 * @param moto          moto_server
 * @param bucket        the S3 bucket for application code, or null
 * @param inputStream   the Kinesis stream the included job reads, or null
 * @param outputStream  the Kinesis stream the included job writes, or null
 * @param roleArn       the service execution role ARN to create applications with, or null
 * @param startedAt     when {@code up} finished (ISO-8601), or null
 * @param applications  the applications the endpoint lists (empty unless running)
 * @param problems      what is wrong when degraded, one sentence each
 */
@JsonPropertyOrder({"state", "currentTarget", "dataDir", "region", "accountId", "endpoint", "dashboard", "moto",
    "bucket", "inputStream", "outputStream", "roleArn", "startedAt", "applications", "problems"})
public record LocalStatus(State state, boolean currentTarget, String dataDir, String region, String accountId,
                          Server endpoint, String dashboard, Server moto, String bucket, String inputStream,
                          String outputStream, String roleArn, String startedAt, List<ApplicationState> applications,
                          List<String> problems) {

    /** Whether the local environment is usable. */
    public enum State {
        /** Both servers run and answer. */
        RUNNING,
        /** Nothing runs (never started, or stopped). */
        STOPPED,
        /** Something runs, but not everything, or it does not answer: see {@link #problems()}. */
        DEGRADED;

        /** @return the lower-case name used in text and JSON */
        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One server of the local environment.
     *
     * @param url     its URL, or null if never started
     * @param pid     its process id while it runs, else null
     * @param running true if the process is alive
     */
    @JsonPropertyOrder({"url", "pid", "running"})
    public record Server(String url, Long pid, boolean running) {
    }
}
