package dev.flinkctl.local.msf;

import dev.flinkctl.local.msf.domain.Timings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How one local endpoint runs.
 *
 * @param port the kinesisanalyticsv2 port on 127.0.0.1 (0 picks a free one)
 * @param dashboardPort the Flink dashboard/REST port on 127.0.0.1 (0 picks a free one)
 * @param dataDirectory where applications, code, checkpoints and snapshots are kept
 * @param region the region in ARNs
 * @param accountId the account id in ARNs (12 digits)
 * @param s3Endpoint where application code is fetched from, or null for the SDK's default (AWS_ENDPOINT_URL_S3, ...)
 * @param cloudWatchEndpoint where metrics are published, or null for the SDK's default
 * @param logsEndpoint where CloudWatch Logs go, or null for the SDK's default
 * @param slots task slots of the Flink cluster: the parallelism all running applications share
 * @param metricsInterval how often application metrics are published
 * @param restartDelay how long a failed job waits before Flink restarts it
 * @param timings how starting jobs are judged
 */
public record EndpointSettings(
        int port,
        int dashboardPort,
        Path dataDirectory,
        String region,
        String accountId,
        URI s3Endpoint,
        URI cloudWatchEndpoint,
        URI logsEndpoint,
        int slots,
        Duration metricsInterval,
        Duration restartDelay,
        Timings timings) {}
