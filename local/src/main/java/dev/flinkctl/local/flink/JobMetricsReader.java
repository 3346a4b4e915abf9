package dev.flinkctl.local.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a running job's operator metrics from Flink's REST API ({@code /jobs/:id/vertices/:vid/subtasks/metrics},
 * aggregated with {@code agg=sum}), by metric name, whatever operator and group they are in.
 *
 * @see <a href="https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/ops/rest_api/">Flink REST API</a>
 */
public final class JobMetricsReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI jobUri;
    private final Set<String> names;
    /** Vertex id → the full metric ids found there for {@link #names}. */
    private final Map<String, List<String>> idsByVertex = new HashMap<>();

    /**
     * @param rest the cluster's REST address
     * @param jobId the job, as a hex string
     * @param names the metric names to read, e.g. {@code transactionsScored}
     */
    public JobMetricsReader(URI rest, String jobId, Set<String> names) {
        this.jobUri = rest.resolve("/jobs/" + jobId);
        this.names = names;
    }

    /**
     * The current sum over every subtask of every operator of each metric; names not (yet) registered are absent.
     *
     * @throws IOException when the REST API cannot be reached or answers with an error
     */
    public Map<String, Double> read() throws IOException, InterruptedException {
        if (idsByVertex.values().stream().mapToInt(List::size).sum() < names.size()) {
            discover();
        }
        Map<String, Double> sums = new HashMap<>();
        for (Map.Entry<String, List<String>> vertex : idsByVertex.entrySet()) {
            if (vertex.getValue().isEmpty()) {
                continue;
            }
            String query = "?agg=sum&get=" + URLEncoder.encode(String.join(",", vertex.getValue()), StandardCharsets.UTF_8);
            for (JsonNode metric : get("/vertices/" + vertex.getKey() + "/subtasks/metrics" + query)) {
                if (metric.has("sum")) {
                    sums.merge(shortName(metric.get("id").asText()), metric.get("sum").asDouble(), Double::sum);
                }
            }
        }
        return sums;
    }

    private void discover() throws IOException, InterruptedException {
        for (JsonNode vertex : get("").path("vertices")) {
            String vertexId = vertex.get("id").asText();
            List<String> ids = new ArrayList<>();
            for (JsonNode metric : get("/vertices/" + vertexId + "/subtasks/metrics")) {
                String id = metric.get("id").asText();
                if (names.contains(shortName(id))) {
                    ids.add(id);
                }
            }
            idsByVertex.put(vertexId, ids);
        }
    }

    private static String shortName(String metricId) {
        return metricId.substring(metricId.lastIndexOf('.') + 1);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(jobUri + path)).timeout(TIMEOUT).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Flink REST " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
