package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.msf.ApplicationOverview;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatusViewTest {
    static final ApplicationOverview RUNNING = new ApplicationOverview("fraud", "arn:fraud", "RUNNING", 3L,
            "FLINK-1_20", 4, 2, 3, true, Instant.parse("2025-01-01T12:00:00Z"),
            new ApplicationOverview.Snapshot("stop-fraud-1", Instant.parse("2025-01-01T11:00:00Z")),
            new ApplicationOverview.Operation("StartApplication", "SUCCESSFUL", "op1", null), "running",
            "s3://b/job.jar", null, "https://eu-west-1.console.aws.amazon.com/flink/home?region=eu-west-1"
            + "#/applications/fraud", "aws");

    static final ApplicationOverview FAILED = new ApplicationOverview("fraud", "arn:fraud", "READY", 3L,
            "FLINK-1_20", 1, 1, 2, false, null, null,
            new ApplicationOverview.Operation("StartApplication", "FAILED", "op2", "java.lang.IllegalStateException: "
                    + "boom"), "not running: StartApplication failed", "s3://b/job.jar", "http://127.0.0.1:8081",
            null, "local");

    @Test
    void shouldPrintAlignedFields() {
        Views views = new Views(false);

        StatusView.print(views.printer, RUNNING, Views.output());

        assertThat(views.text()).contains("application:    fraud  (aws)\n", "status:         RUNNING\n",
                "job health:     running\n", "parallelism:    4 (2 per KPU)\n",
                "KPUs:           3 (incl. 1 orchestration)\n", "autoscaling:    on\n",
                "last snapshot:  stop-fraud-1 (2025-01-01T11:00:00Z)\n",
                "last operation: StartApplication SUCCESSFUL (op1)\n", "code:           s3://b/job.jar\n",
                "console:        https://eu-west-1.console.aws.amazon.com/flink/home?region=eu-west-1#/applications/"
                        + "fraud\n").doesNotContain("cause:", "dashboard:");
    }

    @Test
    void shouldShowTheCauseOfAFailedOperationAndTheLocalDashboard() {
        Views views = new Views(false);

        StatusView.print(views.printer, FAILED, Views.output());

        assertThat(views.text()).contains("last snapshot:  none\n", "last update:    -\n",
                "last operation: StartApplication FAILED (op2)\n",
                "cause:          java.lang.IllegalStateException: boom\n", "dashboard:      http://127.0.0.1:8081\n");
    }

    @Test
    void shouldColourTheStatusOnlyWhenAsked() {
        Views views = new Views(true);

        StatusView.print(views.printer, RUNNING, Views.output());

        assertThat(views.text()).contains("\u001B[32mRUNNING");
        assertThat(StatusView.statusStyle("READY")).isEqualTo("yellow");
        assertThat(StatusView.statusStyle("STARTING")).isEqualTo("cyan");
        assertThat(StatusView.statusStyle("DELETING")).isEqualTo("red");
        assertThat(StatusView.operationStyle("FAILED")).isEqualTo("red");
    }

    @Test
    void shouldPrintOneJsonDocumentWithTheDocumentedFields() throws Exception {
        Views views = new Views(false);

        StatusView.print(views.printer, RUNNING, Views.output("-o", "json"));

        JsonNode json = new ObjectMapper().readTree(views.text());
        assertThat(json.fieldNames()).toIterable().containsExactly("application", "arn", "status", "version",
                "runtimeEnvironment", "parallelism", "parallelismPerKpu", "kpus", "autoScaling", "lastUpdate",
                "lastSnapshot", "lastOperation", "health", "code", "console", "target");
        assertThat(json.path("lastSnapshot").path("createdAt").asText()).isEqualTo("2025-01-01T11:00:00Z");
        assertThat(json.path("lastOperation").path("cause").isNull()).isTrue();
    }
}
