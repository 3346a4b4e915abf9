package dev.flinkctl.local.msf;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The AWS clients the endpoint uses (S3 for code, CloudWatch for metrics, CloudWatch Logs for logs),
 * all built here. With an endpoint override (moto_server) they sign with dummy credentials; without,
 * they use the SDK's default chains (AWS_ENDPOINT_URL_*, profiles, ...).
 */
final class AwsClients implements AutoCloseable {
    private static final AwsCredentialsProvider DUMMY = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    private final S3Client s3;
    private final CloudWatchClient cloudWatch;
    private final CloudWatchLogsClient logs;

    AwsClients(EndpointSettings settings) {
        Region region = Region.of(settings.region());
        s3 = configure(S3Client.builder().forcePathStyle(true), region, settings.s3Endpoint()).build();
        cloudWatch = configure(CloudWatchClient.builder(), region, settings.cloudWatchEndpoint()).build();
        logs = configure(CloudWatchLogsClient.builder(), region, settings.logsEndpoint()).build();
    }

    private static <B extends AwsClientBuilder<B, ?> & software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, ?>> B configure(
            B builder, Region region, URI endpoint) {
        builder.region(region).httpClientBuilder(UrlConnectionHttpClient.builder());
        if (endpoint != null) {
            builder.endpointOverride(endpoint).credentialsProvider(DUMMY);
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder;
    }

    S3Client s3() {
        return s3;
    }

    CloudWatchClient cloudWatch() {
        return cloudWatch;
    }

    CloudWatchLogsClient logs() {
        return logs;
    }

    @Override
    public void close() {
        s3.close();
        cloudWatch.close();
        logs.close();
    }
}
