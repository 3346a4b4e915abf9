package dev.flinkctl.localenv;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.config.FlinkctlConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.stream.Stream;

/** Where a local environment keeps its state, logs and the endpoint's applications, and how it is deleted. */
final class DataDirectory {
    /** The environment variable that sets the data directory when {@code --data-dir} is not given. */
    static final String ENV = "FLINKCTL_LOCAL_DIR";

    private DataDirectory() {
    }

    /**
     * @return {@code --data-dir}, else {@code $FLINKCTL_LOCAL_DIR}, else the one the last {@code local up} recorded in
     *         the configuration, else {@code ${XDG_DATA_HOME:-~/.local/share}/flinkctl/local}
     */
    static Path resolve(Path option, Host host, FlinkctlConfig config) {
        if (option != null) {
            return option;
        }
        String fromEnv = host.env().get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        Optional<Path> recorded = config.localDataDir();
        if (recorded.isPresent()) {
            return recorded.get();
        }
        String xdg = host.env().get("XDG_DATA_HOME");
        // The XDG spec says to ignore a relative XDG_DATA_HOME.
        Path dataHome = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : host.userHome().resolve(".local").resolve("share");
        return dataHome.resolve("flinkctl").resolve("local");
    }

    /** @throws FlinkctlException with {@link ExitCodes#FAILED} if {@code dir} cannot be created */
    static void create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new FlinkctlException(ExitCodes.FAILED, "cannot create the data directory " + dir + ": "
                    + e.getMessage() + ": choose another with --data-dir", e);
        }
    }

    static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Deletes {@code dir} and everything in it; symbolic links are deleted, not followed. */
    static void delete(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path visited, IOException error) throws IOException {
                    if (error != null) {
                        throw error;
                    }
                    Files.delete(visited);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new FlinkctlException(ExitCodes.FAILED, "cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // only tidiness: a stale endpoint.json is deleted again before the next start
        }
    }
}
