package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.local.Await;
import dev.flinkctl.job.MotoServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CodeContentType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RuntimeEnvironment;

/**
 * The included fraud-detection job as an application: it reads its runtime properties through
 * KinesisAnalyticsRuntime unchanged, its metrics arrive in moto's CloudWatch with plausible values,
 * and its log lines in the CloudWatch Logs stream of its logging option.
 */
class ObservabilityIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer MOTO = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness ENDPOINT = new EndpointHarness(MOTO);

    @Test
    void shouldPublishTheFraudJobsMetricsAndShipItsLogs() throws Exception {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        ENDPOINT.s3().putObject(b -> b.bucket(EndpointHarness.BUCKET).key("fraud.jar"), TestJars.fraudDetectionJob());
        try (CloudWatchLogsClient logs = CloudWatchLogsClient.builder().endpointOverride(MOTO.endpoint()).region(Region.US_EAST_1)
                        .credentialsProvider(EndpointHarness.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                CloudWatchClient cloudWatch = CloudWatchClient.builder().endpointOverride(MOTO.endpoint()).region(Region.US_EAST_1)
                        .credentialsProvider(EndpointHarness.credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            logs.createLogGroup(b -> b.logGroupName("/flinkctl/fraud"));
            logs.createLogStream(b -> b.logGroupName("/flinkctl/fraud").logStreamName("application"));
            String stream = "arn:aws:logs:us-east-1:123456789012:log-group:/flinkctl/fraud:log-stream:application";
            Instant started = Instant.now();
            msf.createApplication(b -> b.applicationName("fraud").runtimeEnvironment(RuntimeEnvironment.FLINK_1_20)
                    .serviceExecutionRole(EndpointHarness.ROLE)
                    .cloudWatchLoggingOptions(o -> o.logStreamARN(stream))
                    .applicationConfiguration(ApplicationConfiguration.builder()
                            .applicationCodeConfiguration(c -> c.codeContentType(CodeContentType.ZIPFILE)
                                    .codeContent(cc -> cc.s3ContentLocation(s3 -> s3.bucketARN(EndpointHarness.BUCKET_ARN).fileKey("fraud.jar"))))
                            .environmentProperties(e -> e.propertyGroups(
                                    PropertyGroup.builder().propertyGroupId("Sink").propertyMap(Map.of("type", "discard")).build(),
                                    PropertyGroup.builder().propertyGroupId("Source").propertyMap(Map.of("rate", "200")).build()))
                            .flinkApplicationConfiguration(f -> f.parallelismConfiguration(p -> p.configurationType("CUSTOM")
                                    .parallelism(2).parallelismPerKPU(1)))
                            .build()));
            msf.startApplication(b -> b.applicationName("fraud"));
            awaitStatus(msf, "fraud", ApplicationStatus.RUNNING);

            Map<String, Double> latest = new HashMap<>();
            List<String> wanted = List.of("KPUs", "uptime", "downtime", "fullRestarts", "numberOfFailedCheckpoints",
                    "lastCheckpointDuration", "lastCheckpointSize", "numRecordsInPerSecond", "numRecordsOutPerSecond",
                    "heapMemoryUtilization", "cpuUtilization");
            Await.until(() -> "every metric with records flowing (seen " + latest + ")", Duration.ofSeconds(90), () -> {
                for (String metric : wanted) {
                    List<Datapoint> points = cloudWatch.getMetricStatistics(b -> b.namespace("AWS/KinesisAnalytics")
                            .metricName(metric).dimensions(d -> d.name("Application").value("fraud"))
                            .startTime(started.minusSeconds(60)).endTime(Instant.now().plusSeconds(60)).period(60)
                            .statistics(Statistic.MAXIMUM)).datapoints();
                    points.stream().mapToDouble(Datapoint::maximum).max().ifPresent(v -> latest.put(metric, v));
                }
                return latest.keySet().containsAll(wanted) && latest.get("numRecordsInPerSecond") > 0;
            });
            assertThat(latest.get("KPUs")).isEqualTo(3.0); // parallelism 2 at 1 per KPU, plus the orchestration KPU
            assertThat(latest.get("downtime")).isZero();
            assertThat(latest.get("uptime")).isPositive().isLessThan(Duration.between(started, Instant.now()).toMillis() + 1000.0);
            assertThat(latest.get("fullRestarts")).isZero();
            assertThat(latest.get("numRecordsInPerSecond")).isPositive().isLessThanOrEqualTo(400.0);
            assertThat(latest.get("heapMemoryUtilization")).isPositive().isLessThanOrEqualTo(100.0);

            Await.until("the job's log lines in the stream", Duration.ofSeconds(30), () -> logs.getLogEvents(b -> b
                    .logGroupName("/flinkctl/fraud").logStreamName("application").startFromHead(true)).events().stream()
                    .map(OutputLogEvent::message).anyMatch(m -> m.contains("is RUNNING")));
            List<String> messages = logs.getLogEvents(b -> b.logGroupName("/flinkctl/fraud").logStreamName("application")
                    .startFromHead(true)).events().stream().map(OutputLogEvent::message).toList();
            assertThat(messages).allSatisfy(m -> assertThat(m).contains("\"applicationARN\":\"arn:aws:kinesisanalytics:us-east-1:"
                    + "123456789012:application/fraud\"").contains("\"messageSchemaVersion\":\"1\""));
            assertThat(messages).anySatisfy(m -> assertThat(m).contains("switched from"));
            msf.stopApplication(b -> b.applicationName("fraud").force(true));
            awaitStatus(msf, "fraud", ApplicationStatus.READY);
        }
    }
}
