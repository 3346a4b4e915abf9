package dev.flinkctl.msf.snapshots;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code snapshot prune} did. As JSON:
 * <pre>
 * {"plan": {...PrunePlan...}, "deleted": ["v1-20261101-090000"], "failed": {"name": "error MSF gave"}}
 * </pre>
 *
 * @param plan    the plan it carried out
 * @param deleted the snapshots deleted, newest first
 * @param failed  the snapshots that could not be deleted, with the error MSF gave
 */
@JsonPropertyOrder({"plan", "deleted", "failed"})
public record PruneResult(PrunePlan plan, List<String> deleted, Map<String, String> failed) {
    /** Copies both collections. */
    public PruneResult {
        deleted = List.copyOf(deleted);
        failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
    }
}
