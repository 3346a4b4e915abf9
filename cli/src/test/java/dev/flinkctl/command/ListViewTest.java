package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.msf.ApplicationState;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListViewTest {
    private final Views views = new Views(false);

    @Test
    void shouldPrintATable() {
        ListView.print(views.printer, List.of(new ApplicationState("fraud", "RUNNING", 3L, "FLINK-1_20"),
                new ApplicationState("x", "READY", null)), Views.output());

        assertThat(views.text()).isEqualTo("""
                NAME    STATUS    VERSION   RUNTIME
                fraud   RUNNING   3         FLINK-1_20
                x       READY     -         -
                """);
    }

    @Test
    void shouldPrintAnArray() {
        ListView.print(views.printer, List.of(new ApplicationState("fraud", "RUNNING", 3L, "FLINK-1_20")),
                Views.output("-o", "json"));

        assertThat(views.text().replaceAll("\\s+", "")).isEqualTo(
                "[{\"name\":\"fraud\",\"status\":\"RUNNING\",\"version\":3,\"runtimeEnvironment\":\"FLINK-1_20\"}]");
    }

    @Test
    void shouldSayThereAreNone() {
        ListView.print(views.printer, List.of(), Views.output());

        assertThat(views.text()).startsWith("No applications.");
    }
}
