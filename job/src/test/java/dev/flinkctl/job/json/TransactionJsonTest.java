package dev.flinkctl.job.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.job.Transactions;
import dev.flinkctl.job.model.Transaction;
import dev.flinkctl.job.model.TransactionStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionJsonTest {
    private static final String VALID = "{\"transactionId\":\"t-1\",\"cardId\":\"c-1\",\"userId\":\"u-1\","
            + "\"amount\":\"612.50\",\"currency\":\"USD\",\"merchantId\":\"m-1\",\"country\":\"US\","
            + "\"status\":\"APPROVED\",\"eventTime\":\"2026-11-21T10:15:30.123Z\"}";

    @Test
    void parsesTheDocumentedFormat() throws Exception {
        Transaction t = TransactionJson.parse(VALID);
        assertThat(t).isEqualTo(new Transaction("t-1", "c-1", "u-1", new BigDecimal("612.50"), "USD", "m-1", "US",
                TransactionStatus.APPROVED, Transactions.at("10:15:30.123")));
    }

    @Test
    void writesWhatItReads() throws Exception {
        assertThat(TransactionJson.write(TransactionJson.parse(VALID))).isEqualTo(VALID);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"612.5|612.50", "\"612.5\"|612.50", "7|7.00", "\"0.01\"|0.01"})
    void acceptsAmountsAsNumbersOrStrings(String amount, String expected) throws Exception {
        assertThat(TransactionJson.parse(VALID.replace("\"612.50\"", amount)).amount).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void acceptsOffsetsAndConvertsToUtc() throws Exception {
        Transaction t = TransactionJson.parse(VALID.replace("2026-11-21T10:15:30.123Z", "2026-11-21T11:15:30.123+01:00"));
        assertThat(t.eventTime).isEqualTo(Transactions.at("10:15:30.123"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{not json|not valid JSON",
        "[1,2]|not a JSON object",
    })
    void rejectsRecordsThatAreNotJsonObjects(String record, String reason) {
        assertThatThrownBy(() -> TransactionJson.parse(record))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageStartingWith(reason);
    }

    /** Each row replaces one part of a valid record ({@code from} → {@code to}). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\"amount\":\"612.50\",'|''|missing field 'amount'",
        "'\"612.50\"'|'\"abc\"'|field 'amount' is not a decimal number: 'abc'",
        "'\"612.50\"'|612.505|field 'amount' has more than 2 decimal places: 612.505",
        "'\"612.50\"'|'\"-1.00\"'|field 'amount' is negative: -1.00",
        "'\"612.50\"'|true|field 'amount' must be a number or a decimal string",
        "APPROVED|PENDING|field 'status' must be APPROVED or DECLINED, not 'PENDING'",
        "2026-11-21T10:15:30.123Z|yesterday|field 'eventTime' is not an ISO-8601 time with offset: 'yesterday'",
        "'\"c-1\"'|'\"\"'|field 'cardId' must be a non-empty string",
        "'\"u-1\"'|null|missing field 'userId'",
    })
    void rejectsMalformedFieldsWithAOneLineReason(String from, String to, String reason) {
        String record = VALID.replace(from, to);
        assertThat(record).isNotEqualTo(VALID);
        assertThatThrownBy(() -> TransactionJson.parse(record))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessage(reason);
    }
}
