package dev.flinkctl.localenv;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds executables the way a shell does. */
final class Executables {

    private Executables() {
    }

    /**
     * @param name an executable's file name, e.g. {@code moto_server}
     * @param path a {@code PATH} value (directories separated by the platform's separator), may be null
     * @return the first executable file of that name on the path
     */
    static Optional<Path> find(String name, String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** @return true if {@code file} is a regular file this user may execute */
    static boolean isExecutable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
