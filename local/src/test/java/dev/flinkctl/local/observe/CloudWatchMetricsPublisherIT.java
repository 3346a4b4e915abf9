package dev.flinkctl.local.observe;

import dev.flinkctl.local.Await;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.job.MotoServer;
import dev.flinkctl.local.flink.EmbeddedFlink;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

/** A running job's metrics, read from a real MiniCluster and published to moto's CloudWatch. */
class CloudWatchMetricsPublisherIT {
    @RegisterExtension
    static MotoServer moto = new MotoServer();

    private static EmbeddedFlink flink;
    private static JobID job;
    private static long submittedAtMs;
    private static ApplicationMetricsReader reader;

    private CloudWatchClient cloudWatch;

    @BeforeAll
    static void startJob() throws Exception {
        flink = EmbeddedFlink.start(2, new Configuration());
        submittedAtMs = System.currentTimeMillis();
        job = flink.submit(TestJob.graph("metrics", Duration.ofMillis(300)));
        reader = new ApplicationMetricsReader(flink.restAddress());
        // Rates are 0 until Flink's meters first update (every 5 s); wait for records, a checkpoint and a CPU delta.
        AtomicReference<ApplicationMetricValues> last = new AtomicReference<>();
        Await.until(() -> "records flowing, a checkpoint, a CPU sample; last read " + last, Duration.ofSeconds(25), () -> {
            ApplicationMetricValues values = reader.read(job.toHexString());
            last.set(values);
            return values.numRecordsInPerSecond() > 0 && values.numRecordsOutPerSecond() > 0
                    && values.lastCheckpointSizeBytes() > 0 && values.cpuUtilizationPercent() != null;
        });
    }

    @AfterAll
    static void stopJob() throws Exception {
        if (flink != null) {
            flink.close();
        }
    }

    @BeforeEach
    void openClient() {
        cloudWatch = CloudWatchClient.builder()
                .endpointOverride(moto.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .build();
    }

    @AfterEach
    void closeClient() {
        cloudWatch.close();
    }

    @Test
    void publishesEveryApplicationMetricWithPlausibleValues() throws Exception {
        Instant before = Instant.now();
        try (CloudWatchMetricsPublisher publisher = publisher(List.of(new MetricsSource("orders", job.toHexString(), 3)))) {
            publisher.publishOnce();
        }
        long uptimeBound = System.currentTimeMillis() - submittedAtMs;

        assertThat(metricNames("orders")).containsExactlyInAnyOrder("KPUs", "uptime", "downtime", "fullRestarts",
                "numberOfFailedCheckpoints", "lastCheckpointDuration", "lastCheckpointSize", "numRecordsInPerSecond",
                "numRecordsOutPerSecond", "heapMemoryUtilization", "cpuUtilization"); // no millisBehindLatest: no Kinesis source
        Map<String, Datapoint> points = new HashMap<>();
        for (String name : metricNames("orders")) {
            points.put(name, single("orders", name, before));
        }
        assertThat(points.get("KPUs").maximum()).isEqualTo(3.0);
        assertThat(points.get("uptime").maximum()).isPositive().isLessThanOrEqualTo(uptimeBound);
        assertThat(points.get("downtime").maximum()).isZero();
        assertThat(points.get("fullRestarts").maximum()).isZero();
        // Usually 0, but a trigger before the tasks run counts as a failure: compare with Flink's checkpoint statistics.
        assertThat(points.get("numberOfFailedCheckpoints").maximum()).isEqualTo(failedCheckpoints());
        assertThat(points.get("lastCheckpointDuration").maximum()).isGreaterThanOrEqualTo(0.0);
        assertThat(points.get("lastCheckpointSize").maximum()).isPositive();
        // Throttle sleeps 10 ms per record: at most 100 records/s reach the sink vertex
        assertThat(points.get("numRecordsOutPerSecond").maximum()).isPositive().isLessThanOrEqualTo(100.0);
        assertThat(points.get("numRecordsInPerSecond").maximum()).isPositive();
        assertThat(points.get("heapMemoryUtilization").maximum()).isPositive().isLessThanOrEqualTo(100.0);
        assertThat(points.get("cpuUtilization").maximum()).isBetween(0.0, 100.0);
        Map<String, StandardUnit> units = new HashMap<>();
        points.forEach((name, point) -> units.put(name, point.unit()));
        assertThat(units).containsAllEntriesOf(Map.of("KPUs", StandardUnit.COUNT, "uptime", StandardUnit.MILLISECONDS,
                "lastCheckpointSize", StandardUnit.BYTES, "numRecordsInPerSecond", StandardUnit.COUNT_SECOND,
                "heapMemoryUtilization", StandardUnit.PERCENT, "cpuUtilization", StandardUnit.PERCENT));
    }

    @Test
    void anUnreadableJobIsSkippedAndTheOthersArePublished() {
        List<MetricsSource> sources = List.of(new MetricsSource("ghost", new JobID().toHexString(), 2),
                new MetricsSource("orders", job.toHexString(), 2));
        Instant before = Instant.now();
        try (CloudWatchMetricsPublisher publisher = publisher(sources)) {
            publisher.publishOnce();
        }
        assertThat(metricNames("ghost")).isEmpty();
        assertThat(metricNames("orders")).hasSize(11);
        assertThat(single("orders", "KPUs", before).maximum()).isEqualTo(2.0);
    }

    @Test
    void startPublishesInTheBackground() throws Exception {
        try (CloudWatchMetricsPublisher publisher = publisher(List.of(new MetricsSource("orders", job.toHexString(), 3)))) {
            publisher.start();
            Await.until("a background round", Duration.ofSeconds(10), () -> !metricNames("orders").isEmpty());
        }
    }

    /** {@code counts.failed} of {@code /jobs/:id/checkpoints}, a REST resource the reader does not use. */
    private static double failedCheckpoints() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(flink.restAddress().resolve("/jobs/" + job + "/checkpoints")).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).path("counts").path("failed").asDouble(-1);
    }

    private CloudWatchMetricsPublisher publisher(List<MetricsSource> sources) {
        return new CloudWatchMetricsPublisher(cloudWatch, reader, Duration.ofMillis(500), () -> sources);
    }

    private List<String> metricNames(String application) {
        return cloudWatch.listMetrics(request -> request.namespace("AWS/KinesisAnalytics")
                        .dimensions(filter -> filter.name("Application").value(application)))
                .metrics().stream().map(Metric::metricName).toList();
    }

    private Datapoint single(String application, String name, Instant since) {
        List<Datapoint> points = cloudWatch.getMetricStatistics(request -> request.namespace("AWS/KinesisAnalytics")
                        .metricName(name)
                        .dimensions(dimension -> dimension.name("Application").value(application))
                        .startTime(since.minusSeconds(60))
                        .endTime(Instant.now().plusSeconds(60))
                        .period(60)
                        .statistics(Statistic.MAXIMUM, Statistic.SAMPLE_COUNT))
                .datapoints();
        assertThat(points).as(name).hasSize(1);
        assertThat(points.get(0).sampleCount()).as(name + " samples").isEqualTo(1.0);
        return points.get(0);
    }
}
