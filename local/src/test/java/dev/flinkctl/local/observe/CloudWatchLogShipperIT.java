package dev.flinkctl.local.observe;

import dev.flinkctl.local.Await;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.job.MotoServer;
import dev.flinkctl.local.flink.EmbeddedFlink;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;

/** Log lines of jobs on a real MiniCluster, and of the endpoint, shipped to moto's CloudWatch Logs. */
class CloudWatchLogShipperIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APPLICATION_ARN = "arn:aws:kinesisanalytics:us-east-1:123456789012:application/orders";
    private static final LogStreamArn STREAM =
            LogStreamArn.parse("arn:aws:logs:us-east-1:123456789012:log-group:/aws/kinesis-analytics/orders:log-stream:kinesis-analytics-log-stream");
    private static final LogTarget TARGET = new LogTarget(STREAM, APPLICATION_ARN, 7);

    @RegisterExtension
    static MotoServer moto = new MotoServer();

    private static EmbeddedFlink flink;

    private CloudWatchLogsClient logs;

    @BeforeAll
    static void startCluster() throws Exception {
        flink = EmbeddedFlink.start(2, new Configuration());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (flink != null) {
            flink.close();
        }
    }

    @BeforeEach
    void openClient() {
        logs = CloudWatchLogsClient.builder()
                .endpointOverride(moto.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .build();
    }

    @AfterEach
    void closeClient() {
        logs.close();
    }

    @Test
    void shipsTheLinesOfRegisteredJobsAndOfTheEndpointInMsfJson(@TempDir Path tmp) throws Exception {
        logs.createLogGroup(request -> request.logGroupName(STREAM.logGroup()));
        logs.createLogStream(request -> request.logGroupName(STREAM.logGroup()).logStreamName(STREAM.logStream()));
        JobGraph alpha = TestJob.withGreetInUserJar(TestJob.graph("alpha", null), tmp); // user code as from a job jar
        JobGraph beta = TestJob.graph("beta", null);
        try (CloudWatchLogShipper shipper = new CloudWatchLogShipper(logs, Duration.ofMillis(200))) {
            shipper.start();
            shipper.register(alpha.getJobID().toHexString(), TARGET); // before submitting, so the JobMaster's first lines count
            shipper.log(TARGET, "INFO", "dev.flinkctl.local.msf.Applications", "Starting application orders");
            JobID alphaId = flink.submit(alpha);
            JobID betaId = flink.submit(beta);
            try {
                Await.until("alpha's user function lines shipped, beta logging", Duration.ofSeconds(20), () -> {
                    shipper.flush();
                    return lines().stream().anyMatch(line -> line.get("message").asText().startsWith("alpha record 20"))
                            && logged("beta") > 2;
                });
                shipper.flush();
                List<JsonNode> lines = lines();

                assertThat(lines).allSatisfy(line -> {
                    assertThat(fieldNames(line)).containsExactly("locationInformation", "logger", "message", "threadName",
                            "applicationARN", "applicationVersionId", "messageSchemaVersion", "messageType");
                    assertThat(line.get("applicationARN").asText()).isEqualTo(APPLICATION_ARN);
                    assertThat(line.get("applicationVersionId").asText()).isEqualTo("7");
                    assertThat(line.get("messageSchemaVersion").asText()).isEqualTo("1");
                });
                assertThat(lines).noneMatch(line -> line.get("message").asText().contains("beta"))
                        .noneMatch(line -> line.get("message").asText().contains(betaId.toHexString()));
                assertThat(lines.get(0).toString()).isEqualTo("{\"locationInformation\":null,"
                        + "\"logger\":\"dev.flinkctl.local.msf.Applications\",\"message\":\"Starting application orders\","
                        + "\"threadName\":\"main\",\"applicationARN\":\"" + APPLICATION_ARN + "\",\"applicationVersionId\":\"7\","
                        + "\"messageSchemaVersion\":\"1\",\"messageType\":\"INFO\"}");

                JsonNode record = lines.stream().filter(line -> line.get("message").asText().equals("alpha record 20")).findFirst().orElseThrow();
                assertThat(record.get("logger").asText()).isEqualTo(TestJob.Greet.class.getName());
                assertThat(record.get("messageType").asText()).isEqualTo("INFO");
                assertThat(record.get("threadName").asText()).startsWith("Greet -> Discard: Writer (1/1)");
                assertThat(record.get("locationInformation").asText())
                        .matches("dev\\.flinkctl\\.local\\.observe\\.TestJob\\$Greet\\.map\\(TestJob\\.java:\\d+\\)");

                JsonNode warning = lines.stream().filter(line -> line.get("message").asText().startsWith("alpha sample warning")).findFirst().orElseThrow();
                assertThat(warning.get("messageType").asText()).isEqualTo("WARN");
                assertThat(warning.get("message").asText()).startsWith("alpha sample warning (Greet loaded by ChildFirstClassLoader)"
                        + "\njava.lang.IllegalStateException: sample failure\n\tat ");

                // The JobMaster's own lines about the job carry its id too (Flink sets the MDC there as well).
                assertThat(lines).anySatisfy(line -> {
                    assertThat(line.get("logger").asText()).startsWith("org.apache.flink.runtime.");
                    assertThat(line.get("message").asText()).contains("switched from");
                });

                // Unregistered: no more of alpha's lines are shipped.
                shipper.unregister(alphaId.toHexString());
                shipper.flush();
                int shipped = lines().size();
                long loggedBefore = logged("alpha");
                Await.until("alpha logging on", Duration.ofSeconds(10), () -> logged("alpha") > loggedBefore + 2);
                shipper.flush();
                assertThat(lines()).hasSize(shipped);
            } finally {
                flink.cancel(alphaId);
                flink.cancel(betaId);
            }
        }
    }

    @Test
    void createsAMissingLogGroupAndStream() {
        try (CloudWatchLogShipper shipper = new CloudWatchLogShipper(logs, Duration.ofMinutes(1))) {
            shipper.log(TARGET, "ERROR", "dev.flinkctl.local.msf.Applications", "Application orders failed to start");
            shipper.flush();
        }
        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.get("message").asText()).isEqualTo("Application orders failed to start");
            assertThat(line.get("messageType").asText()).isEqualTo("ERROR");
        });
    }

    @Test
    void aFullQueueDropsTheOldestLines() {
        try (CloudWatchLogShipper shipper = new CloudWatchLogShipper(logs, Duration.ofMinutes(1), 3)) {
            for (int i = 1; i <= 5; i++) {
                shipper.log(TARGET, "INFO", "test", "line " + i);
            }
            shipper.flush();
        }
        assertThat(lines()).extracting(line -> line.get("message").asText()).containsExactly("line 3", "line 4", "line 5");
    }

    private static long logged(String marker) {
        AtomicLong count = TestJob.LOGGED.get(marker);
        return count == null ? 0 : count.get();
    }

    private List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (OutputLogEvent event : logs.getLogEventsPaginator(request -> request.logGroupName(STREAM.logGroup())
                .logStreamName(STREAM.logStream()).startFromHead(true)).events()) {
            assertThat(event.timestamp()).as("chronological").isGreaterThanOrEqualTo(previous);
            previous = event.timestamp();
            try {
                lines.add(JSON.readTree(event.message()));
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + event.message(), e);
            }
        }
        return lines;
    }

    private static List<String> fieldNames(JsonNode line) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = line.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
