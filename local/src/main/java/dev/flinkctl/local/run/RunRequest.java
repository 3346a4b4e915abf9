package dev.flinkctl.local.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code flinkctl run} asks the runner to do; the CLI writes it as JSON, the runner reads it.
 *
 * @param jar the job jar, absolute path
 * @param mainClass the entry class, or null for the jar manifest's Main-Class
 * @param parallelism default parallelism of the job and number of task slots (≥ 1)
 * @param checkpointIntervalMs checkpoint interval in ms, or null for the default (1 s when reading a
 *     file, so a bounded run commits its output promptly; 60 s, MSF's default, otherwise)
 * @param properties the runtime property groups, in MSF's format
 * @param outputFile when set, the job's sink is pointed at this single file (the runner collects the
 *     file sink's committed part files into it when the job ends); null to keep the configured sink
 */
public record RunRequest(
        Path jar,
        String mainClass,
        int parallelism,
        Long checkpointIntervalMs,
        List<PropertyGroup> properties,
        Path outputFile) {

    /** One runtime property group as MSF writes it in {@code application_properties.json}. */
    public record PropertyGroup(
            @JsonProperty("PropertyGroupId") String id, @JsonProperty("PropertyMap") Map<String, String> map) {}

    /** The value of {@code group.key} in this request, or null. */
    public String property(String group, String key) {
        if (properties == null) {
            return null;
        }
        return properties.stream()
                .filter(g -> g.id().equals(group))
                .map(g -> g.map().get(key))
                .filter(v -> v != null)
                .reduce((first, second) -> second)
                .orElse(null);
    }
}
