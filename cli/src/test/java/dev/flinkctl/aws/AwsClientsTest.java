package dev.flinkctl.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class AwsClientsTest {
    private static final String CBOR = "aws.cborEnabled";

    @Test
    void shouldTurnCborOffOnlyWhileBuildingAClient() {
        String before = System.getProperty(CBOR);
        try {
            System.clearProperty(CBOR);
            assertThat(AwsClients.withoutCbor(() -> System.getProperty(CBOR))).isEqualTo("false");
            assertThat(System.getProperty(CBOR)).isNull();

            System.setProperty(CBOR, "true");
            AwsClients.withoutCbor(() -> null);
            assertThat(System.getProperty(CBOR)).isEqualTo("true");
        } finally {
            if (before == null) {
                System.clearProperty(CBOR);
            } else {
                System.setProperty(CBOR, before);
            }
        }
    }

    @Test
    void shouldBuildClientsOnFirstUseAndCloseThem() {
        URI endpoint = URI.create("http://127.0.0.1:9");
        try (AwsClients aws = AwsClients.local("us-east-1", endpoint, endpoint)) {
            assertThat(aws.msf()).isSameAs(aws.msf());
            assertThat(aws.s3().serviceClientConfiguration().endpointOverride()).hasValue(endpoint);
            assertThat(aws.kinesis().serviceClientConfiguration().region().id()).isEqualTo("us-east-1");
        }
    }
}
