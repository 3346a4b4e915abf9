package dev.flinkctl.local.observe;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * One log line in MSF's CloudWatch Logs JSON format: {@code locationInformation}, {@code logger}, {@code message},
 * {@code threadName}, {@code applicationARN}, {@code applicationVersionId}, {@code messageSchemaVersion} ("1") and
 * {@code messageType} (the level), in that order, on one line.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/cloudwatch-logs-writing.html">MSF: write custom
 *     messages to CloudWatch Logs</a>
 */
final class MsfLogLine {
    /**
     * Messages are cut to this many chars, so a line stays below CloudWatch Logs' 256 KB event limit in UTF-8 (at most
     * 3 bytes per char).
     */
    static final int MAX_MESSAGE_CHARS = 64 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    private MsfLogLine() {}

    /**
     * @param location {@code class.method(File.java:line)}, or null (written as JSON null)
     * @param level a log4j level name; FATAL is written as ERROR and TRACE as DEBUG, the levels MSF knows
     */
    static String format(LogTarget target, String level, String logger, String message, String threadName, String location) {
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS) + " ... [truncated]";
        }
        StringWriter out = new StringWriter(256 + message.length());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("locationInformation", location);
            json.writeStringField("logger", logger);
            json.writeStringField("message", message);
            json.writeStringField("threadName", threadName);
            json.writeStringField("applicationARN", target.applicationArn());
            json.writeStringField("applicationVersionId", Long.toString(target.applicationVersionId()));
            json.writeStringField("messageSchemaVersion", "1");
            json.writeStringField("messageType", messageType(level));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    static String messageType(String level) {
        return switch (level.toUpperCase(Locale.ROOT)) {
            case "FATAL", "ERROR" -> "ERROR";
            case "WARN", "WARNING" -> "WARN";
            case "DEBUG", "TRACE" -> "DEBUG";
            default -> "INFO";
        };
    }
}
