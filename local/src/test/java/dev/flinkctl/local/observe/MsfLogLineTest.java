package dev.flinkctl.local.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MsfLogLineTest {
    private static final LogTarget TARGET = new LogTarget(
            LogStreamArn.parse("arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:s"),
            "arn:aws:kinesisanalytics:us-east-1:123456789012:application/orders", 7);

    @Test
    void writesMsfFieldsInOrderOnOneLine() {
        String line = MsfLogLine.format(TARGET, "INFO", "org.example.Job", "said \"hi\"\nand left", "main",
                "org.example.Job.main(Job.java:12)");
        assertThat(line).isEqualTo("{\"locationInformation\":\"org.example.Job.main(Job.java:12)\","
                + "\"logger\":\"org.example.Job\",\"message\":\"said \\\"hi\\\"\\nand left\",\"threadName\":\"main\","
                + "\"applicationARN\":\"arn:aws:kinesisanalytics:us-east-1:123456789012:application/orders\","
                + "\"applicationVersionId\":\"7\",\"messageSchemaVersion\":\"1\",\"messageType\":\"INFO\"}");
    }

    @Test
    void unknownLocationIsJsonNull() {
        assertThat(MsfLogLine.format(TARGET, "WARN", "l", "m", "t", null)).startsWith("{\"locationInformation\":null,");
    }

    @Test
    void cutsLongMessages() {
        String line = MsfLogLine.format(TARGET, "INFO", "l", "x".repeat(MsfLogLine.MAX_MESSAGE_CHARS + 10), "t", null);
        assertThat(line).contains("x ... [truncated]").hasSizeLessThan(MsfLogLine.MAX_MESSAGE_CHARS + 400);
    }

    @ParameterizedTest
    @CsvSource({"FATAL,ERROR", "ERROR,ERROR", "WARN,WARN", "info,INFO", "DEBUG,DEBUG", "TRACE,DEBUG", "OFF,INFO"})
    void mapsLevelsToTheFourMsfKnows(String level, String messageType) {
        assertThat(MsfLogLine.messageType(level)).isEqualTo(messageType);
    }
}
