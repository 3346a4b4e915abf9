package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.logs.LogEvent;
import dev.flinkctl.logs.LogLevel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogsViewTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00.123Z");
    private static final LogEvent FAILED = new LogEvent(AT, "e1", "kinesis-analytics-log-stream", LogLevel.ERROR,
            "org.apache.flink.runtime.taskmanager.Task", "counter (1/1) switched from RUNNING to FAILED\n"
            + "java.lang.IllegalStateException: boom\n\tat dev.Job.map(Job.java:42)\n", "counter (1/1)#0", "{...}");
    private static final LogEvent STARTED = new LogEvent(Instant.parse("2026-11-21T10:00:01Z"), "e2", "s",
            LogLevel.INFO, "dev.flinkctl.local.msf", "Starting application fraud", "main", "{...}");
    private static final LogEvent PLAIN = new LogEvent(AT, "e3", "s", null, null, "a line @|bold as is|@", null,
            "a line @|bold as is|@");

    @Test
    void shouldPrintOneReadableLinePerEventWithTheStackTraceIndented() {
        Views views = new Views(false);
        LogsView view = LogsView.of(views.printer, Views.output(), false, true);

        view.print(FAILED);
        view.print(STARTED);
        view.print(PLAIN);

        assertThat(views.text()).isEqualTo("""
                2026-11-21T10:00:00.123Z ERROR  Task  counter (1/1) switched from RUNNING to FAILED
                    java.lang.IllegalStateException: boom
                        at dev.Job.map(Job.java:42)
                2026-11-21T10:00:01.000Z INFO   msf  Starting application fraud
                2026-11-21T10:00:00.123Z -      a line @|bold as is|@
                """);
    }

    @Test
    void shouldColourErrorsRedAndWarningsYellowButLeaveMessagesAsTheyAre() {
        Views views = new Views(true);
        LogsView view = LogsView.of(views.printer, Views.output(), false, true);

        view.print(FAILED);
        view.print(new LogEvent(AT, "e4", "s", LogLevel.WARN, "x", "slow @|red not markup|@", null, "{}"));
        view.print(STARTED);

        String[] lines = views.text().split("\n");
        assertThat(lines[0]).contains("\u001B[31mERROR\u001B[39m\u001B[0m  Task  counter");
        assertThat(lines[3]).contains("\u001B[33mWARN\u001B[39m\u001B[0m   x  slow @|red not markup|@");
        assertThat(lines[4]).isEqualTo("2026-11-21T10:00:01.000Z INFO   msf  Starting application fraud");
    }

    @Test
    void shouldPrintOneCompactJsonObjectPerLineWhenNotOnATerminal() throws Exception {
        Views views = new Views(false);
        LogsView view = LogsView.of(views.printer, Views.output(), false, false);

        view.print(FAILED);
        view.print(PLAIN);

        String[] lines = views.text().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.path("timestamp").asText()).isEqualTo("2026-11-21T10:00:00.123Z");
        assertThat(first.path("level").asText()).isEqualTo("ERROR");
        assertThat(first.path("logger").asText()).isEqualTo("org.apache.flink.runtime.taskmanager.Task");
        assertThat(first.path("message").asText()).endsWith("at dev.Job.map(Job.java:42)\n");
        assertThat(first.path("thread").asText()).isEqualTo("counter (1/1)#0");
        assertThat(first.path("logStream").asText()).isEqualTo("kinesis-analytics-log-stream");
        assertThat(first.path("eventId").asText()).isEqualTo("e1");
        assertThat(first.path("raw").asText()).isEqualTo("{...}");
        assertThat(new ObjectMapper().readTree(lines[1]).path("level").isNull()).isTrue();
    }

    @Test
    void shouldPrintReadableLinesIntoAPipeOnlyWhenTableIsAskedFor() {
        Views json = new Views(false);
        LogsView.of(json.printer, Views.output("-o", "json"), true, true).print(STARTED);
        Views table = new Views(false);
        LogsView.of(table.printer, Views.output("-o", "table"), true, false).print(STARTED);

        assertThat(json.text()).startsWith("{\"timestamp\":\"2026-11-21T10:00:01Z\"");
        assertThat(table.text()).startsWith("2026-11-21T10:00:01.000Z INFO");
    }

    @Test
    void shouldRefuseYaml() {
        assertThatThrownBy(() -> LogsView.of(new Views(false).printer, Views.output("-o", "yaml"), true, true))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(e.getMessage()).contains("-o json").doesNotContain("\n");
                });
    }

    @Test
    void shouldShortenLoggerNames() {
        assertThat(LogsView.shortName("org.apache.flink.runtime.taskmanager.Task")).isEqualTo("Task");
        assertThat(LogsView.shortName("root")).isEqualTo("root");
        assertThat(LogsView.shortName("odd.")).isEqualTo("odd");
    }
}
