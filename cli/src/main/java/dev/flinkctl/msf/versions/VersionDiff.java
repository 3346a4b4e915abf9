package dev.flinkctl.msf.versions;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The field-by-field difference between two versions, for {@code flinkctl version diff}. As JSON:
 * <pre>
 * {"application": "fraud-detection", "from": 2, "to": 3,
 *  "changes": [{"field": "scaling.parallelism", "from": "1", "to": "2"},
 *              {"field": "properties.Counter.api.token", "from": "****", "to": "****"}]}
 * </pre>
 *
 * @param application the application name
 * @param from        the version compared from
 * @param to          the version compared to
 * @param changes     the fields that differ ({@link VersionFields#changes}); empty when the configurations are equal
 */
@JsonPropertyOrder({"application", "from", "to", "changes"})
public record VersionDiff(String application, long from, long to, List<FieldChange> changes) {
}
