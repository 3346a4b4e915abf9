package dev.flinkctl.local.msf.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;

/**
 * The applications of one endpoint, by name, with what every operation shares: lookup by name or
 * ARN, the concurrency checks, operation bookkeeping and saving.
 */
public final class ApplicationCatalog {
    private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ApplicationRecord> records = new ConcurrentSkipListMap<>();
    private final ApplicationStore store;
    private final String region;
    private final String accountId;
    private final Clock clock;

    /**
     * @param store where applications are persisted; whatever it holds is loaded now
     * @param region the region in ARNs, e.g. us-east-1
     * @param accountId the account in ARNs (12 digits)
     */
    public ApplicationCatalog(ApplicationStore store, String region, String accountId, Clock clock) {
        this.store = store;
        this.region = region;
        this.accountId = accountId;
        this.clock = clock;
        for (ApplicationRecord record : store.loadAll()) {
            records.put(record.name(), record);
        }
    }

    Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    /** The region in ARNs. */
    public String region() {
        return region;
    }

    /** The account in ARNs. */
    public String accountId() {
        return accountId;
    }

    String arn(String name) {
        return "arn:aws:kinesisanalytics:" + region + ":" + accountId + ":application/" + name;
    }

    /** An application whose Flink job is running, with the version it runs. */
    public record Running(ApplicationDetail application, String jobId) {}

    /** The applications that have a Flink job now. */
    public List<Running> running() {
        List<Running> running = new java.util.ArrayList<>();
        for (ApplicationRecord record : records.values()) {
            synchronized (record) {
                if (record.jobId != null) {
                    running.add(new Running(record.detail, record.jobId));
                }
            }
        }
        return running;
    }

    /** All applications, by name. */
    public Collection<ApplicationRecord> all() {
        return records.values();
    }

    /** The application, or ResourceNotFoundException. */
    ApplicationRecord get(String name) {
        if (name == null) {
            throw MsfException.invalidArgument("ApplicationName is required");
        }
        ApplicationRecord record = records.get(name);
        if (record == null) {
            throw MsfException.notFound("Application " + name + " is not found in account " + accountId + " and region " + region);
        }
        return record;
    }

    /** The application an ARN names, or ResourceNotFoundException / InvalidArgumentException. */
    ApplicationRecord byArn(String arn) {
        String prefix = "arn:aws:kinesisanalytics:" + region + ":" + accountId + ":application/";
        if (arn == null || !arn.startsWith("arn:")) {
            throw MsfException.invalidArgument("ResourceARN '" + arn + "' is not an ARN, e.g. " + prefix + "my-app");
        }
        if (!arn.startsWith(prefix)) {
            throw MsfException.notFound("Resource " + arn + " is not found in account " + accountId + " and region " + region);
        }
        return get(arn.substring(prefix.length()));
    }

    /** Adds a new application; ResourceInUseException when the name is taken. */
    void add(ApplicationRecord record) {
        if (records.putIfAbsent(record.name(), record) != null) {
            throw MsfException.inUse("Application " + record.name() + " already exists");
        }
        save(record);
    }

    void remove(ApplicationRecord record) {
        records.remove(record.name(), record);
        store.delete(record.name());
    }

    void save(ApplicationRecord record) {
        store.save(record);
    }

    /**
     * Checks the caller's view of the application: CurrentApplicationVersionId and/or ConditionalToken
     * (one is required; both are checked when both are given).
     *
     * @throws MsfException ConcurrentModificationException when either is stale, InvalidArgumentException when neither is given
     */
    static void checkCurrent(ApplicationRecord record, Long versionId, String token) {
        if (versionId == null && token == null) {
            throw MsfException.invalidArgument("Either CurrentApplicationVersionId or ConditionalToken is required");
        }
        if (versionId != null && versionId != record.versionId()) {
            throw MsfException.concurrentModification("The version " + versionId + " is not the current version "
                    + record.versionId() + " of application " + record.name() + ": describe it again and retry");
        }
        if (token != null && !token.equals(record.detail.conditionalToken())) {
            throw MsfException.concurrentModification("The ConditionalToken is not current for application " + record.name()
                    + ": it changed since it was read; describe the application again and retry");
        }
    }

    /** Starts an operation on the application (the caller holds its monitor and saves it). */
    OperationRecord begin(ApplicationRecord record, String operation, Long versionFrom, Long versionTo) {
        OperationRecord op = new OperationRecord(operationId(), operation, "IN_PROGRESS", now(), null, versionFrom, versionTo, null, null);
        record.operations.add(op);
        return op;
    }

    /** Ends an operation (the caller holds the record's monitor and saves it). */
    void end(ApplicationRecord record, OperationRecord op, String status, String error, String rollbackOperationId) {
        record.replace(record.operation(op.id()).orElse(op).end(status, now(), error, rollbackOperationId));
    }

    /**
     * A new version of the application: the changed detail with the next id, added to the version
     * history (older versions keep the status they last had).
     */
    ApplicationDetail newVersion(ApplicationRecord record, ApplicationDetail changed) {
        long next = record.versions.stream().mapToLong(v -> v.application().applicationVersionId()).max().orElse(0) + 1;
        Instant now = now();
        ApplicationDetail detail = changed.toBuilder().applicationVersionId(next).applicationVersionCreateTimestamp(now)
                .lastUpdateTimestamp(now).conditionalToken(ConditionalTokens.next()).build();
        record.versions.add(new VersionRecord(detail, detail.applicationStatusAsString()));
        record.detail = detail;
        return detail;
    }

    private static String operationId() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ID_CHARS.charAt(RANDOM.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }

    /** Names after {@code from} (exclusive), in order, at most {@code limit}. */
    List<ApplicationRecord> page(String from, int limit) {
        return records.values().stream().filter(r -> from == null || r.name().compareTo(from) >= 0).limit(limit).toList();
    }
}
