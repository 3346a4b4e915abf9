package dev.flinkctl.msf;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.flinkctl.targets.Target;
import java.time.Instant;
import java.util.Locale;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.FlinkApplicationConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ParallelismConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;

/**
 * One application at a glance, for {@code flinkctl status}. As JSON ({@code -o json}):
 * <pre>
 * {"application": "fraud-detection", "arn": "arn:aws:kinesisanalytics:eu-west-1:123456789012:application/fraud-detection",
 *  "status": "RUNNING", "version": 3, "runtimeEnvironment": "FLINK-1_20",
 *  "parallelism": 4, "parallelismPerKpu": 2, "kpus": 3, "autoScaling": true,
 *  "lastUpdate": "2025-01-01T12:00:00Z",
 *  "lastSnapshot": {"name": "stop-fraud-detection-1735732800000", "createdAt": "2025-01-01T12:00:00Z"} | null,
 *  "lastOperation": {"operation": "StartApplication", "status": "SUCCESSFUL", "id": "9zfV2CMtNzOS", "cause": null} | null,
 *  "health": "running",
 *  "code": "s3://my-bucket/flinkctl-job.jar",
 *  "dashboard": "http://127.0.0.1:8081"       (local target only)
 *  "console": "https://eu-west-1.console.aws.amazon.com/flink/home?region=eu-west-1#/applications/fraud-detection"
 *                                             (AWS target only)
 *  "target": "aws" | "local"}
 * </pre>
 *
 * @param application        the application name
 * @param arn                its ARN
 * @param status             its status, e.g. {@code RUNNING}
 * @param version            its current version id
 * @param runtimeEnvironment e.g. {@code FLINK-1_20}
 * @param parallelism        the parallelism it runs with (CurrentParallelism, which autoscaling changes), or null
 * @param parallelismPerKpu  parallel tasks per KPU, or null
 * @param kpus               KPUs billed while it runs: {@link #kpus(int, int)}, or null
 * @param autoScaling        whether MSF scales it, or null
 * @param lastUpdate         when it last changed (LastUpdateTimestamp), or null
 * @param lastSnapshot       its newest READY snapshot, or null
 * @param lastOperation      its newest operation (start, stop, update, ...), or null
 * @param health             what the control plane says about the job, e.g. {@code running}
 * @param code               where its code is, {@code s3://bucket/key}, or null
 * @param dashboard          the Flink dashboard (local target), or null (left out of JSON)
 * @param console            the AWS console page (AWS target), or null (left out of JSON)
 * @param target             {@code aws} or {@code local}
 */
@JsonPropertyOrder({"application", "arn", "status", "version", "runtimeEnvironment", "parallelism",
    "parallelismPerKpu", "kpus", "autoScaling", "lastUpdate", "lastSnapshot", "lastOperation", "health", "code",
    "dashboard", "console", "target"})
