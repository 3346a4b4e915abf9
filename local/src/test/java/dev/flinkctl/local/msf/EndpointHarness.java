package dev.flinkctl.local.msf;

import dev.flinkctl.local.Await;
import dev.flinkctl.job.MotoServer;
import dev.flinkctl.local.msf.domain.Timings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * JUnit 5 extension: a real local endpoint in this JVM over a temporary data directory, with its S3,
 * CloudWatch and CloudWatch Logs at a {@link MotoServer} (registered before it, with {@code @Order}), and an
 * unmodified AWS SDK client for it. Before each test the bucket {@value #BUCKET} holds the test
 * application's jar under {@value #COUNTING_JAR}.
 */
final class EndpointHarness implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    static final String BUCKET = "code";
    static final String BUCKET_ARN = "arn:aws:s3:::" + BUCKET;
    static final String COUNTING_JAR = "counting-job.jar";
    static final String ROLE = "arn:aws:iam::123456789012:role/flinkctl-test";
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final MotoServer moto;
    private Path data;
    private Path countingJar;
    private LocalEndpoint endpoint;
    private KinesisAnalyticsV2Client msf;
    private S3Client s3;

    EndpointHarness(MotoServer moto) {
        this.moto = moto;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        data = Files.createTempDirectory("flinkctl-endpoint-");
        countingJar = TestJars.countingJob(Files.createTempDirectory("flinkctl-jars-"));
        s3 = S3Client.builder().endpointOverride(moto.endpoint()).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        s3.createBucket(b -> b.bucket(BUCKET));
        s3.putObject(b -> b.bucket(BUCKET).key(COUNTING_JAR), countingJar);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
        s3.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Starts the endpoint over the same data directory (after {@link #stop()}). */
    void start() throws Exception {
        endpoint = LocalEndpoint.start(settings(data, moto.endpoint()));
        msf = client(endpoint.endpoint());
    }

    /** Stops the endpoint cleanly. */
    void stop() {
        if (msf != null) {
            msf.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    /** Settings for tests: ephemeral ports, short restart delay and stability window, metrics every 2 s. */
    static EndpointSettings settings(Path data, URI moto) {
        return new EndpointSettings(0, 0, data, "us-east-1", "123456789012", moto, moto, moto, 8, Duration.ofSeconds(2),
                Duration.ofMillis(200), new Timings(Duration.ofMillis(500), 3, Duration.ofSeconds(60), Duration.ofMillis(50)));
    }

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }

    static KinesisAnalyticsV2Client client(URI endpoint) {
        return KinesisAnalyticsV2Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    KinesisAnalyticsV2Client msf() {
        return msf;
    }

    S3Client s3() {
        return s3;
    }

    LocalEndpoint endpoint() {
        return endpoint;
    }

    Path data() {
        return data;
    }

    /** A fresh file for a test application's output. */
    Path outputFile() throws Exception {
        return Files.createTempDirectory(data, "out-").resolve("counts-" + UUID.randomUUID() + ".txt");
    }

    /** Waits until the application has the status, failing early on a status it cannot leave for that one. */
    static ApplicationDetail awaitStatus(KinesisAnalyticsV2Client msf, String app, ApplicationStatus status) throws Exception {
        ApplicationDetail[] last = new ApplicationDetail[1];
        Await.until(() -> app + " to be " + status + " (last: " + (last[0] == null ? "?" : last[0].applicationStatus()) + ")",
                TIMEOUT, () -> {
                    last[0] = msf.describeApplication(b -> b.applicationName(app)).applicationDetail();
                    return last[0].applicationStatus() == status;
                });
        return last[0];
    }

    /** Waits until the operation has ended and returns its status. */
    static OperationStatus awaitOperation(KinesisAnalyticsV2Client msf, String app, String operationId) throws Exception {
        OperationStatus[] status = new OperationStatus[1];
        Await.until(() -> "operation " + operationId + " of " + app + " to end (last: " + status[0] + ")", TIMEOUT, () -> {
            status[0] = msf.describeApplicationOperation(b -> b.applicationName(app).operationId(operationId))
                    .applicationOperationInfoDetails().operationStatus();
            return status[0] != OperationStatus.IN_PROGRESS;
        });
        return status[0];
    }
}
