package dev.flinkctl.local.msf.domain;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Files under the endpoint's data directory: retained Flink checkpoints, and removal of an application's files. */
final class DataFiles {
    private static final Logger LOG = LoggerFactory.getLogger(DataFiles.class);

    /** A completed checkpoint: its directory and when its metadata was written. */
    record Checkpoint(String path, Instant time) {}

    private DataFiles() {}

    /**
     * The newest completed checkpoint under an application's checkpoint directory: Flink writes
     * {@code <job-id>/chk-<n>/_metadata} last, so a checkpoint with {@code _metadata} is complete.
     */
    static Optional<Checkpoint> latestCheckpoint(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(directory, 3,
                (path, attributes) -> path.getFileName().toString().equals("_metadata")
                        && path.getParent().getFileName().toString().startsWith("chk-"))) {
            return files.map(f -> new Checkpoint(f.getParent().toUri().toString(), modified(f)))
                    .max(Comparator.comparing(Checkpoint::time));
        } catch (IOException e) {
            LOG.warn("cannot look for checkpoints under {}", directory, e);
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** Deletes a directory tree; what cannot be deleted is logged and left. */
    static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot delete {}", directory, e);
        }
    }
}
