package dev.flinkctl.aws;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The one place flinkctl builds AWS SDK clients: one generic {@link #configure}, the URL-connection HTTP client,
 * call timeouts, each client built on first use and all closed by {@link #close}. Today it serves the local target
 * only (moto_server and the local MSF endpoint on 127.0.0.1, static dummy credentials); the AWS target will add a
 * factory method with profile and region.
 */
public final class AwsClients implements AutoCloseable {
    /** The access key and secret the local target uses: moto_server and the local endpoint accept any. */
    public static final String LOCAL_CREDENTIAL = "test";

    private static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
    private static final Object CBOR_SETTING_LOCK = new Object();

    private final Region region;
    private final URI msfEndpoint;
    private final URI servicesEndpoint;
    private final AwsCredentialsProvider credentials;
    private final List<SdkAutoCloseable> opened = new ArrayList<>();
    private KinesisAnalyticsV2Client msf;
    private S3Client s3;
    private KinesisClient kinesis;

    private AwsClients(String region, URI msfEndpoint, URI servicesEndpoint, AwsCredentialsProvider credentials) {
        this.region = Region.of(region);
        this.msfEndpoint = msfEndpoint;
        this.servicesEndpoint = servicesEndpoint;
        this.credentials = credentials;
    }

    /**
     * Clients for the local target.
     *
     * @param region           the region the local endpoint and moto_server are told about
     * @param msfEndpoint      the local MSF endpoint, e.g. {@code http://127.0.0.1:4599}
     * @param servicesEndpoint moto_server, which serves S3 and Kinesis, e.g. {@code http://127.0.0.1:4566}
     * @return clients that are built on first use
     */
    public static AwsClients local(String region, URI msfEndpoint, URI servicesEndpoint) {
        return new AwsClients(region, msfEndpoint, servicesEndpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_CREDENTIAL, LOCAL_CREDENTIAL)));
    }

    /** @return the Managed Service for Apache Flink client ({@code kinesisanalyticsv2}) */
    public synchronized KinesisAnalyticsV2Client msf() {
        if (msf == null) {
            msf = open(configure(KinesisAnalyticsV2Client.builder(), msfEndpoint).build());
        }
        return msf;
    }

    /** @return the S3 client; path-style addressing, because the endpoint is an IP address */
    public synchronized S3Client s3() {
        if (s3 == null) {
            s3 = open(configure(S3Client.builder(), servicesEndpoint).forcePathStyle(true).build());
        }
        return s3;
    }

    /** @return the Kinesis Data Streams client, speaking JSON rather than CBOR (moto_server cannot serve CBOR) */
    public synchronized KinesisClient kinesis() {
        if (kinesis == null) {
            kinesis = open(withoutCbor(() -> configure(KinesisClient.builder(), servicesEndpoint).build()));
        }
        return kinesis;
    }

    /** Closes every client built so far. */
    @Override
    public synchronized void close() {
        opened.forEach(SdkAutoCloseable::close);
        opened.clear();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, URI endpoint) {
        return builder.region(region)
                .credentialsProvider(credentials)
                .endpointOverride(endpoint)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(API_CALL_TIMEOUT)
                        .apiCallAttemptTimeout(API_CALL_ATTEMPT_TIMEOUT)
                        .build());
    }

    private <C extends SdkAutoCloseable> C open(C client) {
        opened.add(client);
        return client;
    }

    /**
     * Builds a client with CBOR off. SDK v2 has no per-client switch: the Kinesis client's protocol factory reads the
     * system property {@code aws.cborEnabled} (or env {@code CBOR_ENABLED}) once, when the client is built. So the
     * property is set only for the duration of the build and then restored, which keeps the rest of this JVM, and
     * any client for real AWS, on the SDK's default.
     */
    static <C> C withoutCbor(Supplier<C> build) {
        String property = SdkSystemSetting.CBOR_ENABLED.property();
        synchronized (CBOR_SETTING_LOCK) {
            String previous = System.getProperty(property);
            System.setProperty(property, "false");
            try {
                return build.get();
            } finally {
                if (previous == null) {
                    System.clearProperty(property);
                } else {
                    System.setProperty(property, previous);
                }
            }
        }
    }
}
