package dev.flinkctl.local.msf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.job.MotoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AWS CLI (botocore), unmodified, against the endpoint: `aws kinesisanalyticsv2 ... --endpoint-url`. */
class AwsCliIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer MOTO = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness ENDPOINT = new EndpointHarness(MOTO);

    @Test
    void shouldServeTheAwsCli() throws Exception {
        assumeTrue(available(), "the aws CLI is not installed");
        JsonNode created = aws("create-application", "--application-name", "cli", "--runtime-environment", "FLINK-1_20",
                "--service-execution-role", EndpointHarness.ROLE, "--tags", "Key=team,Value=payments");
        assertThat(created.at("/ApplicationDetail/ApplicationStatus").asText()).isEqualTo("READY");
        assertThat(created.at("/ApplicationDetail/ApplicationVersionId").asLong()).isEqualTo(1);
        String createdAt = created.at("/ApplicationDetail/CreateTimestamp").decimalValue().toPlainString();

        assertThat(aws("list-applications").at("/ApplicationSummaries/0/ApplicationName").asText()).isEqualTo("cli");
        assertThat(aws("list-tags-for-resource", "--resource-arn", created.at("/ApplicationDetail/ApplicationARN").asText())
                .at("/Tags/0/Value").asText()).isEqualTo("payments");
        assertThat(aws("describe-application", "--application-name", "cli")
                .at("/ApplicationDetail/ApplicationConfigurationDescription/FlinkApplicationConfigurationDescription"
                        + "/CheckpointConfigurationDescription/CheckpointInterval").asLong()).isEqualTo(60000);
        JsonNode error = awsFailing("start-application", "--application-name", "missing");
        assertThat(error.get("stderr").asText()).contains("ResourceNotFoundException");
        aws("delete-application", "--application-name", "cli", "--create-timestamp", createdAt);
        assertThat(aws("list-applications").get("ApplicationSummaries")).isEmpty();
    }

    private static boolean available() {
        try {
            return new ProcessBuilder("aws", "--version").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static JsonNode aws(String... args) throws Exception {
        Process process = start(args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("aws %s: %s %s", String.join(" ", args), err, out).isZero();
        return out.isBlank() ? new ObjectMapper().createObjectNode() : new ObjectMapper().readTree(out);
    }

    private static JsonNode awsFailing(String... args) throws Exception {
        Process process = start(args);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isNotZero();
        return new ObjectMapper().createObjectNode().put("stderr", err);
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("aws", "kinesisanalyticsv2", "--endpoint-url",
                ENDPOINT.endpoint().endpoint().toString(), "--region", "us-east-1", "--output", "json"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AWS_ACCESS_KEY_ID", "test");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "test");
        builder.environment().remove("AWS_PROFILE");
        return builder.start();
    }
}
