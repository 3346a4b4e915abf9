package dev.flinkctl.msf.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.spec.SnapshotRetention;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrunePlanTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    /** A snapshot taken {@code daysAgo} days before NOW. */
    private static Snapshot snapshot(String name, String status, int daysAgo, boolean pinned) {
        Instant created = NOW.minus(Duration.ofDays(daysAgo));
        return new Snapshot(name, status, 1L, "FLINK-1_20", created, Duration.ofDays(daysAgo).toSeconds(), pinned);
    }

    private static List<Snapshot> daily(int count) {
        List<Snapshot> newestFirst = new ArrayList<>();
        for (int day = 0; day < count; day++) {
            newestFirst.add(snapshot("s" + day, "READY", day, false));
        }
        return newestFirst;
    }

    private static List<String> deleted(PrunePlan plan) {
        return plan.deletions().stream().map(Snapshot::name).toList();
    }

    @Test
    void shouldDeleteExactlyTheReadySnapshotsBeyondKeep() {
        PrunePlan plan = PrunePlan.decide("app", daily(6), Map.of(), new SnapshotRetention(2, null));

        assertThat(deleted(plan)).containsExactly("s2", "s3", "s4", "s5");
        assertThat(plan.verdicts()).extracting(PrunePlan.Verdict::reason).startsWith(
                "one of the 2 newest READY", "one of the 2 newest READY", "beyond the 2 newest READY");
    }

    @Test
    void shouldNotCountPinnedSnapshotsTowardsKeepAndNeverDeleteThem() {
        List<Snapshot> snapshots = daily(5);
        snapshots.set(1, snapshot("s1", "READY", 1, true));
        snapshots.set(4, snapshot("s4", "READY", 4, true));

        PrunePlan plan = PrunePlan.decide("app", snapshots, Map.of(), new SnapshotRetention(2, null));

        // s0 and s2 are the 2 newest unpinned READY ones; s3 goes; both pins stay
        assertThat(deleted(plan)).containsExactly("s3");
        assertThat(plan.verdicts()).filteredOn(v -> v.snapshot().pinned())
                .allSatisfy(v -> assertThat(v.reason()).isEqualTo("pinned"));
    }

    @Test
    void shouldKeepSnapshotsYoungerThanOlderThanEvenBeyondKeep() {
        PrunePlan plan = PrunePlan.decide("app", daily(6), Map.of(), new SnapshotRetention(1, Duration.ofDays(3)));

        // beyond keep 1: s1..s5; of those only the ones older than 3 days go (s3 is exactly 3 days: kept)
        assertThat(deleted(plan)).containsExactly("s4", "s5");
        assertThat(plan.verdicts().get(3).reason()).isEqualTo("younger than 3d");
        assertThat(plan.verdicts().get(4).reason()).isEqualTo("beyond the 1 newest READY and older than 3d");
    }

    @Test
    void shouldDeleteEverythingOlderThanTheAgeWhenThereIsNoCountButKeepTheLatest() {
        PrunePlan plan = PrunePlan.decide("app", daily(4), Map.of("s0", "latest READY"),
                new SnapshotRetention(null, Duration.ofHours(12)));

        assertThat(deleted(plan)).containsExactly("s1", "s2", "s3");
        assertThat(plan.verdicts().get(0).reason()).isEqualTo("latest READY");
    }

    @Test
    void shouldKeepProtectedSnapshotsAndCountThemTowardsKeep() {
        PrunePlan plan = PrunePlan.decide("app", daily(5), Map.of("s0", "latest READY", "s3", "previous version"),
                new SnapshotRetention(2, null));

        assertThat(deleted(plan)).containsExactly("s2", "s4");
        assertThat(plan.verdicts().get(3).reason()).isEqualTo("previous version");
    }

    @Test
    void shouldDeleteFailedSnapshotsButNeverOnesMsfIsStillWorkingOn() {
        List<Snapshot> snapshots = List.of(snapshot("creating", "CREATING", 0, false),
                snapshot("ready", "READY", 1, false), snapshot("failed-new", "FAILED", 1, false),
                snapshot("deleting", "DELETING", 9, false), snapshot("failed-old", "FAILED", 9, false));

        PrunePlan byCount = PrunePlan.decide("app", snapshots, Map.of(), new SnapshotRetention(5, null));
        PrunePlan byAge = PrunePlan.decide("app", snapshots, Map.of(), new SnapshotRetention(5, Duration.ofDays(2)));

        assertThat(deleted(byCount)).containsExactly("failed-new", "failed-old");
        assertThat(deleted(byAge)).containsExactly("failed-old");
        assertThat(byCount.verdicts().get(0).reason()).startsWith("CREATING");
    }

    @Test
    void shouldRefuseAPolicyWithoutLimits() {
        assertThatThrownBy(() -> PrunePlan.decide("app", daily(2), Map.of(), SnapshotRetention.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SnapshotRetention(0, null)).hasMessageContaining("at least 1");
    }

    @Test
    void shouldDescribeThePolicy() {
        assertThat(new SnapshotRetention(3, Duration.ofDays(7)).describe()).isEqualTo("keep 3, older than 7d");
        assertThat(new SnapshotRetention(null, Duration.ofHours(36)).describe()).isEqualTo("older than 1d12h");
        assertThat(PrunePlan.decide("app", daily(1), Map.of(), new SnapshotRetention(3, null)).olderThan()).isNull();
    }
}
