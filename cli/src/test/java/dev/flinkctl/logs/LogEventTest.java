package dev.flinkctl.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LogEventTest {
    static final Instant AT = Instant.parse("2026-11-21T10:00:00.123Z");

    /** A line as MSF writes it, with a stack trace in the message. */
    static final String MSF_LINE = "{\"locationInformation\":\"org.apache.flink.runtime.taskmanager.Task"
            + ".transitionState(Task.java:1201)\",\"logger\":\"org.apache.flink.runtime.taskmanager.Task\","
            + "\"message\":\"counter (1/1) switched from RUNNING to FAILED\\njava.lang.IllegalStateException: boom\\n"
            + "\\tat dev.Job.map(Job.java:42)\",\"threadName\":\"counter (1/1)#0\",\"applicationARN\":"
            + "\"arn:aws:kinesisanalytics:us-east-1:123456789012:application/fraud\",\"applicationVersionId\":\"3\","
            + "\"messageSchemaVersion\":\"1\",\"messageType\":\"WARN\"}";

    @Test
    void shouldPickTheFieldsOutOfAnMsfLine() {
        LogEvent event = LogEvent.parse(AT, "e1", "kinesis-analytics-log-stream", MSF_LINE);

        assertThat(event.timestamp()).isEqualTo(AT);
        assertThat(event.eventId()).isEqualTo("e1");
        assertThat(event.logStream()).isEqualTo("kinesis-analytics-log-stream");
        assertThat(event.level()).isEqualTo(LogLevel.WARN);
        assertThat(event.logger()).isEqualTo("org.apache.flink.runtime.taskmanager.Task");
        assertThat(event.thread()).isEqualTo("counter (1/1)#0");
        assertThat(event.message()).isEqualTo("counter (1/1) switched from RUNNING to FAILED\n"
                + "java.lang.IllegalStateException: boom\n\tat dev.Job.map(Job.java:42)");
        assertThat(event.raw()).isEqualTo(MSF_LINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain text from another appender", "{not json", "[1, 2]", "  ", "\"a string\""})
    void shouldKeepALineThatIsNotAJsonObjectAsTheMessage(String line) {
        LogEvent event = LogEvent.parse(AT, "e1", "s", line);

        assertThat(event.level()).isNull();
        assertThat(event.logger()).isNull();
        assertThat(event.thread()).isNull();
        assertThat(event.message()).isEqualTo(line);
    }

    @Test
    void shouldKeepTheWholeLineWhenAJsonObjectHasNoMessage() {
        String line = "{\"messageType\":\"ERROR\",\"logger\":\"x\"}";

        LogEvent event = LogEvent.parse(AT, "e1", "s", line);

        assertThat(event.level()).isEqualTo(LogLevel.ERROR);
        assertThat(event.message()).isEqualTo(line);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "ERROR, ERROR", "error, ERROR", "FATAL, ERROR", "WARN, WARN", "WARNING, WARN", "INFO, INFO",
        "DEBUG, DEBUG", "TRACE, DEBUG", "NOTICE, null", "null, null"})
    void shouldReadTheLevelsMsfAndLog4jWrite(String name, LogLevel expected) {
        assertThat(LogLevel.of(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        // level, minimum, kept
        "ERROR, ERROR, true", "WARN, ERROR, false", "ERROR, WARN, true", "WARN, WARN, true", "INFO, WARN, false",
        "DEBUG, INFO, false", "DEBUG, DEBUG, true", "DEBUG, null, true", "null, null, true", "null, DEBUG, false"})
    void shouldKeepEventsAtOrAboveTheMinimumAndThoseWithoutALevelOnlyWithoutOne(LogLevel level, LogLevel minimum,
                                                                                boolean kept) {
        LogEvent event = new LogEvent(AT, "e1", "s", level, null, "m", null, "m");

        assertThat(event.atLeast(minimum)).isEqualTo(kept);
    }
}
