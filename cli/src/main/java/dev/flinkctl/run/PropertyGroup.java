package dev.flinkctl.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One group of runtime properties, in the JSON shape of Managed Service for Apache Flink's
 * {@code application_properties.json}: {@code {"PropertyGroupId": "Source", "PropertyMap": {"type": "file"}}}.
 *
 * @param id         the group id, e.g. {@code Source}
 * @param properties key to value, in insertion order; never null (an absent map reads as empty)
 */
public record PropertyGroup(
        @JsonProperty("PropertyGroupId") String id,
        @JsonProperty("PropertyMap") Map<String, String> properties) {

    /**
     * @throws NullPointerException if {@code id} is null
     */
    public PropertyGroup {
        Objects.requireNonNull(id, "PropertyGroupId");
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties == null ? Map.of() : properties));
    }
}
