package dev.flinkctl.msf.versions;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One configuration field that differs between two versions. As JSON: {@code {"field": "properties.Counter.rate",
 * "from": "40", "to": "50"}}.
 *
 * @param field the field, named as in {@code flinkctl plan}: {@code code}, {@code code.objectVersion},
 *              {@code runtimeEnvironment}, {@code scaling.parallelism}, {@code properties.GROUP.KEY}, ...
 * @param from  its value in the older side of the comparison, {@value dev.flinkctl.msf.Secrets#MASK} for a
 *              secret-looking property, or null when not set there
 * @param to    its value in the newer side, masked the same way, or null when not set there
 */
@JsonPropertyOrder({"field", "from", "to"})
public record FieldChange(String field, String from, String to) {
}