public record ApplicationOverview(String application, String arn, String status, Long version,
                                  String runtimeEnvironment, Integer parallelism, Integer parallelismPerKpu,
                                  Integer kpus, Boolean autoScaling, Instant lastUpdate, Snapshot lastSnapshot,
                                  Operation lastOperation, String health, String code,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String dashboard,
                                  @JsonInclude(JsonInclude.Include.NON_NULL) String console, String target) {

    /** MSF bills one KPU per application for orchestration, on top of the KPUs that run the job. */
    public static final int ORCHESTRATION_KPUS = 1;

    /**
     * A snapshot, by name and time.
     *
     * @param name      the snapshot name
     * @param createdAt when it was taken, or null
     */
    public record Snapshot(String name, Instant createdAt) {
        static Snapshot of(SnapshotDetails details) {
            return new Snapshot(details.snapshotName(), details.snapshotCreationTimestamp());
        }
    }

    /**
     * An application operation (ListApplicationOperations).
     *
     * @param operation e.g. {@code StartApplication}
     * @param status    IN_PROGRESS, SUCCESSFUL, FAILED or CANCELLED
     * @param id        the operation id
     * @param cause     why it failed (the error MSF reports), or null unless FAILED or CANCELLED
     */
    public record Operation(String operation, String status, String id, String cause) {
        /** @return true if it ended successfully */
        public boolean successful() {
            return "SUCCESSFUL".equals(status);
        }
    }

    /**
     * KPUs an application is billed for while it runs: {@code ceil(parallelism / perKpu)} for the job, plus
     * {@value #ORCHESTRATION_KPUS} for orchestration.
     *
     * @param parallelism the job's parallelism, at least 1
     * @param perKpu      parallel tasks per KPU, at least 1
     * @return the KPU count, e.g. 3 for parallelism 4 with 2 per KPU
     * @throws IllegalArgumentException if either is below 1
     */
    public static int kpus(int parallelism, int perKpu) {
        if (parallelism < 1 || perKpu < 1) {
            throw new IllegalArgumentException("parallelism and parallelism per KPU must be at least 1, not "
                    + parallelism + " and " + perKpu);
        }
        return (parallelism + perKpu - 1) / perKpu + ORCHESTRATION_KPUS;
    }

    /**
     * What the control plane says about the job: MSF shows RUNNING even while Flink restarts the job, so "running"
     * means the application runs and its last operation succeeded.
     *
     * @param status        the application status
     * @param lastOperation its newest operation, or null
     * @return e.g. {@code running}, {@code not running: StartApplication failed}
     */
    public static String health(String status, Operation lastOperation) {
        boolean failed = lastOperation != null
                && ("FAILED".equals(lastOperation.status()) || "CANCELLED".equals(lastOperation.status()));
        boolean inProgress = lastOperation != null && "IN_PROGRESS".equals(lastOperation.status());
        String last = lastOperation == null ? "" : lastOperation.operation() + " "
                + lastOperation.status().toLowerCase(Locale.ROOT).replace('_', ' ');
        if ("RUNNING".equals(status)) {
            return failed ? "running, but the last operation did not succeed: " + last
                    : inProgress ? "running; " + last : "running";
        }
        if ("READY".equals(status)) {
            return failed ? "not running: " + last : "not running";
        }
        if ("DELETING".equals(status)) {
            return "not running: being deleted";
        }
        return String.valueOf(status).toLowerCase(Locale.ROOT) + (inProgress ? ": " + last : "");
    }

    /**
     * @param region the AWS region
     * @param name   the application name
     * @return the application's page in the AWS console
     */
    public static String consoleUrl(String region, String name) {
        return "https://" + region + ".console.aws.amazon.com/flink/home?region=" + region + "#/applications/" + name;
    }

    /**
     * KPUs {@code detail} is billed for while it runs, from its current parallelism (or the configured one) and
     * parallelism per KPU: see {@link #kpus(int, int)}.
     *
     * @return the KPU count, or null when the description has no valid parallelism configuration
     */
    public static Integer kpus(ApplicationDetail detail) {
        ParallelismConfigurationDescription p = parallelism(detail);
        Integer parallelism = p == null ? null : p.currentParallelism() != null ? p.currentParallelism()
                : p.parallelism();
        Integer perKpu = p == null ? null : p.parallelismPerKPU();
        return parallelism == null || perKpu == null || parallelism < 1 || perKpu < 1 ? null
                : kpus(parallelism, perKpu);
    }

    /**
     * @param detail        the application (DescribeApplication)
     * @param latest        its newest READY snapshot, or null
     * @param lastOperation its newest operation, or null
     * @param target        where it lives, for the dashboard or console link
     * @return the overview
     */
    public static ApplicationOverview of(ApplicationDetail detail, SnapshotDetails latest, Operation lastOperation,
                                         Target target) {
        ParallelismConfigurationDescription p = parallelism(detail);
        Integer parallelism = p == null ? null : p.currentParallelism() != null ? p.currentParallelism()
                : p.parallelism();
        Integer perKpu = p == null ? null : p.parallelismPerKPU();
        Integer kpus = kpus(detail);
        String name = detail.applicationName();
        String status = detail.applicationStatusAsString();
        return new ApplicationOverview(name, detail.applicationARN(), status, detail.applicationVersionId(),
                detail.runtimeEnvironmentAsString(), parallelism, perKpu, kpus,
                p == null ? null : p.autoScalingEnabled(), detail.lastUpdateTimestamp(),
                latest == null ? null : Snapshot.of(latest), lastOperation, health(status, lastOperation),
                CodeLocations.of(detail), target.isLocal() ? target.local().dashboard() : null,
                target.isLocal() ? null : consoleUrl(target.region(), name), target.kind().name());
    }

    /**
     * @param detail the application (DescribeApplication)
     * @return its parallelism configuration, or null when the description has none (e.g. not a Flink application)
     */
    public static ParallelismConfigurationDescription parallelism(ApplicationDetail detail) {
        if (detail.applicationConfigurationDescription() == null) {
            return null;
        }
        FlinkApplicationConfigurationDescription flink = detail.applicationConfigurationDescription()
                .flinkApplicationConfigurationDescription();
        return flink == null ? null : flink.parallelismConfigurationDescription();
    }
}
