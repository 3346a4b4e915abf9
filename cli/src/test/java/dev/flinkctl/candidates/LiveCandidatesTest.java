package dev.flinkctl.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.localenv.Host;
import dev.flinkctl.localenv.TestHost;
import dev.flinkctl.targets.TargetRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lookups that need no target; those against the local endpoint are in dist's CompletionIT. */
class LiveCandidatesTest {
    @TempDir
    Path dir;

    /** A local target that is not running: every lookup fails as fast as it can. */
    private LiveCandidates unreachable() {
        Host host = TestHost.withoutProcesses(dir, null, Map.of("FLINKCTL_TARGET", "local",
                "FLINKCTL_LOCAL_DIR", dir.resolve("no-local").toString()));
        return LiveCandidates.of(host);
    }

    private final CandidateQuery apps = new CandidateQuery(CandidateKind.applications, TargetRequest.none(),
            "fraud-detection");

    @Test
    void anUnreachableTargetGivesNothingWithoutAnError() {
        assertThat(unreachable().find(apps)).isEmpty();
    }

    @Test
    void aFreshEntryAnswersWithoutTheTarget() {
        LiveCandidates candidates = unreachable();
        new CandidateCache(dir.resolve("config/cache/completion"), Clock.systemUTC()).write(apps, List.of("cached"));

        assertThat(candidates.find(apps)).containsExactly("cached");
    }

    @Test
    void aStaleEntryIsOfferedFirstAndKeptWhenTheTargetFails() throws IOException {
        new CandidateCache(dir.resolve("config/cache/completion"), Clock.systemUTC()).write(apps, List.of("old"));
        try (Stream<Path> files = Files.list(dir.resolve("config/cache/completion"))) {
            Path entry = files.findFirst().orElseThrow();
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now().minusSeconds(3600)));
        }
        List<List<String>> offeredEarly = new ArrayList<>();

        List<String> found = unreachable().find(apps, offeredEarly::add);

        assertThat(offeredEarly).containsExactly(List.of("old"));
        assertThat(found).containsExactly("old");
    }

    @Test
    void profilesComeFromTheAwsConfigFile() throws IOException {
        Path config = Files.writeString(dir.resolve("config-file"),
                "[default]\nregion = us-east-1\n[profile prod]\nregion = eu-west-1\n[profile dev]\n");
        String previous = System.setProperty("aws.configFile", config.toString());
        String previousCredentials = System.setProperty("aws.sharedCredentialsFile",
                dir.resolve("none").toString());
        try {
            assertThat(unreachable().find(new CandidateQuery(CandidateKind.profiles, TargetRequest.none(), null)))
                    .containsExactly("default", "dev", "prod");
        } finally {
            restore("aws.configFile", previous);
            restore("aws.sharedCredentialsFile", previousCredentials);
        }
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, previous);
        }
    }
}
