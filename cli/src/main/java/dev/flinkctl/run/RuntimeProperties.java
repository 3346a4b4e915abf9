package dev.flinkctl.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime properties a local run hands to the job, merged from (lowest precedence first) a
 * {@code --properties} file, the {@code --input} shortcut and {@code --property} overrides. Groups and keys keep the
 * order in which they were first set.
 */
public final class RuntimeProperties {
    /** The property group the job reads its source from. */
    public static final String SOURCE_GROUP = "Source";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORMAT =
            "a JSON array like [{\"PropertyGroupId\": \"Source\", \"PropertyMap\": {\"type\": \"file\"}}]";

    private final Map<String, Map<String, String>> groups = new LinkedHashMap<>();

    private RuntimeProperties() {
    }

    /** @return no properties at all */
    public static RuntimeProperties empty() {
        return new RuntimeProperties();
    }

    /**
     * Merges the three sources of a local run's properties.
     *
     * @param file      an MSF {@code application_properties.json}, or null
     * @param inputFile the {@code --input} file, or null: sets {@code Source.type=file} and {@code Source.path}
     * @param overrides {@code --property} settings, applied last, in order
     * @return the merged groups
     * @throws FlinkctlException with {@link ExitCodes#USAGE} if a file is missing or the properties file is invalid
     */
    public static List<PropertyGroup> merge(Path file, Path inputFile, List<PropertyOverride> overrides) {
        RuntimeProperties properties = file == null ? empty() : load(file);
        if (inputFile != null) {
            properties.useInputFile(inputFile);
        }
        overrides.forEach(properties::set);
        return properties.groups();
    }

    /**
     * Reads a file in the format of MSF's {@code application_properties.json}.
     *
     * @param file the JSON file
     * @return its groups; a group id that appears twice is merged, later keys winning
     * @throws FlinkctlException with {@link ExitCodes#USAGE} if the file is missing, unreadable or not that format
     */
    public static RuntimeProperties load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new FlinkctlException(ExitCodes.USAGE, "properties file not found: " + absolute
                    + ": pass an existing application_properties.json to --properties");
        }
        List<PropertyGroup> read;
        try {
            read = JSON.readValue(absolute.toFile(), new TypeReference<List<PropertyGroup>>() { });
        } catch (JsonProcessingException e) {
            throw new FlinkctlException(ExitCodes.USAGE, "cannot read runtime properties from " + absolute
                    + ": " + e.getOriginalMessage() + ": expected " + FORMAT, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + absolute, e);
        }
        RuntimeProperties properties = empty();
        for (PropertyGroup group : read == null ? List.<PropertyGroup>of() : read) {
            group.properties().forEach((key, value) -> properties.set(group.id(), key, value));
        }
        return properties;
    }

    /**
     * Points the job's source at a local file: {@code Source.type=file}, {@code Source.path=<absolute path>}.
     *
     * @param inputFile the JSON-lines file of transactions
     * @throws FlinkctlException with {@link ExitCodes#USAGE} if the file does not exist
     */
    public void useInputFile(Path inputFile) {
        Path absolute = inputFile.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new FlinkctlException(ExitCodes.USAGE, "input file not found: " + absolute
                    + ": pass an existing JSON-lines file of transactions to --input");
        }
        set(SOURCE_GROUP, "type", "file");
        set(SOURCE_GROUP, "path", absolute.toString());
    }

    /** Sets one property, replacing an earlier value of the same group and key. */
    public void set(PropertyOverride override) {
        set(override.group(), override.key(), override.value());
    }

    /** Sets one property, replacing an earlier value of the same group and key. */
    public void set(String group, String key, String value) {
        groups.computeIfAbsent(group, id -> new LinkedHashMap<>()).put(key, value);
    }

    /** @return the groups in the order they were first set */
    public List<PropertyGroup> groups() {
        List<PropertyGroup> result = new ArrayList<>();
        groups.forEach((id, map) -> result.add(new PropertyGroup(id, map)));
        return List.copyOf(result);
    }
}
