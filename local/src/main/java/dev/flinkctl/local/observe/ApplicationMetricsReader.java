package dev.flinkctl.local.observe;

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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the application-level metrics MSF publishes for a job from Flink's REST API. Safe for concurrent use.
 *
 * <p>How each value is derived (emulator choices: MSF does not document its aggregation, and here every application
 * shares one MiniCluster):
 *
 * <ul>
 *   <li>{@code uptime}, {@code downtime}, {@code numberOfFailedCheckpoints}, {@code lastCheckpointDuration},
 *       {@code lastCheckpointSize}: the job metrics of the same names, unchanged (so -1 before the first completed
 *       checkpoint). {@code fullRestarts}: the job metric {@code fullRestarts}, or {@code numRestarts} where Flink no
 *       longer registers it.
 *   <li>{@code numRecordsInPerSecond}: the sum, over the job's source vertices (those no other vertex feeds), of the
 *       vertex's task-level {@code numRecordsOutPerSecond} summed over its subtasks. {@code numRecordsOutPerSecond}:
 *       the sum, over sink vertices (those feeding no other vertex), of their task-level {@code
 *       numRecordsInPerSecond}. A job chained into a single vertex therefore reports 0 for both (a source task takes
 *       in no records over the network, a sink task sends none). Flink's rates are averages over the last 60 s,
 *       updated every 5 s.
 *   <li>{@code heapMemoryUtilization}: 100 × {@code Status.JVM.Memory.Heap.Used} / {@code Status.JVM.Memory.Heap.Max},
 *       averaged over all task managers of the cluster (so shared by all jobs on it; a MiniCluster's task manager is the
 *       endpoint's own JVM, so this is that JVM's heap).
 *   <li>{@code cpuUtilization}: 100 × Δ{@code Status.JVM.CPU.Time} (ns) / (Δwall-clock ns × the task manager's cores,
 *       {@code hardware.cpuCores} of {@code /taskmanagers}), between this read and the previous read of the same job,
 *       averaged over task managers and clamped to 0–100; null on a job's first read (for a MiniCluster: the whole
 *       endpoint JVM's CPU). {@code Status.JVM.CPU.Load} is not used: it is unreliable in virtual machines.
 *   <li>{@code millisBehindLatest}: the maximum, over the subtasks of source vertices, of every metric whose id ends
 *       with {@code millisBehindLatest} (the Kinesis consumer's per-shard gauge); null when there is none.
 * </ul>
 *
 * <p>Flink's REST metric fetcher is lazy: a request returns what the previous fetch stored and triggers the next
 * fetch once {@code metrics.fetcher.update-interval} has passed, so values can be one read interval old. A job's very
 * first read waits up to {@value #FIRST_READ_WAIT_MS} ms for its job metrics to appear.
 *
 * @see <a href="https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/ops/rest_api/">Flink REST API</a>
 * @see <a href="https://nightlies.apache.org/flink/flink-docs-release-1.20/docs/ops/metrics/#system-metrics">Flink
 *     system metrics</a>
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html">MSF metrics and
 *     dimensions</a>
 */
public final class ApplicationMetricsReader {
    static final long FIRST_READ_WAIT_MS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final List<String> JOB_METRICS = List.of("uptime", "downtime", "fullRestarts", "numRestarts",
            "numberOfFailedCheckpoints", "lastCheckpointDuration", "lastCheckpointSize");
    private static final String CPU_TIME = "Status.JVM.CPU.Time";
    private static final String HEAP_USED = "Status.JVM.Memory.Heap.Used";
    private static final String HEAP_MAX = "Status.JVM.Memory.Heap.Max";
    private static final String LAG_SUFFIX = "millisBehindLatest";

    private final URI rest;
    /** Job id → task manager id → the CPU sample of the job's previous read. */
    private final Map<String, Map<String, CpuSample>> previousCpu = new ConcurrentHashMap<>();
    private volatile HttpClient http;

    /**
     * Does no I/O; the HTTP client is created on the first read.
     *
     * @param flinkRest the cluster's REST address, e.g. {@code http://127.0.0.1:40123/}
     */
    public ApplicationMetricsReader(URI flinkRest) {
        this.rest = flinkRest;
    }

    /**
     * Reads the current values for one job (about 5 + 2 × vertices REST requests).
     *
     * @param jobId the Flink job id, hex
     * @throws IOException when the REST API cannot be reached, answers with an error (404 for an unknown job), or has
     *     no job metrics for the job after {@value #FIRST_READ_WAIT_MS} ms
     */
    public ApplicationMetricValues read(String jobId) throws IOException, InterruptedException {
        Map<String, Double> job;
        try {
            job = jobMetrics(jobId);
        } catch (IOException e) {
            previousCpu.remove(jobId);
            throw e;
        }
        Topology topology = Topology.of(get("/jobs/" + jobId + "/plan").path("plan"));
        double in = 0;
        double out = 0;
        Double behind = null;
        for (String vertex : topology.vertices()) {
            boolean source = topology.sources().contains(vertex);
            boolean sink = topology.sinks().contains(vertex);
            if (!source && !sink) {
                continue;
            }
            String metricsPath = "/jobs/" + jobId + "/vertices/" + vertex + "/subtasks/metrics";
            List<String> ids = new ArrayList<>();
            if (source) {
                ids.add("numRecordsOutPerSecond");
                for (JsonNode listed : get(metricsPath)) {
                    if (listed.path("id").asText().endsWith(LAG_SUFFIX)) {
                        ids.add(listed.path("id").asText());
                    }
                }
            }
            if (sink) {
                ids.add("numRecordsInPerSecond");
            }
            for (JsonNode metric : get(metricsPath + "?agg=sum,max&get=" + encode(ids))) {
                String id = metric.path("id").asText();
                if (id.equals("numRecordsOutPerSecond") && source) {
                    in += metric.path("sum").asDouble();
                } else if (id.equals("numRecordsInPerSecond") && sink) {
                    out += metric.path("sum").asDouble();
                } else if (id.endsWith(LAG_SUFFIX) && metric.has("max")) {
                    double max = metric.path("max").asDouble();
                    behind = behind == null ? max : Math.max(behind, max);
                }
            }
        }
        TaskManagerValues tms = taskManagers(jobId);
        return new ApplicationMetricValues(
                job.getOrDefault("uptime", 0.0),
                job.getOrDefault("downtime", 0.0),
                job.getOrDefault("fullRestarts", job.getOrDefault("numRestarts", 0.0)),
                job.getOrDefault("numberOfFailedCheckpoints", 0.0),
                job.getOrDefault("lastCheckpointDuration", -1.0),
                job.getOrDefault("lastCheckpointSize", -1.0),
                in,
                out,
                tms.heapPercent(),
                tms.cpuPercent(),
                behind);
    }

    /** The job's metrics; waits for them to appear on a job's first read (the fetcher has not run for it yet). */
    private Map<String, Double> jobMetrics(String jobId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + FIRST_READ_WAIT_MS * 1_000_000;
        while (true) {
            Map<String, Double> values = new HashMap<>();
            for (JsonNode metric : get("/jobs/" + jobId + "/metrics?get=" + encode(JOB_METRICS))) {
                Double value = number(metric.path("value").asText());
                if (value != null) {
                    values.put(metric.path("id").asText(), value);
                }
            }
            if (values.containsKey("uptime")) {
                return values;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("Flink has no metrics for job " + jobId + " yet");
            }
            Thread.sleep(100); // the metric fetcher fills in asynchronously
        }
    }

    private TaskManagerValues taskManagers(String jobId) throws IOException, InterruptedException {
        List<Double> heap = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        Map<String, CpuSample> previous = previousCpu.getOrDefault(jobId, Map.of());
        Map<String, CpuSample> current = new HashMap<>();
        for (JsonNode tm : get("/taskmanagers").path("taskmanagers")) {
            String id = tm.path("id").asText();
            int cores = Math.max(1, tm.path("hardware").path("cpuCores").asInt(1));
            long wallNanos = System.nanoTime();
            Map<String, Double> values = new HashMap<>();
            for (JsonNode metric : get("/taskmanagers/" + id + "/metrics?get=" + encode(List.of(CPU_TIME, HEAP_USED, HEAP_MAX)))) {
                Double value = number(metric.path("value").asText());
                if (value != null) {
                    values.put(metric.path("id").asText(), value);
                }
            }
            Double used = values.get(HEAP_USED);
            Double max = values.get(HEAP_MAX);
            if (used != null && max != null && max > 0) {
                heap.add(100 * used / max);
            }
            Double cpuNanos = values.get(CPU_TIME);
            if (cpuNanos != null) {
                CpuSample now = new CpuSample(cpuNanos, wallNanos);
                current.put(id, now);
                CpuSample before = previous.get(id);
                if (before != null && now.wallNanos() > before.wallNanos()) {
                    double percent = 100 * (now.cpuNanos() - before.cpuNanos()) / ((double) (now.wallNanos() - before.wallNanos()) * cores);
                    cpu.add(Math.max(0, Math.min(100, percent)));
                }
            }
        }
        previousCpu.put(jobId, current);
        return new TaskManagerValues(average(heap), average(cpu));
    }

    private record CpuSample(double cpuNanos, long wallNanos) {}

    private record TaskManagerValues(Double heapPercent, Double cpuPercent) {}

    /** Vertex ids of a job plan ({@code /jobs/:id/plan}), and which are sources (no inputs) and sinks (no consumers). */
    record Topology(List<String> vertices, Set<String> sources, Set<String> sinks) {
        static Topology of(JsonNode plan) {
            Set<String> vertices = new LinkedHashSet<>();
            Set<String> sources = new HashSet<>();
            Set<String> feeding = new HashSet<>();
            for (JsonNode node : plan.path("nodes")) {
                String id = node.path("id").asText();
                vertices.add(id);
                if (node.path("inputs").isEmpty()) {
                    sources.add(id);
                }
                for (JsonNode input : node.path("inputs")) {
                    feeding.add(input.path("id").asText());
                }
            }
            Set<String> sinks = new HashSet<>(vertices);
            sinks.removeAll(feeding);
            return new Topology(List.copyOf(vertices), Set.copyOf(sources), Set.copyOf(sinks));
        }
    }

    private static Double average(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String encode(List<String> metricIds) {
        return URLEncoder.encode(String.join(",", metricIds), StandardCharsets.UTF_8);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(rest.resolve(path)).timeout(TIMEOUT).GET().build();
        HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Flink REST GET " + path + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
                }
                client = http;
            }
        }
        return client;
    }
}
