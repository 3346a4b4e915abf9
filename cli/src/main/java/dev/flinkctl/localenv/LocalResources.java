package dev.flinkctl.localenv;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.aws.AwsClients;
import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.waiters.KinesisWaiter;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;

/**
 * Creates, on moto_server, what the included job needs on the local target: the S3 bucket for application code and
 * the input and output Kinesis streams. Every step tolerates what already exists, so {@code up} can repeat it.
 */
final class LocalResources {
    /** The bucket for application code. */
    static final String BUCKET = "flinkctl-local";
    /** The stream the included job reads transactions from. */
    static final String INPUT_STREAM = "transactions";
    /** The stream the included job writes alerts to. */
    static final String OUTPUT_STREAM = "alerts";
    /** Shards per stream: the included job needs no more locally. */
    static final int SHARDS = 1;

    private final AwsClients aws;
    private final String region;

    LocalResources(AwsClients aws, String region) {
        this.aws = aws;
        this.region = region;
    }

    /** @return the dummy service execution role ARN (nothing checks roles locally) */
    static String roleArn(String accountId) {
        return "arn:aws:iam::" + accountId + ":role/flinkctl-local";
    }

    /**
     * Creates the bucket and both streams and waits until the streams are ACTIVE.
     *
     * @param timeout how long the streams may take to become ACTIVE
     * @throws FlinkctlException with {@link ExitCodes#FAILED} if moto_server refuses a step
     */
    void create(Duration timeout) {
        try {
            createBucket();
            createStream(INPUT_STREAM);
            createStream(OUTPUT_STREAM);
            try (KinesisWaiter waiter = KinesisWaiter.builder().client(aws.kinesis())
                    .overrideConfiguration(WaiterOverrideConfiguration.builder().waitTimeout(timeout).build())
                    .build()) {
                for (String stream : new String[] {INPUT_STREAM, OUTPUT_STREAM}) {
                    waiter.waitUntilStreamExists(request -> request.streamName(stream));
                }
            }
        } catch (SdkException e) {
            throw new FlinkctlException(ExitCodes.FAILED, "cannot create the bucket and streams on moto_server: "
                    + e.getMessage(), e);
        }
    }

    private void createBucket() {
        try {
            aws.s3().createBucket(request -> {
                request.bucket(BUCKET);
                // S3 rejects a location constraint for us-east-1 and requires one everywhere else.
                if (!Region.US_EAST_1.id().equals(region)) {
                    request.createBucketConfiguration(configuration -> configuration
                            .locationConstraint(BucketLocationConstraint.fromValue(region)));
                }
            });
        } catch (BucketAlreadyOwnedByYouException alreadyThere) {
            // created by an earlier up against the same moto_server
        }
    }

    private void createStream(String name) {
        try {
            aws.kinesis().createStream(request -> request.streamName(name).shardCount(SHARDS));
        } catch (ResourceInUseException alreadyThere) {
            // created by an earlier up against the same moto_server
        }
    }
}
