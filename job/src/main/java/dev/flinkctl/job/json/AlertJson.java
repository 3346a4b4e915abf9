package dev.flinkctl.job.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.flinkctl.job.model.Alert;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;

/**
 * Writes alerts as one JSON object each, fields always present and in this order (null when a rule
 * does not use them):
 *
 * <pre>{"rule":"HIGH_VALUE_BURST","key":"c-1","windowStart":"2026-11-21T10:10:00.000Z",
 *  "windowEnd":"2026-11-21T10:20:00.000Z","transactionCount":3,"totalAmount":"1837.50",
 *  "countries":null,"transactionId":null}</pre>
 */
public final class AlertJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private AlertJson() {}

    /** Serializes one alert; {@code totalAmount} as a string with 2 places. */
    public static String write(Alert a) {
        StringWriter out = new StringWriter(200);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("rule", a.rule.name());
            json.writeStringField("key", a.key);
            json.writeStringField("windowStart", Timestamps.format(a.windowStart));
            json.writeStringField("windowEnd", Timestamps.format(a.windowEnd));
            json.writeNumberField("transactionCount", a.transactionCount);
            json.writeStringField("totalAmount", a.totalAmount.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
            json.writeFieldName("countries");
            if (a.countries == null) {
                json.writeNull();
            } else {
                json.writeStartArray();
                for (String country : a.countries) {
                    json.writeString(country);
                }
                json.writeEndArray();
            }
            json.writeStringField("transactionId", a.transactionId);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
