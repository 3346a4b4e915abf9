package dev.flinkctl.candidates;

import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.config.FlinkctlConfig;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.msf.ApplicationState;
import dev.flinkctl.msf.snapshots.ApplicationSnapshots;
import dev.flinkctl.msf.snapshots.Snapshot;
import dev.flinkctl.msf.versions.Versions;
import dev.flinkctl.targets.Target;
import dev.flinkctl.targets.Targets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Looks up the completion candidates that only the target knows (applications, snapshots, versions), through
 * {@link CandidateCache}, and the AWS profiles of this machine. Completion runs while the user waits at a prompt, so
 * every lookup is bounded: a cache entry younger than {@link CandidateCache#FRESH} answers at once, a call to the
 * target gives up after {@link #CALL_TIMEOUT}, and on any failure the last answer (however old) or nothing is
 * returned. It never throws.
 */
public final class LiveCandidates {
    /**
     * The longest one call to the target may take, retries included: 700 ms, so that with the JVM's start a Tab
     * press returns within about 1 s (the shell scripts also stop waiting after 1 s).
     */
    public static final Duration CALL_TIMEOUT = Duration.ofMillis(700);
    /** Versions offered: the newest 20, as {@code version list} shows by default. */
    static final int VERSIONS = Versions.DEFAULT_LIMIT;

    private final Host host;
    private final CandidateCache cache;

    /**
     * @param host  this machine: environment (target choice, profiles' files) and home
     * @param cache where answers are remembered
     */
    public LiveCandidates(Host host, CandidateCache cache) {
        this.host = host;
        this.cache = cache;
    }

    /**
     * @param host this machine
     * @return lookups cached in the configuration directory's {@code cache/completion}
     */
    public static LiveCandidates of(Host host) {
        return new LiveCandidates(host, new CandidateCache(
                FlinkctlConfig.locate(host.env(), host.userHome()).cacheDir().resolve("completion"), Clock.systemUTC()));
    }

    /**
     * @param query what to list, where
     * @return the candidates, possibly from the cache; empty when the target cannot be reached and nothing is cached
     */
    public List<String> find(CandidateQuery query) {
        return find(query, stale -> { });
    }

    /**
     * @param query what to list, where
     * @param stale receives an old cache entry's candidates before the target is asked, so a caller that may be cut
     *              off (the shell's one-second limit) can show them at once
     * @return the candidates, possibly from the cache; empty when the target cannot be reached and nothing is cached
     */
    public List<String> find(CandidateQuery query, Consumer<List<String>> stale) {
        if (query.kind() == CandidateKind.profiles) {
            return profiles();
        }
        Optional<CandidateCache.Entry> cached = cache.read(query);
        if (cached.isPresent() && cached.get().fresh()) {
            return cached.get().candidates();
        }
        cached.ifPresent(entry -> stale.accept(entry.candidates()));
        try {
            List<String> found = fromTarget(query);
            cache.write(query, found);
            return found;
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Not running, no credentials, timed out, not found: completion offers what it knew, or nothing.
            return cached.map(CandidateCache.Entry::candidates).orElse(List.of());
        }
    }

    private List<String> fromTarget(CandidateQuery query) throws InterruptedException {
        Target target = new Targets(host).resolve(query.target(), false, line -> { });
        try (AwsClients aws = target.clients().withCallTimeout(CALL_TIMEOUT)) {
            return switch (query.kind()) {
                case applications -> new Applications(aws.msf()).list().stream().map(ApplicationState::name).toList();
                case snapshots -> new ApplicationSnapshots(aws.msf(), Clock.systemUTC(), Duration.ZERO)
                        .list(query.application()).stream().map(Snapshot::name).toList();
                case versions -> new Versions(aws.msf()).history(query.application(), VERSIONS).stream()
                        .map(version -> String.valueOf(version.version())).toList();
                case profiles -> profiles();
            };
        }
    }

    /** Profiles come from the SDK's own reading of the config and credentials files (AWS_CONFIG_FILE and so on). */
    private static List<String> profiles() {
        try {
            return ProfileFile.defaultProfileFile().profiles().keySet().stream().sorted().toList();
        } catch (RuntimeException e) {
            return List.of(); // a malformed ~/.aws/config: no candidates rather than an error at the prompt
        }
    }
}
