package dev.flinkctl.msf.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreType;

class ProtectionTest {
    private static Snapshot snapshot(String name, String status, long version, int minutesAgo) {
        return new Snapshot(name, status, version, "FLINK-1_20",
                Instant.parse("2026-11-21T12:00:00Z").minusSeconds(60L * minutesAgo), 60L * minutesAgo, false);
    }

    private static ApplicationDetail detail(long version, Long updatedFrom, String customSnapshot) {
        ApplicationDetail.Builder detail = ApplicationDetail.builder().applicationName("app")
                .applicationVersionId(version).applicationVersionUpdatedFrom(updatedFrom);
        if (customSnapshot != null) {
            detail.applicationConfigurationDescription(c -> c.runConfigurationDescription(r -> r
                    .applicationRestoreConfigurationDescription(a -> a
                            .applicationRestoreType(ApplicationRestoreType.RESTORE_FROM_CUSTOM_SNAPSHOT)
                            .snapshotName(customSnapshot))));
        }
        return detail.build();
    }

    @Test
    void shouldProtectTheLatestReadyTheConfiguredRestoreAndThePreviousVersionsNewest() {
        List<Snapshot> newestFirst = List.of(snapshot("failed", "FAILED", 3, 1), snapshot("v3-new", "READY", 3, 2),
                snapshot("v2-newest", "READY", 2, 3), snapshot("v2-older", "READY", 2, 4),
                snapshot("chosen", "READY", 1, 5), snapshot("other", "READY", 1, 6));

        Map<String, String> reasons = Protection.of(detail(3, 2L, "chosen"), newestFirst);

        assertThat(reasons).containsOnlyKeys("v3-new", "chosen", "v2-newest");
        assertThat(reasons.get("v3-new")).startsWith("latest READY");
        assertThat(reasons.get("chosen")).contains("RESTORE_FROM_CUSTOM_SNAPSHOT");
        assertThat(reasons.get("v2-newest")).contains("previous version, 2");
    }

    @Test
    void shouldProtectOnlyTheLatestForAFirstVersionWithoutRunConfiguration() {
        Map<String, String> reasons = Protection.of(detail(1, null, null),
                List.of(snapshot("a", "READY", 1, 1), snapshot("b", "READY", 1, 2)));

        assertThat(reasons).containsOnlyKeys("a");
    }
}
