package dev.flinkctl.msf.snapshots;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.flinkctl.spec.Durations;
import dev.flinkctl.spec.SnapshotRetention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a retention policy does to one application's snapshots: each one kept or deleted, with the reason. Pinned,
 * protected ({@link Protection}) and unfinished (CREATING, DELETING) snapshots are always kept. Of the rest, a READY
 * snapshot goes when it is beyond the policy's {@code keep} newest READY ones (pinned ones do not count, protected
 * ones do) and older than its {@code olderThan}; a limit the policy leaves out does not hold a snapshot back. A
 * FAILED snapshot holds no state and goes unless it is younger than {@code olderThan}. As JSON:
 * <pre>
 * {"application": "fraud-detection", "policy": "keep 3, older than 7d", "keep": 3, "olderThan": "7d",
 *  "snapshots": [{"snapshot": {...}, "action": "keep", "reason": "pinned"}, ...]}
 * </pre>
 *
 * @param application the application name
 * @param retention   the policy
 * @param verdicts    every snapshot, newest first (the JSON's {@code snapshots})
 */
@JsonPropertyOrder({"application", "policy", "keep", "olderThan", "snapshots"})
public record PrunePlan(String application, @JsonIgnore SnapshotRetention retention,
                        @JsonProperty("snapshots") List<Verdict> verdicts) {

    /**
     * One snapshot's fate.
     *
     * @param snapshot the snapshot
     * @param delete   true if the policy deletes it
     * @param reason   why, e.g. {@code pinned} or {@code beyond the 3 newest READY and older than 7d}
     */
    @JsonPropertyOrder({"snapshot", "action", "reason"})
    public record Verdict(Snapshot snapshot, @JsonIgnore boolean delete, String reason) {
        /** @return {@code delete} or {@code keep} */
        @JsonProperty("action")
        public String action() {
            return delete ? "delete" : "keep";
        }
    }

    /**
     * @param application the application name
     * @param newestFirst its snapshots, newest first
     * @param protectedBy snapshots it may still need, with the reason ({@link Protection})
     * @param retention   the policy; it must set at least one limit
     * @return the plan
     * @throws IllegalArgumentException when the policy sets no limit
     */
    static PrunePlan decide(String application, List<Snapshot> newestFirst, Map<String, String> protectedBy,
                            SnapshotRetention retention) {
        if (!retention.defined()) {
            throw new IllegalArgumentException("a retention policy needs keep, olderThan or both");
        }
        List<Verdict> verdicts = new ArrayList<>();
        int readyRank = 0;
        for (Snapshot snapshot : newestFirst) {
            if (snapshot.ready() && !snapshot.pinned()) {
                readyRank++;
            }
            verdicts.add(verdict(snapshot, readyRank, protectedBy.get(snapshot.name()), retention));
        }
        return new PrunePlan(application, retention, List.copyOf(verdicts));
    }

    private static Verdict verdict(Snapshot snapshot, int readyRank, String protection, SnapshotRetention policy) {
        if (snapshot.pinned()) {
            return new Verdict(snapshot, false, "pinned");
        }
        if (snapshot.inTransition()) {
            return new Verdict(snapshot, false, snapshot.status() + ": MSF is still at work on it");
        }
        if (protection != null) {
            return new Verdict(snapshot, false, protection);
        }
        boolean young = policy.olderThan() != null && snapshot.age().compareTo(policy.olderThan()) <= 0;
        String age = policy.olderThan() == null ? null : Durations.format(policy.olderThan());
        if (!snapshot.ready()) {
            return young ? new Verdict(snapshot, false, "younger than " + age)
                    : new Verdict(snapshot, true, snapshot.status() + ": it holds no state"
                    + (age == null ? "" : " and is older than " + age));
        }
        if (policy.keep() != null && readyRank <= policy.keep()) {
            return new Verdict(snapshot, false, "one of the " + policy.keep() + " newest READY");
        }
        if (young) {
            return new Verdict(snapshot, false, "younger than " + age);
        }
        String beyond = policy.keep() == null ? null : "beyond the " + policy.keep() + " newest READY";
        String older = age == null ? null : "older than " + age;
        return new Verdict(snapshot, true, beyond == null ? older : older == null ? beyond : beyond + " and " + older);
    }

    /** @return e.g. {@code keep 3, older than 7d} */
    @JsonProperty("policy")
    public String policy() {
        return retention.describe();
    }

    /** @return the policy's count limit, or null */
    @JsonProperty("keep")
    public Integer keep() {
        return retention.keep();
    }

    /** @return the policy's age limit, e.g. {@code 7d}, or null */
    @JsonProperty("olderThan")
    public String olderThan() {
        return retention.olderThan() == null ? null : Durations.format(retention.olderThan());
    }

    /** @return the snapshots the policy deletes, newest first */
    @JsonIgnore
    public List<Snapshot> deletions() {
        return verdicts.stream().filter(Verdict::delete).map(Verdict::snapshot).toList();
    }
}
