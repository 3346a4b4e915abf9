package dev.flinkctl.job.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.job.model.Transaction;
import dev.flinkctl.job.model.TransactionStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes transactions as one JSON object each:
 *
 * <pre>{"transactionId":"t-1","cardId":"c-1","userId":"u-1","amount":"612.50","currency":"USD",
 *  "merchantId":"m-1","country":"US","status":"APPROVED","eventTime":"2026-11-21T10:15:30.123Z"}</pre>
 *
 * <p>{@code amount} may be a JSON number or string with at most two decimal places; every field is
 * required. Thread-safe.
 */
public final class TransactionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private TransactionJson() {}

    /**
     * Parses one record.
     *
     * @throws MalformedRecordException with a one-line reason when the record is not valid JSON, a field
     *     is missing or empty, the amount is not a non-negative decimal with at most 2 places, the status
     *     is unknown, or the event time is not ISO-8601 with an offset
     */
    public static Transaction parse(String record) throws MalformedRecordException {
        JsonNode node;
        try {
            node = MAPPER.readTree(record);
        } catch (JsonProcessingException e) {
            throw new MalformedRecordException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedRecordException("not a JSON object");
        }
        return new Transaction(
                text(node, "transactionId"),
                text(node, "cardId"),
                text(node, "userId"),
                amount(node),
                text(node, "currency"),
                text(node, "merchantId"),
                text(node, "country"),
                status(node),
                eventTime(node));
    }

    /** Writes one transaction in the documented format (amount with 2 places, time in UTC millis). */
    public static String write(Transaction t) {
        StringWriter out = new StringWriter(224);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("transactionId", t.transactionId);
            json.writeStringField("cardId", t.cardId);
            json.writeStringField("userId", t.userId);
            json.writeStringField("amount", t.amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
            json.writeStringField("currency", t.currency);
            json.writeStringField("merchantId", t.merchantId);
            json.writeStringField("country", t.country);
            json.writeStringField("status", t.status.name());
            json.writeStringField("eventTime", Timestamps.format(t.eventTime));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static JsonNode field(JsonNode node, String name) throws MalformedRecordException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new MalformedRecordException("missing field '" + name + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String name) throws MalformedRecordException {
        JsonNode value = field(node, name);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new MalformedRecordException("field '" + name + "' must be a non-empty string");
        }
        return value.asText();
    }

    private static BigDecimal amount(JsonNode node) throws MalformedRecordException {
        JsonNode value = field(node, "amount");
        BigDecimal amount;
        try {
            if (value.isNumber()) {
                amount = value.decimalValue();
            } else if (value.isTextual()) {
                amount = new BigDecimal(value.asText().trim());
            } else {
                throw new MalformedRecordException("field 'amount' must be a number or a decimal string");
            }
        } catch (NumberFormatException e) {
            throw new MalformedRecordException("field 'amount' is not a decimal number: '" + value.asText() + "'");
        }
        if (amount.signum() < 0) {
            throw new MalformedRecordException("field 'amount' is negative: " + amount.toPlainString());
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new MalformedRecordException("field 'amount' has more than 2 decimal places: " + amount.toPlainString());
        }
    }

    private static TransactionStatus status(JsonNode node) throws MalformedRecordException {
        String status = text(node, "status");
        try {
            return TransactionStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("field 'status' must be APPROVED or DECLINED, not '" + status + "'");
        }
    }

    private static long eventTime(JsonNode node) throws MalformedRecordException {
        String text = text(node, "eventTime");
        try {
            return Timestamps.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedRecordException("field 'eventTime' is not an ISO-8601 time with offset: '" + text + "'");
        }
    }
}
