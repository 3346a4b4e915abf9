package dev.flinkctl.job.json;

import static dev.flinkctl.job.Transactions.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.job.model.Alert;
import dev.flinkctl.job.model.Rule;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertJsonTest {
    @Test
    void writesTheDocumentedFormatWithNullsForUnusedFields() {
        Alert alert = new Alert(Rule.HIGH_VALUE_BURST, "c-1", at("10:10:00"), at("10:20:00"), 3,
                new BigDecimal("1837.50"), null, null);
        assertThat(AlertJson.write(alert)).isEqualTo("{\"rule\":\"HIGH_VALUE_BURST\",\"key\":\"c-1\","
                + "\"windowStart\":\"2026-11-21T10:10:00.000Z\",\"windowEnd\":\"2026-11-21T10:20:00.000Z\","
                + "\"transactionCount\":3,\"totalAmount\":\"1837.50\",\"countries\":null,\"transactionId\":null}");
    }

    @Test
    void writesCountriesAndTransactionId() {
        Alert alert = new Alert(Rule.MULTI_COUNTRY, "u-1", at("10:00:00"), at("11:00:00"), 2,
                new BigDecimal("20"), List.of("FR", "US"), "t-9");
        assertThat(AlertJson.write(alert))
                .contains("\"totalAmount\":\"20.00\"", "\"countries\":[\"FR\",\"US\"]", "\"transactionId\":\"t-9\"");
    }

    @Test
    void deadLettersKeepTheRawRecordAndTheReason() {
        assertThat(DeadLetterJson.write("not valid JSON", "{\"a\":")).isEqualTo("{\"error\":\"not valid JSON\",\"record\":\"{\\\"a\\\":\"}");
    }
}
