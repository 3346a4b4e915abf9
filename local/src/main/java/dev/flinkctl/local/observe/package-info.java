/**
 * Observability of the local Managed Service for Apache Flink endpoint: application metrics read from Flink's REST API
 * and published to CloudWatch ({@link dev.flinkctl.local.observe.CloudWatchMetricsPublisher}), and job log lines
 * shipped to CloudWatch Logs in the service's JSON format ({@link dev.flinkctl.local.observe.CloudWatchLogShipper}).
 *
 * <p>Nothing here knows the HTTP endpoint or the kinesisanalyticsv2 model: callers pass application names, job ids
 * and log targets in.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html">MSF metrics and dimensions</a>
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/cloudwatch-logs.html">MSF application logging</a>
 */
package dev.flinkctl.local.observe;
