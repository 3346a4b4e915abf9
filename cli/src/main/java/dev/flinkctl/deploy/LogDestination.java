package dev.flinkctl.deploy;

import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;

/**
 * Creates the CloudWatch Logs group and stream an application logs to, when missing: MSF writes to an existing stream
 * only (see https://docs.aws.amazon.com/managed-flink/latest/java/cloudwatch-logs.html).
 */
final class LogDestination {
    private final CloudWatchLogsClient logs;

    LogDestination(CloudWatchLogsClient logs) {
        this.logs = logs;
    }

    /** @param logStreamArn {@code arn:aws:logs:REGION:ACCOUNT:log-group:GROUP:log-stream:STREAM}, or null for none */
    void ensure(String logStreamArn) {
        if (logStreamArn == null) {
            return;
        }
        int group = logStreamArn.indexOf(":log-group:");
        int stream = logStreamArn.indexOf(":log-stream:");
        String groupName = logStreamArn.substring(group + ":log-group:".length(), stream);
        String streamName = logStreamArn.substring(stream + ":log-stream:".length());
        try {
            logs.createLogGroup(r -> r.logGroupName(groupName));
        } catch (ResourceAlreadyExistsException exists) {
            // created by an earlier deploy or by hand
        }
        try {
            logs.createLogStream(r -> r.logGroupName(groupName).logStreamName(streamName));
        } catch (ResourceAlreadyExistsException exists) {
            // created by an earlier deploy or by hand
        }
    }
}
