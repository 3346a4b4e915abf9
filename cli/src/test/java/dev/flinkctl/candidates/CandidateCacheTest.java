package dev.flinkctl.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.targets.TargetRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandidateCacheTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    Path dir;

    private final CandidateQuery apps = new CandidateQuery(CandidateKind.applications,
            new TargetRequest(false, "prod", "eu-west-1"), "payments");

    private CandidateCache at(Instant now) {
        return new CandidateCache(dir.resolve("cache"), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void nothingIsCachedAtFirst() {
        assertThat(at(NOW).read(apps)).isEmpty();
    }

    @Test
    void anEntryIsFreshFor30SecondsThenStaleButKept() throws IOException {
        at(NOW).write(apps, List.of("payments", "fraud-detection"));
        Path file;
        try (var files = Files.list(dir.resolve("cache"))) {
            file = files.findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(file, FileTime.from(NOW));

        CandidateCache.Entry young = at(NOW.plusSeconds(29)).read(apps).orElseThrow();
        CandidateCache.Entry old = at(NOW.plusSeconds(31)).read(apps).orElseThrow();

        assertThat(young.candidates()).containsExactly("payments", "fraud-detection");
        assertThat(young.fresh()).isTrue();
        assertThat(old.fresh()).isFalse();
        assertThat(old.candidates()).containsExactly("payments", "fraud-detection");
        assertThat(old.age()).isEqualTo(Duration.ofSeconds(31));
    }

    @Test
    void eachQueryHasItsOwnEntry() {
        CandidateQuery otherRegion = new CandidateQuery(CandidateKind.applications,
                new TargetRequest(false, "prod", "us-east-1"), "payments");
        CandidateQuery snapshots = new CandidateQuery(CandidateKind.snapshots, apps.target(), "payments");
        at(NOW).write(apps, List.of("a"));
        at(NOW).write(otherRegion, List.of("b"));

        assertThat(at(NOW).read(otherRegion).orElseThrow().candidates()).containsExactly("b");
        assertThat(at(NOW).read(apps).orElseThrow().candidates()).containsExactly("a");
        assertThat(at(NOW).read(snapshots)).isEmpty();
    }

    @Test
    void anEmptyAnswerIsRemembered() {
        at(NOW).write(apps, List.of());

        assertThat(at(NOW).read(apps).orElseThrow().candidates()).isEmpty();
    }

    @Test
    void anUnwritableCacheIsIgnored() throws IOException {
        Path blocked = Files.writeString(dir.resolve("file"), "not a directory");
        CandidateCache cache = new CandidateCache(blocked.resolve("cache"), Clock.systemUTC());

        cache.write(apps, List.of("a"));

        assertThat(cache.read(apps)).isEmpty();
    }
}
