package dev.flinkctl.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test helper: runtime property groups built fluently, and the committed lines of a file sink. */
public final class JobRun {
    private final Map<String, Properties> groups = new HashMap<>();

    /** Sets {@code group.key = value}. */
    public JobRun set(String group, String key, String value) {
        groups.computeIfAbsent(group, g -> new Properties()).setProperty(key, value);
        return this;
    }

    /** The properties as the job loads them. */
    public JobProperties properties() {
        return new JobProperties(groups);
    }

    /** Lines of the committed part files under {@code dir} whose name starts with {@code prefix}. */
    public static List<String> committedLines(Path dir, String prefix) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().startsWith(prefix)) // in-progress files start with '.'
                    .flatMap(f -> {
                        try {
                            return Files.readAllLines(f).stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
