package dev.flinkctl.deploy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What {@code flinkctl deploy} would do, as {@code flinkctl plan} shows it. This record is the JSON document of
 * {@code plan -o json} (and the {@code plan} member of {@code deploy -o json}); its shape is documented in the README.
 *
 * @param application    the application name
 * @param target         where it lives, e.g. {@code local (http://127.0.0.1:4599)}
 * @param action         what the deploy does
 * @param status         the live status, or null when the application does not exist
 * @param currentVersion the live application version id, or null when it does not exist
 * @param code           where the code goes (content-addressed S3 key)
 * @param upload         true if the jar is not in S3 yet and will be uploaded
 * @param changes        the fields that differ, sensitive values masked
 * @param restart        true if the deploy restarts (or starts) the job
 * @param snapshotFirst  true if MSF snapshots the running job before the update
 * @param restore        what state the job starts from, in words
 * @param steps          the API calls, in order, e.g. {@code UpdateApplication (ConditionalToken), StartApplication}
 * @param cost           what the change does to the monthly bill, or null when not priced
 */
@JsonPropertyOrder({"application", "target", "action", "status", "currentVersion", "code", "upload", "changes",
    "restart", "snapshotFirst", "restore", "steps", "cost"})
public record Plan(String application, String target, Action action, String status, Long currentVersion,
                   CodeLocation code, boolean upload, List<Change> changes, boolean restart, boolean snapshotFirst,
                   String restore, List<String> steps, @JsonInclude(JsonInclude.Include.NON_NULL) PlanCost cost) {

    /** What a deploy does with the application. */
    public enum Action {
        /** It does not exist: create and start it. */
        create,
        /** Its configuration or code differs: update it (and start it if it is not running). */
        update,
        /** Nothing differs but it is not running: start it. */
        start,
        /** Nothing to do. */
        none
    }

    /**
     * @param priced what the change does to the monthly bill
     * @return this plan with that cost
     */
    public Plan withCost(PlanCost priced) {
        return new Plan(application, target, action, status, currentVersion, code, upload, changes, restart,
                snapshotFirst, restore, steps, priced);
    }

    /** @return true if the deploy would change anything */
    public boolean hasChanges() {
        return action != Action.none;
    }
}
