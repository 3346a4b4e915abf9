package dev.flinkctl.logs;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Objects;

/**
 * One event of an application's log stream, with the fields of MSF's JSON log line picked out. MSF writes one JSON
 * object per line with {@code locationInformation}, {@code logger}, {@code message}, {@code threadName},
 * {@code applicationARN}, {@code applicationVersionId}, {@code messageSchemaVersion} and {@code messageType} (the
 * level); see https://docs.aws.amazon.com/managed-flink/latest/java/cloudwatch-logs-writing.html. A line that is not
 * such an object (another logger's plain text) keeps a null level, logger and thread, and the whole line as its
 * message.
 *
 * @param timestamp when it was logged (the event's {@code timestamp}, ms precision)
 * @param eventId   CloudWatch Logs' id of the event, unique in the log group
 * @param logStream the log stream it came from
 * @param level     {@code messageType}, or null when the line has none
 * @param logger    {@code logger}, e.g. {@code org.apache.flink.runtime.taskmanager.Task}, or null
 * @param message   {@code message} (a stack trace is part of it, after a newline), or the whole line
 * @param thread    {@code threadName}, or null
 * @param raw       the line as stored in CloudWatch Logs
 */
@JsonPropertyOrder({"timestamp", "level", "logger", "message", "thread", "logStream", "eventId", "raw"})
public record LogEvent(Instant timestamp, String eventId, String logStream, LogLevel level, String logger,
                       String message, String thread, String raw) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @throws NullPointerException when the timestamp, id or line is null */
    public LogEvent {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * @param timestamp when it was logged
     * @param eventId   CloudWatch Logs' event id
     * @param logStream the log stream it came from
     * @param raw       the line as stored: MSF's JSON, or any text
     * @return the event, with the JSON fields picked out when {@code raw} is a JSON object
     */
    public static LogEvent parse(Instant timestamp, String eventId, String logStream, String raw) {
        JsonNode line = object(raw);
        if (line == null) {
            return new LogEvent(timestamp, eventId, logStream, null, null, raw, null, raw);
        }
        String message = text(line, "message");
        return new LogEvent(timestamp, eventId, logStream, LogLevel.of(text(line, "messageType")), text(line, "logger"),
                message == null ? raw : message, text(line, "threadName"), raw);
    }

    /**
     * @param minimum the least severe level to keep, or null to keep every event
     * @return true if this event passes: always without a minimum; with one, only when its level is known and at
     *     least {@code minimum} (a line without a level cannot be shown to meet it, so it is left out)
     */
    public boolean atLeast(LogLevel minimum) {
        return minimum == null || (level != null && level.compareTo(minimum) >= 0);
    }

    private static JsonNode object(String raw) {
        String trimmed = raw.strip();
        if (!trimmed.startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(trimmed);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
