package dev.flinkctl.msf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreType;

class RestoreTest {

    @Test
    void shouldParseLatestNoneAndSnapshotNames() {
        assertThat(Restore.parse("latest")).isEqualTo(new Restore(Restore.Type.LATEST, null));
        assertThat(Restore.parse("NONE")).isEqualTo(new Restore(Restore.Type.NONE, null));
        assertThat(Restore.parse("stop-app-1700000000000"))
                .isEqualTo(new Restore(Restore.Type.SNAPSHOT, "stop-app-1700000000000"));
        assertThat(Restore.parse("none").dropsState()).isTrue();
        assertThat(Restore.parse("latest").dropsState()).isFalse();
    }

    @Test
    void shouldRejectNamesMsfWouldNot() {
        assertThatThrownBy(() -> Restore.parse("my snapshot")).isInstanceOf(FlinkctlException.class)
                .hasMessageContaining("--restore my snapshot")
                .satisfies(e -> assertThat(((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.USAGE));
    }

    @Test
    void shouldTellMsfExplicitly() {
        assertThat(Restore.parse("latest").configuration().applicationRestoreType())
                .isEqualTo(ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT);
        assertThat(Restore.parse("none").configuration().applicationRestoreType())
                .isEqualTo(ApplicationRestoreType.SKIP_RESTORE_FROM_SNAPSHOT);
        var custom = Restore.parse("manual-1").configuration();
        assertThat(custom.applicationRestoreType()).isEqualTo(ApplicationRestoreType.RESTORE_FROM_CUSTOM_SNAPSHOT);
        assertThat(custom.snapshotName()).isEqualTo("manual-1");
    }
}
