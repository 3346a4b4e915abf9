package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.msf.ApplicationOverview;
import dev.flinkctl.msf.Lifecycle;
import dev.flinkctl.msf.LifecycleResult;
import dev.flinkctl.msf.Restore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LifecycleViewTest {
    static final ApplicationOverview.Snapshot SNAPSHOT = new ApplicationOverview.Snapshot("stop-fraud-1",
            Instant.parse("2025-01-01T11:00:00Z"));
    static final Lifecycle.State RUNNING = new Lifecycle.State("fraud", "RUNNING", true, 1, SNAPSHOT);
    static final Lifecycle.State NO_SNAPSHOTS = new Lifecycle.State("fraud", "READY", false, 0, null);

    private final Views views = new Views(false);

    private String line(LifecycleResult result, Lifecycle.State before) {
        return LifecycleView.line(views.printer, result, before);
    }

    @Test
    void shouldSayNothingWasDone() {
        assertThat(line(new LifecycleResult("fraud", "start", false, "RUNNING", null, null, null), RUNNING))
                .isEqualTo("'fraud' is already running (RUNNING)");
        assertThat(line(new LifecycleResult("fraud", "stop", false, "READY", null, null, null), NO_SNAPSHOTS))
                .isEqualTo("'fraud' is already stopped (READY)");
    }

    @Test
    void shouldPointAtStatusWhenNotWaiting() {
        assertThat(line(new LifecycleResult("fraud", "start", true, "STARTING", "op1", "IN_PROGRESS", null),
                NO_SNAPSHOTS)).isEqualTo("Start of 'fraud' requested (operation op1): it is STARTING; follow it "
                + "with 'flinkctl status fraud'");
        assertThat(line(new LifecycleResult("fraud", "delete", true, "DELETING", null, "IN_PROGRESS", null),
                NO_SNAPSHOTS)).startsWith("Delete of 'fraud' requested: it is DELETING");
    }

    @Test
    void shouldNameTheSnapshotOfAStopOrSayWhyThereIsNone() {
        assertThat(line(new LifecycleResult("fraud", "stop", true, "READY", "op1", "SUCCESSFUL", SNAPSHOT), RUNNING))
                .isEqualTo("'fraud' is READY; snapshot stop-fraud-1 (2025-01-01T11:00:00Z)");
        assertThat(line(new LifecycleResult("fraud", "stop", true, "READY", "op1", "SUCCESSFUL", null),
                new Lifecycle.State("fraud", "RUNNING", false, 0, null)))
                .isEqualTo("'fraud' is READY; no snapshot (snapshots are disabled)");
        assertThat(line(new LifecycleResult("fraud", "force-stop", true, "READY", "op1", "SUCCESSFUL", null),
                RUNNING)).isEqualTo("'fraud' is READY (force-stopped, no snapshot)");
    }

    @Test
    void shouldSayItRunsOrIsGone() {
        assertThat(line(new LifecycleResult("fraud", "start", true, "RUNNING", "op1", "SUCCESSFUL", null), RUNNING))
                .isEqualTo("'fraud' is RUNNING (operation op1)");
        assertThat(line(new LifecycleResult("fraud", "delete", true, LifecycleResult.DELETED, null, null, null),
                RUNNING)).isEqualTo("'fraud' is deleted");
    }

    @Test
    void shouldSayWhatAStartRestoresAndWhatAForceStopLoses() {
        assertThat(LifecycleView.starting(RUNNING, Restore.parse("latest"), "aws eu-west-1"))
                .isEqualTo("Starting 'fraud' on aws eu-west-1: restoring the latest snapshot, stop-fraud-1");
        assertThat(LifecycleView.starting(NO_SNAPSHOTS, Restore.parse("latest"), "aws eu-west-1"))
                .endsWith(": no snapshot to restore: without state");
        assertThat(LifecycleView.starting(RUNNING, Restore.parse("manual-1"), "aws eu-west-1"))
                .endsWith(": restoring snapshot manual-1");
        assertThat(LifecycleView.forceWarning(RUNNING)).contains("without a snapshot",
                "since snapshot stop-fraud-1 (2025-01-01T11:00:00Z) is lost");
    }

    @Test
    void shouldPrintTheResultAsYaml() {
        LifecycleView.print(views.printer, new LifecycleResult("fraud", "stop", true, "READY", "op1", "SUCCESSFUL",
                SNAPSHOT), RUNNING, Views.output("-o", "yaml"));

        assertThat(views.text()).startsWith("application: fraud\naction: stop\nchanged: true\nstatus: READY\n")
                .contains("snapshot:\n  name: stop-fraud-1\n");
    }
}
