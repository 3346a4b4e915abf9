package dev.flinkctl.aws;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The one place flinkctl builds AWS SDK clients: one generic {@link #configure}, the URL-connection HTTP client,
 * call timeouts, each client built on first use and all closed by {@link #close}. Two targets: AWS ({@link #aws}, the
 * SDK's own credential and endpoint resolution) and the local environment ({@link #local}: moto_server and the local
 * MSF endpoint on 127.0.0.1, static dummy credentials).
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
    private final String profile;
    private final Duration callTimeout;
    private final List<SdkAutoCloseable> opened = new ArrayList<>();
    private KinesisAnalyticsV2Client msf;
    private S3Client s3;
    private KinesisClient kinesis;
    private CloudWatchClient cloudWatch;
    private CloudWatchLogsClient logs;

    private AwsClients(Region region, URI msfEndpoint, URI servicesEndpoint, AwsCredentialsProvider credentials,
                       String profile) {
        this(region, msfEndpoint, servicesEndpoint, credentials, profile, API_CALL_TIMEOUT);
    }

    private AwsClients(Region region, URI msfEndpoint, URI servicesEndpoint, AwsCredentialsProvider credentials,
                       String profile, Duration callTimeout) {
        this.region = region;
        this.msfEndpoint = msfEndpoint;
        this.servicesEndpoint = servicesEndpoint;
        this.credentials = credentials;
        this.profile = profile;
        this.callTimeout = callTimeout;
    }

    /**
     * @param timeout the longest a whole API call may take, retries included (e.g. 800 ms for shell completion,
     *                which must never hold up the shell)
     * @return clients for the same target whose calls give up after {@code timeout}; these clients are separate
     *         from this instance's and the caller closes them
     */
    public AwsClients withCallTimeout(Duration timeout) {
        return new AwsClients(region, msfEndpoint, servicesEndpoint, credentials, profile, timeout);
    }

    /**
     * Clients for AWS, resolved the way the AWS CLI does: credentials from {@code profile} (SSO, assumed roles and
     * {@code credential_process} included) or, without one, the SDK's default chain ({@code AWS_ACCESS_KEY_ID},
     * {@code AWS_PROFILE}, web identity, container and instance roles); endpoints from the SDK's own
     * {@code AWS_ENDPOINT_URL}, {@code AWS_ENDPOINT_URL_<SERVICE>} and {@code ~/.aws/config} {@code services} sections.
     *
     * @param region  the region, already resolved (see {@link Targets})
     * @param profile the named profile, or null for the default chain
     * @return clients that are built on first use
     */
    public static AwsClients aws(String region, String profile) {
        AwsCredentialsProvider credentials = profile == null
                ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(profile).build();
        return new AwsClients(Region.of(region), null, null, credentials, profile);
    }

    /** @return the region every client talks to */
    public String region() {
        return region.id();
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
        return new AwsClients(Region.of(region), msfEndpoint, servicesEndpoint,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCAL_CREDENTIAL, LOCAL_CREDENTIAL)), null);
    }

    /** @return the Managed Service for Apache Flink client ({@code kinesisanalyticsv2}) */
    public synchronized KinesisAnalyticsV2Client msf() {
        if (msf == null) {
            msf = open(configure(KinesisAnalyticsV2Client.builder(), msfEndpoint).build());
        }
        return msf;
    }

    /** @return the S3 client; on the local target with path-style addressing, because the endpoint is an IP address */
    public synchronized S3Client s3() {
        if (s3 == null) {
            s3 = open(configure(S3Client.builder(), servicesEndpoint).forcePathStyle(servicesEndpoint != null).build());
        }
        return s3;
    }

    /**
     * @return the Kinesis Data Streams client; on the local target speaking JSON rather than CBOR (moto_server cannot
     *     serve CBOR)
     */
    public synchronized KinesisClient kinesis() {
        if (kinesis == null) {
            kinesis = open(servicesEndpoint == null
                    ? configure(KinesisClient.builder(), null).build()
                    : withoutCbor(() -> configure(KinesisClient.builder(), servicesEndpoint).build()));
        }
        return kinesis;
    }

    /** @return the CloudWatch client (metrics) */
    public synchronized CloudWatchClient cloudWatch() {
        if (cloudWatch == null) {
            cloudWatch = open(configure(CloudWatchClient.builder(), servicesEndpoint).build());
        }
        return cloudWatch;
    }

    /** @return the CloudWatch Logs client */
    public synchronized CloudWatchLogsClient logs() {
        if (logs == null) {
            logs = open(configure(CloudWatchLogsClient.builder(), servicesEndpoint).build());
        }
        return logs;
    }

    /** Closes every client built so far. */
    @Override
    public synchronized void close() {
        opened.forEach(SdkAutoCloseable::close);
        opened.clear();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, URI endpoint) {
        ClientOverrideConfiguration.Builder override = ClientOverrideConfiguration.builder()
                .apiCallTimeout(callTimeout)
                .apiCallAttemptTimeout(callTimeout.compareTo(API_CALL_ATTEMPT_TIMEOUT) < 0 ? callTimeout
                        : API_CALL_ATTEMPT_TIMEOUT);
        if (profile != null) {
            // The profile also selects the ~/.aws/config section the SDK reads endpoint URLs and retry settings from.
            override.defaultProfileName(profile);
        }
        builder.region(region)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(override.build());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
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
