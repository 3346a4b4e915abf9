package dev.flinkctl.job.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** A dropped record as the dead-letter sink writes it: {@code {"error": reason, "record": raw}}. */
public final class DeadLetterJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private DeadLetterJson() {}

    /** Wraps the raw record (as received, even when it is not JSON) with the reason it was dropped. */
    public static String write(String reason, String record) {
        StringWriter out = new StringWriter(record.length() + 64);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("error", reason);
            json.writeStringField("record", record);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
