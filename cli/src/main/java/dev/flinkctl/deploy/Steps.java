package dev.flinkctl.deploy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.aws.AwsClients;
import dev.flinkctl.msf.OperationWatch;
import dev.flinkctl.targets.Target;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.Tag;

/** The API calls of one deploy, each followed the same way: create, update, start, tags, rollback. */
final class Steps {
    private final AwsClients aws;
    private final Deployer.Options options;
    private final Consumer<String> progress;
    private final OperationWatch watch;

    Steps(AwsClients aws, Target target, Deployer.Options options, Consumer<String> progress) {
        this.aws = aws;
        this.options = options;
        this.progress = progress;
        this.watch = new OperationWatch(aws.msf(), target.isLocal() ? OperationWatch.LOCAL_POLL
                : OperationWatch.AWS_POLL);
    }

    /** Creates the application and starts it; @return the start's operation id */
    String create(DesiredApplication desired) {
        progress.accept("Creating application '" + desired.name() + "'");
        aws.msf().createApplication(Requests.create(desired));
        return start(desired.name(), true);
    }

    /**
     * Updates the application with its ConditionalToken, syncs its tags, and starts it if it was not running.
     * The plan already knows the live tags and whether anything but tags changed, so neither is fetched again.
     *
     * @return the operation id to follow, or null when only tags changed
     */
    String update(DesiredApplication desired, ApplicationDetail live, Map<String, String> liveTags, boolean config) {
        String name = desired.name();
        refuseUnsupported(desired, live);
        String operationId = null;
        if (config) {
            progress.accept("Updating application '" + name + "' (version " + live.applicationVersionId() + ")");
            operationId = aws.msf().updateApplication(Requests.update(desired, live, options.allowStateLoss(),
                    options.allowNonRestoredState())).operationId();
        }
        syncTags(live.applicationARN(), liveTags, desired.spec().tags());
        if (live.applicationStatus() != ApplicationStatus.RUNNING) {
            if (operationId != null) {
                // The update of a READY application ends READY: start it once the update is through.
                OperationWatch.Outcome updated = watch.await(name, operationId, "the update", options.timeout(),
                        progress);
                failIfUnsuccessful(name, updated, "the update");
            }
            return start(name, false);
        }
        return operationId;
    }

    /** Starts the application, restoring its latest snapshot unless it never ran; @return the operation id */
    String start(String name, boolean fresh) {
        progress.accept("Starting application '" + name + "'");
        return aws.msf().startApplication(request -> request.applicationName(name)
                .runConfiguration(Requests.start(options.allowStateLoss(), options.allowNonRestoredState(), fresh)))
                .operationId();
    }

    /**
     * Follows an operation until it ends.
     *
     * @return the application, RUNNING
     * @throws FlinkctlException {@link ExitCodes#FAILED} with the cause MSF reports when the operation failed
     */
    ApplicationDetail awaitRunning(String name, String operationId, Plan.Action action) {
        String what = action == Plan.Action.update ? "the update" : "the start";
        OperationWatch.Outcome outcome = watch.await(name, operationId, what, options.timeout(), progress);
        failIfUnsuccessful(name, outcome, what);
        if (outcome.application().applicationStatus() != ApplicationStatus.RUNNING) {
            throw new FlinkctlException(ExitCodes.FAILED, what + " of '" + name + "' ended, but the application is "
                    + outcome.application().applicationStatusAsString());
        }
        return outcome.application();
    }

    /** Rolls back to the previous version and waits; @return the application afterwards, RUNNING */
    ApplicationDetail rollback(String name) {
        ApplicationDetail current = aws.msf().describeApplication(r -> r.applicationName(name)).applicationDetail();
        String operationId = aws.msf().rollbackApplication(r -> r.applicationName(name)
                .currentApplicationVersionId(current.applicationVersionId())).operationId();
        OperationWatch.Outcome outcome = watch.await(name, operationId, "the rollback", options.timeout(), progress);
        failIfUnsuccessful(name, outcome, "the rollback");
        return outcome.application();
    }

    /**
     * Turning logging or a VPC on or off takes separate, versioned calls (Add/DeleteApplicationCloudWatchLoggingOption,
     * Add/DeleteApplicationVpcConfiguration) that flinkctl does not make yet; refusing keeps the update all-or-nothing.
     */
    private static void refuseUnsupported(DesiredApplication desired, ApplicationDetail live) {
        boolean liveLogging = live.hasCloudWatchLoggingOptionDescriptions()
                && !live.cloudWatchLoggingOptionDescriptions().isEmpty();
        if (liveLogging != (desired.logStreamArn() != null)) {
            throw new FlinkctlException(ExitCodes.FAILED, "turning CloudWatch logging " + (liveLogging ? "off" : "on")
                    + " for an existing application is not supported by flinkctl deploy yet: use 'aws "
                    + "kinesisanalyticsv2 " + (liveLogging ? "delete" : "add")
                    + "-application-cloud-watch-logging-option', or set logging.enabled back to " + liveLogging);
        }
        boolean liveVpc = live.applicationConfigurationDescription() != null
                && live.applicationConfigurationDescription().hasVpcConfigurationDescriptions()
                && !live.applicationConfigurationDescription().vpcConfigurationDescriptions().isEmpty();
        if (liveVpc != (desired.spec().vpc() != null)) {
            throw new FlinkctlException(ExitCodes.FAILED, (liveVpc ? "removing" : "adding") + " a VPC configuration is "
                    + "not supported by flinkctl deploy yet: use 'aws kinesisanalyticsv2 " + (liveVpc ? "delete" : "add")
                    + "-application-vpc-configuration'");
        }
    }

    private static void failIfUnsuccessful(String name, OperationWatch.Outcome outcome, String what) {
        if (outcome.successful()) {
            return;
        }
        String cause = outcome.failure() == null ? outcome.status().toString() : outcome.failure().cause();
        String after = outcome.failure() != null && outcome.failure().rollbackId() != null
                ? "; MSF rolled it back (system rollback): version " + outcome.application().applicationVersionId()
                + " is " + outcome.application().applicationStatusAsString()
                : "; the application is " + outcome.application().applicationStatusAsString();
        throw new FlinkctlException(ExitCodes.FAILED, what + " of '" + name + "' failed: " + cause + after);
    }

    private void syncTags(String arn, Map<String, String> live, Map<String, String> desired) {
        Set<String> removed = new TreeSet<>(live.keySet());
        removed.removeAll(desired.keySet());
        if (!removed.isEmpty()) {
            aws.msf().untagResource(r -> r.resourceARN(arn).tagKeys(removed));
        }
        boolean changed = desired.entrySet().stream().anyMatch(e -> !e.getValue().equals(live.get(e.getKey())));
        if (changed) {
            aws.msf().tagResource(r -> r.resourceARN(arn).tags(desired.entrySet().stream()
                    .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList()));
        }
    }
}
