package dev.flinkctl.local.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.local.run.RunRequest.PropertyGroup;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Gives one job its runtime properties the way MSF does: an {@code application_properties.json}
 * and, beside it, a {@code config.properties} naming it, in a directory that goes on that job's user
 * classpath. The MSF runtime library ({@code KinesisAnalyticsRuntime.getApplicationProperties()})
 * loads the first {@code config.properties} it finds, so each job sees only its own properties.
 */
public final class RuntimeProperties {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuntimeProperties() {}

    /**
     * Writes both files into {@code dir} (created if needed).
     *
     * @return the directory's URL, for the job's user classpath
     * @throws IOException when the files cannot be written
     */
    public static URL write(Path dir, List<PropertyGroup> groups) throws IOException {
        Files.createDirectories(dir);
        Path json = dir.resolve("application_properties.json").toAbsolutePath();
        JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), groups == null ? List.of() : groups);
        Properties config = new Properties();
        config.setProperty("application_properties_file", json.toString());
        try (var out = Files.newOutputStream(dir.resolve("config.properties"))) {
            config.store(out, "written by flinkctl for one job; read by KinesisAnalyticsRuntime");
        }
        return dir.toUri().toURL();
    }
}
