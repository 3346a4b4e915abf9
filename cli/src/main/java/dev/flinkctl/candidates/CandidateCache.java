package dev.flinkctl.candidates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Completion candidates remembered on disk, one file per query (one candidate per line), so that pressing Tab again
 * within {@link #FRESH} answers without calling AWS, and a slow or unreachable target still gets the last answer.
 * Written by a rename, so a reader never sees half a file; unreadable or unwritable files are treated as absent,
 * because completion must never fail.
 */
public final class CandidateCache {
    /** How long an entry is used without asking the target again: 30 s, a few Tab presses. */
    public static final Duration FRESH = Duration.ofSeconds(30);

    private final Path dir;
    private final Clock clock;

    /**
     * @param dir   the cache directory, created on first write
     * @param clock tells the age of entries
     */
    public CandidateCache(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /**
     * An entry read from the cache.
     *
     * @param candidates the candidates, in the order they were written
     * @param age        how long ago they were written
     */
    public record Entry(List<String> candidates, Duration age) {
        /** @return true while the entry is younger than {@link #FRESH} */
        public boolean fresh() {
            return age.compareTo(FRESH) < 0;
        }
    }

    /** @return the entry for {@code query}, or empty if there is none (or it cannot be read) */
    public Optional<Entry> read(CandidateQuery query) {
        Path file = file(query);
        try {
            Instant written = Files.getLastModifiedTime(file).toInstant();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            Duration age = Duration.between(written, clock.instant());
            return Optional.of(new Entry(lines, age.isNegative() ? Duration.ZERO : age));
        } catch (IOException e) {
            return Optional.empty(); // absent (NoSuchFileException) or unreadable: the same to completion
        }
    }

    /** Remembers {@code candidates} for {@code query}; does nothing if the cache directory is not writable. */
    public void write(CandidateQuery query, List<String> candidates) {
        Path file = file(query);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".candidates", ".tmp");
            Files.write(temp, candidates, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A cache that cannot be written only makes the next Tab slower.
        }
    }

    private Path file(CandidateQuery query) {
        // A digest keeps profile and application names (any characters) out of the file name.
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(query.cacheKey().getBytes(StandardCharsets.UTF_8));
            return dir.resolve(query.kind() + "-" + HexFormat.of().formatHex(digest, 0, 12) + ".txt");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
