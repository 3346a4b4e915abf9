package dev.flinkctl.localenv;

import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.run.Installation;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The local MSF endpoint ({@code kinesisanalyticsv2} on an embedded Flink) in the {@code local} module, started the
 * way {@code flinkctl run} starts its runner: {@code java @<home>/conf/local.jvm-options ... -cp <home>/local/*
 * dev.flinkctl.local.msf.EndpointMain ARGS}. It is ready when it has written {@link EndpointInfo#FILE}.
 */
final class Endpoint {
    /** The endpoint's entry point in the {@code local} module. */
    static final String MAIN = "dev.flinkctl.local.msf.EndpointMain";

    private Endpoint() {
    }

    /**
     * moto_server speaks no CBOR, so it is turned off for the Kinesis clients inside Flink's Kinesis connector
     * (SDK v1, relocated, so the usual property name does nothing) and for SDK v2.
     *
     * @return the command that starts the endpoint in {@code dataDir}, with S3, CloudWatch and CloudWatch Logs on
     *         moto_server at {@code motoUrl}
     */
    static List<String> command(JavaRuntime java, Installation installation, Path dataDir, UpRequest request,
                                String accountId, String motoUrl) {
        return List.of(
                java.executable().toString(),
                "@" + installation.runnerJvmOptions(),
                "-Daws.cborEnabled=false",
                "-Dorg.apache.flink.kinesis.shaded.com.amazonaws.sdk.disableCbor=true",
                "-cp", installation.localLibs() + File.separator + "*",
                MAIN,
                "--data-dir", dataDir.toString(),
                "--port", Integer.toString(request.port()),
                "--dashboard-port", Integer.toString(request.dashboardPort()),
                "--region", request.region(),
                "--account-id", accountId,
                "--s3-endpoint", motoUrl,
                "--cloudwatch-endpoint", motoUrl,
                "--logs-endpoint", motoUrl,
                // MSF publishes metrics once a minute; locally every 10 s, so deploy's health gate sees restarts soon.
                "--metrics-interval", "10s");
    }

    /** @return the endpoint's environment: moto_server's dummy credentials, the region, CBOR off for SDK v1 */
    static Map<String, String> environment(String region) {
        return Map.of(
                "AWS_ACCESS_KEY_ID", AwsClients.LOCAL_CREDENTIAL,
                "AWS_SECRET_ACCESS_KEY", AwsClients.LOCAL_CREDENTIAL,
                "AWS_REGION", region,
                "AWS_CBOR_DISABLE", "true");
    }
}
