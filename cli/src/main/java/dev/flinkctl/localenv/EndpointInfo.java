package dev.flinkctl.localenv;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code <data-dir>/endpoint.json}, which the local endpoint writes (atomically) once it serves requests and removes
 * when it shuts down cleanly.
 *
 * @param endpoint  its URL, e.g. {@code http://127.0.0.1:4599}
 * @param dashboard the Flink web UI, e.g. {@code http://127.0.0.1:8081}
 * @param pid       its process id
 * @param dataDir   its data directory
 * @param region    the region it reports
 * @param accountId the account id in its ARNs
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EndpointInfo(String endpoint, String dashboard, Long pid, String dataDir, String region,
                           String accountId) {
    /** The file name inside the data directory. */
    public static final String FILE = "endpoint.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return the file's content, or empty while it does not exist or is not (yet) valid */
    static Optional<EndpointInfo> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            EndpointInfo info = JSON.readValue(file.toFile(), EndpointInfo.class);
            return info.endpoint() == null ? Optional.empty() : Optional.of(info);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
