package dev.flinkctl.msf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;

class SecretsTest {

    @ParameterizedTest
    @ValueSource(strings = {"db.password", "PASSWORD", "client.secret", "api-token", "accessKey", "aws.secret_key",
        "Credentials", "sasl.jaas.credential"})
    void shouldMaskKeysThatLookSecret(String key) {
        assertThat(Secrets.looksSecret(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stream.arn", "output.file", "rate", "aws.region", "pass", "tok"})
    void shouldKeepOtherKeys(String key) {
        assertThat(Secrets.looksSecret(key)).isFalse();
    }

    @Test
    void shouldMaskValuesAndKeepKeysAndOrder() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("url", "jdbc:postgresql://db/app");
        properties.put("db.Password", "hunter2");
        properties.put("rate", "5");

        assertThat(Secrets.mask(properties)).containsExactly(Map.entry("url", "jdbc:postgresql://db/app"),
                Map.entry("db.Password", Secrets.MASK), Map.entry("rate", "5"));
    }

    @Test
    void shouldMaskEveryPropertyGroupOfAnApplication() {
        ApplicationDetail detail = ApplicationDetail.builder().applicationName("a")
                .applicationConfigurationDescription(c -> c.environmentPropertyDescriptions(e -> e
                        .propertyGroupDescriptions(
                                PropertyGroup.builder().propertyGroupId("Db").propertyMap(Map.of("db.password", "x",
                                        "db.url", "u")).build(),
                                PropertyGroup.builder().propertyGroupId("Api").propertyMap(Map.of("token", "t"))
                                        .build())))
                .build();

        ApplicationDetail masked = Secrets.mask(detail);

        var groups = masked.applicationConfigurationDescription().environmentPropertyDescriptions()
                .propertyGroupDescriptions();
        assertThat(groups.get(0).propertyMap()).containsEntry("db.password", "****").containsEntry("db.url", "u");
        assertThat(groups.get(1).propertyMap()).containsEntry("token", "****");
        assertThat(masked.applicationName()).isEqualTo("a");
    }

    @Test
    void shouldLeaveAnApplicationWithoutPropertiesAlone() {
        ApplicationDetail detail = ApplicationDetail.builder().applicationName("a").build();

        assertThat(Secrets.mask(detail)).isSameAs(detail);
    }
}
