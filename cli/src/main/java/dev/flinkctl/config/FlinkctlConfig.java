package dev.flinkctl.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * flinkctl's user configuration, {@code config.json} in {@code ~/.flinkctl} (or {@code $FLINKCTL_CONFIG_DIR}):
 * which target commands talk to, and where the local environment keeps its data, e.g.
 * {@code {"target": "local", "local": {"dataDir": "/home/me/.local/share/flinkctl/local"}}}. Updates merge into the
 * file and keep keys this version does not know.
 */
public final class FlinkctlConfig {
    /** The environment variable that moves the configuration directory. */
    public static final String DIR_ENV = "FLINKCTL_CONFIG_DIR";
    /** The target value that points commands at the local environment. */
    public static final String LOCAL_TARGET = "local";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    /** @param dir the configuration directory; {@code config.json} in it need not exist */
    public FlinkctlConfig(Path dir) {
        this.file = dir.resolve("config.json");
    }

    /**
     * @param env      the environment, for {@value #DIR_ENV}
     * @param userHome the user's home directory
     * @return the configuration in {@code $FLINKCTL_CONFIG_DIR}, else in {@code ~/.flinkctl}
     */
    public static FlinkctlConfig locate(Map<String, String> env, Path userHome) {
        String dir = env.get(DIR_ENV);
        return new FlinkctlConfig(dir == null || dir.isBlank() ? userHome.resolve(".flinkctl") : Path.of(dir));
    }

    /** @return the {@code config.json} file */
    public Path file() {
        return file;
    }

    /** @return the directory for caches beside the configuration (e.g. completion candidates); may not exist */
    public Path cacheDir() {
        return file.resolveSibling("cache");
    }

    /** @return the current target, e.g. {@code local}, or empty if none was chosen */
    public Optional<String> target() {
        return text(read().path("target"));
    }

    /** @return the local environment's data directory recorded by {@code flinkctl local up}, if any */
    public Optional<Path> localDataDir() {
        return text(read().path("local").path("dataDir")).map(Path::of);
    }

    /**
     * Makes the local environment in {@code dataDir} the current target, keeping every other key.
     *
     * @param dataDir the local environment's data directory (stored absolute)
     */
    public void useLocal(Path dataDir) {
        ObjectNode root = read();
        root.put("target", LOCAL_TARGET);
        JsonNode local = root.path("local");
        ObjectNode merged = local.isObject() ? (ObjectNode) local : root.putObject("local");
        merged.put("dataDir", dataDir.toAbsolutePath().normalize().toString());
        root.set("local", merged);
        write(root);
    }

    private ObjectNode read() {
        if (!Files.exists(file)) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                return JSON.createObjectNode();
            }
            if (!root.isObject()) {
                throw new FlinkctlException(ExitCodes.USAGE, file + " is not a JSON object: fix or delete it");
            }
            return (ObjectNode) root;
        } catch (JsonProcessingException e) {
            throw new FlinkctlException(ExitCodes.USAGE, "cannot read " + file + ": " + e.getOriginalMessage()
                    + ": fix or delete it", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void write(ObjectNode root) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "config-", ".json.tmp");
            try {
                JSON.writeValue(temporary.toFile(), root);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }
}
