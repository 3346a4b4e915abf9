package dev.flinkctl.local.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Collects what Flink's file sink committed in a directory into one file. Committed part files are
 * the visible ones; in-progress and pending files start with a dot and are left out.
 */
final class PartFiles {
    private PartFiles() {}

    /**
     * Concatenates the committed part files under {@code dir} (in name order) into {@code target},
     * replacing it atomically where the file system allows.
     *
     * @return the number of lines written
     * @throws IOException when reading or writing fails
     */
    static long collect(Path dir, Path target) throws IOException {
        List<Path> parts;
        try (Stream<Path> files = Files.exists(dir) ? Files.walk(dir) : Stream.empty()) {
            parts = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .collect(Collectors.toList());
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        long lines = 0;
        try (OutputStream out = Files.newOutputStream(temp)) {
            for (Path part : parts) {
                byte[] bytes = Files.readAllBytes(part);
                out.write(bytes);
                for (byte b : bytes) {
                    lines += b == '\n' ? 1 : 0;
                }
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return lines;
    }

    /** Deletes a directory tree; missing is fine. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        }
    }
}
