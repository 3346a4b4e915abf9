package dev.flinkctl.localenv;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads what a background server wrote to its log since it was started, for error messages and start-up. */
final class LogTail {
    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** @return the log's current size, so a later read sees only what a new start writes */
    static long offset(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** @return the text written to {@code log} from {@code offset} on (at most its last 64 KiB), or "" */
    static String since(Path log, long offset) {
        if (!Files.exists(log)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(offset, file.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) Math.max(0, file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** @return the last {@code count} non-blank lines written since {@code offset}, each indented, one per line */
    static String lastLines(Path log, long offset, int count) {
        List<String> lines = since(log, offset).lines().filter(line -> !line.isBlank()).toList();
        return lines.subList(Math.max(0, lines.size() - count), lines.size()).stream()
                .map(line -> "  " + line)
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
