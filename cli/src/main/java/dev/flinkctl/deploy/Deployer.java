package dev.flinkctl.deploy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.code.BuiltJar;
import dev.flinkctl.msf.Applications;
import dev.flinkctl.msf.OperationWatch;
import dev.flinkctl.msf.snapshots.ApplicationSnapshots;
import dev.flinkctl.msf.snapshots.PrunePlan;
import dev.flinkctl.msf.snapshots.PruneResult;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.spec.HealthGateSpec;
import dev.flinkctl.targets.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.UpdateApplicationResponse;

/**
 * {@code flinkctl deploy}: uploads the jar (content-addressed), creates or updates the application with its
 * ConditionalToken, starts it, follows the operation to its end and runs the health gate, rolling back to the previous
 * version when the new one is unhealthy. Makes no call at all when nothing differs and the application runs.
 */
public final class Deployer {
    private final AwsClients aws;
    private final Target target;
    private final Applications applications;
    private final Clock clock;
    private final HealthGate.Sleeper sleeper;
    private final PriceTable prices;

    /**
     * @param aws     the target's clients, owned by the caller
     * @param target  the target
     * @param clock   the clock (durations, health gate)
     * @param sleeper waits between health-gate looks
     * @param prices  prices the plan's monthly cost delta in the target's region
     */
    public Deployer(AwsClients aws, Target target, Clock clock, HealthGate.Sleeper sleeper, PriceTable prices) {
        this.prices = prices;
        this.aws = aws;
        this.target = target;
        this.applications = new Applications(aws.msf());
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * How to deploy.
     *
     * @param await                 follow the operation to its end and run the health gate
     * @param timeout               how long each wait may take
     * @param allowStateLoss        start without the job's state when needed
     * @param allowNonRestoredState let a restore skip state that no operator claims
     * @param expectedVersion       refuse unless the application is at this version (from an earlier plan), or null
     * @param gate                  the health gate (period 0 = off)
     */
    public record Options(boolean await, Duration timeout, boolean allowStateLoss, boolean allowNonRestoredState,
                          Long expectedVersion, HealthGateSpec gate) {
    }

    /**
     * @param spec           the spec
     * @param jar            the built jar
     * @param allowStateLoss as for the deploy
     * @return what a deploy would do; reads only
     */
    public Plan plan(ApplicationSpec spec, BuiltJar jar, boolean allowStateLoss) {
        CodeLocation wanted = wantedCode(spec, jar);
        Optional<CodeLocation> existing = new CodeUploader(aws.s3()).find(wanted.bucket(), wanted.key());
        CodeLocation code = existing.orElse(wanted);
        Planner.Live live = live(spec.name());
        return Planner.plan(DesiredApplication.of(spec, target, code), target.describe(), live, existing.isEmpty(),
                allowStateLoss).withCost(cost(live, spec));
    }

    /**
     * @param spec     the spec
     * @param jar      the built (and linted) jar
     * @param options  how to deploy
     * @param progress receives progress lines
     * @return what happened
     * @throws FlinkctlException {@link ExitCodes#CONFLICT} when the application moved since the plan or is busy;
     *                           {@link ExitCodes#USAGE} when the update would lose state without
     *                           {@code --allow-state-loss}; {@link ExitCodes#FAILED} with the cause MSF reports when
     *                           an operation fails; {@link ExitCodes#TIMEOUT} when a wait times out
     * @throws InterruptedException when interrupted during the health gate
     */
    public DeployResult deploy(ApplicationSpec spec, BuiltJar jar, Options options, Consumer<String> progress)
            throws InterruptedException {
        DeployResult result = apply(spec, jar, options, progress);
        boolean settled = result.outcome() == DeployResult.Outcome.unchanged
                || result.outcome() == DeployResult.Outcome.deployed && "RUNNING".equals(result.status());
        if (!settled || !spec.snapshotRetention().defined()) {
            return result;
        }
        return result.withPruned(retain(spec, progress));
    }

    /**
     * Applies the spec's snapshot retention once the application runs as the spec says; a snapshot that cannot be
     * deleted is reported, not fatal.
     *
     * @return the names of the snapshots deleted
     */
    private List<String> retain(ApplicationSpec spec, Consumer<String> progress) {
        ApplicationSnapshots snapshots = new ApplicationSnapshots(aws.msf(), clock,
                target.isLocal() ? OperationWatch.LOCAL_POLL : OperationWatch.AWS_POLL);
        PrunePlan plan = snapshots.plan(spec.name(), spec.snapshotRetention());
        if (plan.deletions().isEmpty()) {
            return List.of();
        }
        progress.accept("Snapshot retention (" + plan.policy() + "): deleting " + plan.deletions().size() + " of "
                + plan.verdicts().size() + " snapshot(s)");
        PruneResult pruned = snapshots.prune(plan, progress);
        pruned.failed().forEach((name, error) -> progress.accept("warning: could not delete snapshot " + name + ": "
                + error));
        return pruned.deleted();
    }

    private DeployResult apply(ApplicationSpec spec, BuiltJar jar, Options options, Consumer<String> progress)
            throws InterruptedException {
        Instant started = clock.instant();
        Planner.Live live = live(spec.name());
        checkExpectedVersion(spec.name(), live.detail(), options.expectedVersion());
        CodeLocation wanted = wantedCode(spec, jar);
        CodeUploader uploader = new CodeUploader(aws.s3());
        Optional<CodeLocation> existing = uploader.find(wanted.bucket(), wanted.key());
        DesiredApplication desired = DesiredApplication.of(spec, target, existing.orElse(wanted));
        Plan plan = Planner.plan(desired, target.describe(), live, existing.isEmpty(), options.allowStateLoss())
                .withCost(cost(live, spec));
        if (!plan.hasChanges()) {
            return new DeployResult(DeployResult.Outcome.unchanged, spec.name(), live.detail().applicationARN(),
                    live.detail().applicationVersionId(), live.detail().applicationStatusAsString(), desired.code(),
                    false, plan, null, null, "no changes: '" + spec.name() + "' runs version "
                    + live.detail().applicationVersionId() + " as the spec says", elapsed(started), null);
        }
        refuseSilentStateLoss(plan, options);
        if (existing.isEmpty()) {
            progress.accept("Uploading " + jar.path().getFileName() + " (" + jar.sizeBytes() / (1024 * 1024)
                    + " MiB) to " + desired.code().uri());
            desired = DesiredApplication.of(spec, target, uploader.upload(jar.path(), wanted.bucket(), wanted.key()));
        }
        new LogDestination(aws.logs()).ensure(desired.logStreamArn());
        Steps steps = new Steps(aws, target, options, progress);
        String operationId = switch (plan.action()) {
            case create -> steps.create(desired);
            case update -> steps.update(desired, live.detail(), live.tags(),
                    plan.changes().stream().anyMatch(Change::restart));
            case start -> steps.start(spec.name(), false);
            case none -> throw new IllegalStateException("unreachable: no changes");
        };
        if (operationId == null || !options.await()) {
            ApplicationDetail now = applications.require(spec.name());
            return result(operationId == null ? DeployResult.Outcome.deployed : DeployResult.Outcome.submitted, now,
                    desired, plan, null, null, operationId == null ? "tags updated" : "submitted: follow it with "
                    + "'flinkctl status " + spec.name() + "'", started);
        }
        ApplicationDetail running = steps.awaitRunning(spec.name(), operationId, plan.action());
        return gate(spec, desired, plan, running, options, progress, started);
    }

    private DeployResult gate(ApplicationSpec spec, DesiredApplication desired, Plan plan, ApplicationDetail running,
                              Options options, Consumer<String> progress, Instant started)
            throws InterruptedException {
        String name = spec.name();
        boolean uploaded = plan.upload();
        if (!options.gate().enabled()) {
            return result(DeployResult.Outcome.deployed, running, desired, plan, null, null,
                    "version " + running.applicationVersionId() + " is RUNNING", started);
        }
        progress.accept("Health gate: watching '" + name + "' for " + options.gate().period().toSeconds() + "s");
        Duration poll = target.isLocal() ? Duration.ofSeconds(1) : Duration.ofSeconds(30);
        HealthGate.Verdict verdict = new HealthGate(aws.msf(), aws.cloudWatch(), poll, clock, sleeper)
                .watch(name, options.gate(), progress);
        if (verdict.healthy()) {
            return result(DeployResult.Outcome.deployed, running, desired, plan, verdict, null, "version "
                    + running.applicationVersionId() + " is RUNNING and was healthy for "
                    + verdict.watchedMs() / 1000 + "s", started);
        }
        if (plan.action() != Plan.Action.update || !plan.restart()) {
            ApplicationDetail now = applications.require(name);
            return result(DeployResult.Outcome.unhealthy, now, desired, plan, verdict, null, verdict.reason()
                    + "; there is no previous version to roll back to: fix the job and deploy again, or stop it "
                    + "with 'flinkctl stop " + name + "'", started);
        }
        progress.accept("Unhealthy: " + verdict.reason() + ". Rolling back to version " + plan.currentVersion());
        ApplicationDetail after = new Steps(aws, target, options, progress).rollback(name);
        return result(DeployResult.Outcome.rolled_back, after, desired, plan, verdict, plan.currentVersion(),
                "unhealthy: " + verdict.reason() + "; rolled back to the configuration of version "
                + plan.currentVersion() + " (now version " + after.applicationVersionId() + ", "
                + after.applicationStatusAsString() + ")", started);
    }

    private DeployResult result(DeployResult.Outcome outcome, ApplicationDetail detail, DesiredApplication desired,
                                Plan plan, HealthGate.Verdict verdict, Long rolledBackTo, String message,
                                Instant started) {
        return new DeployResult(outcome, detail.applicationName(), detail.applicationARN(),
                detail.applicationVersionId(), detail.applicationStatusAsString(), desired.code(), plan.upload(), plan,
                verdict, rolledBackTo, message, elapsed(started), null);
    }

    private PlanCost cost(Planner.Live live, ApplicationSpec spec) {
        return PlanCost.of(live.detail(), spec.scaling(), prices, target.region());
    }

    private Planner.Live live(String name) {
        Optional<ApplicationDetail> detail = applications.describe(name);
        if (detail.isEmpty()) {
            return Planner.Live.missing();
        }
        Map<String, String> tags = new TreeMap<>(applications.tags(detail.get().applicationARN()));
        // flinkctl's own tags (snapshot pins) are not the spec's to show or remove.
        tags.keySet().removeIf(key -> key.startsWith(ApplicationSpec.MANAGED_TAG_PREFIX));
        return new Planner.Live(detail.get(), tags, applications.latestSnapshot(name).orElse(null));
    }

    /** @return the jar's content-addressed location, without an object version (it may not be uploaded yet) */
    private CodeLocation wantedCode(ApplicationSpec spec, BuiltJar jar) {
        return new CodeLocation(bucket(spec), CodeLocation.key(spec.code().prefix(), spec.name(), jar.sha256()), null);
    }

    private String bucket(ApplicationSpec spec) {
        if (spec.code().bucket() != null) {
            return spec.code().bucket();
        }
        if (target.isLocal()) {
            return target.local().bucket();
        }
        throw new FlinkctlException(ExitCodes.USAGE, "the spec sets no code.bucket: name the S3 bucket flinkctl "
                + "uploads the jar to (the local target has its own)");
    }

    private static void checkExpectedVersion(String name, ApplicationDetail live, Long expected) {
        if (expected == null) {
            return;
        }
        if (live == null) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "application '" + name + "' no longer exists (expected "
                    + "version " + expected + "): run 'flinkctl plan' again");
        }
        if (!expected.equals(live.applicationVersionId())) {
            throw new FlinkctlException(ExitCodes.CONFLICT, "application '" + name + "' is at version "
                    + live.applicationVersionId() + ", not " + expected + " as planned: it changed since (last update "
                    + live.lastUpdateTimestamp() + "); run 'flinkctl plan' again");
        }
    }

    private static void refuseSilentStateLoss(Plan plan, Options options) {
        boolean restartsRunningJob = plan.action() == Plan.Action.update && plan.restart()
                && ApplicationStatus.RUNNING.toString().equals(plan.status());
        if (restartsRunningJob && !plan.snapshotFirst() && !options.allowStateLoss()) {
            throw new FlinkctlException(ExitCodes.USAGE, "snapshots are off for '" + plan.application() + "': this "
                    + "update would restart the job without its state; enable snapshots in the spec, or pass "
                    + "--allow-state-loss");
        }
    }

    private long elapsed(Instant started) {
        return Duration.between(started, clock.instant()).toMillis();
    }
}
