package dev.flinkctl.targets;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.flinkctl.aws.AwsClients;
import java.net.URI;

/**
 * Where a command's AWS calls go: AWS itself (a region, and a profile or the SDK's default credential chain), or the
 * local environment that {@code flinkctl local up} started (the local MSF endpoint and moto_server on 127.0.0.1).
 *
 * @param kind    AWS or the local environment
 * @param region  the region, e.g. {@code eu-west-1}
 * @param profile the named AWS profile, or null for the SDK's default chain (and always null for the local target)
 * @param local   the local environment's endpoints and defaults; null for AWS
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(Kind kind, String region, String profile, Local local) {

    /** The two kinds of target. */
    public enum Kind { aws, local }

    /**
     * The local environment as the target sees it.
     *
     * @param endpoint  the local MSF endpoint, e.g. {@code http://127.0.0.1:4599}
     * @param services  moto_server (S3, CloudWatch, CloudWatch Logs, Kinesis), e.g. {@code http://127.0.0.1:4566}
     * @param dashboard the Flink web UI of the endpoint, or null
     * @param accountId the account id in local ARNs
     * @param bucket    the S3 bucket {@code local up} created for application code
     * @param roleArn   the (dummy) service execution role applications are created with
     * @param dataDir   the local environment's data directory
     */
    public record Local(URI endpoint, URI services, String dashboard, String accountId, String bucket, String roleArn,
                        String dataDir) {
    }

    /** @return true for the local environment */
    @JsonIgnore
    public boolean isLocal() {
        return kind == Kind.local;
    }

    /** @return clients for this target, built on first use; the caller closes them */
    public AwsClients clients() {
        return isLocal() ? AwsClients.local(region, local.endpoint(), local.services()) : AwsClients.aws(region, profile);
    }

    /** @return a short description for progress lines, e.g. {@code local (http://127.0.0.1:4599)} or {@code aws eu-west-1} */
    public String describe() {
        if (isLocal()) {
            return "local (" + local.endpoint() + ")";
        }
        return "aws " + region + (profile == null ? "" : " (profile " + profile + ")");
    }
}
