package dev.flinkctl.local.msf.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.AddApplicationCloudWatchLoggingOptionRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.AddApplicationCloudWatchLoggingOptionResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationMode;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CloudWatchLoggingOption;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CloudWatchLoggingOptionDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CloudWatchLoggingOptionUpdate;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CreateApplicationPresignedUrlRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CreateApplicationPresignedUrlResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CreateApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CreateApplicationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DeleteApplicationCloudWatchLoggingOptionRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DeleteApplicationCloudWatchLoggingOptionResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DeleteApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DeleteApplicationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationsRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationsResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.Tag;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.TagResourceRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.TagResourceResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.UntagResourceRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.UntagResourceResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.UpdateApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.UpdateApplicationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.UrlType;

/**
 * The application resource: create, describe, list, update, delete, tags and CloudWatch logging
 * options. Starting, stopping and what an update of a running application does are {@link Lifecycle}'s.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_Operations.html">API operations</a>
 */
public final class Applications {
    /** Applications per Region. */
    public static final int MAX_APPLICATIONS = 100;
    /** User tags per application. */
    public static final int MAX_TAGS = 50;
    private static final Set<ApplicationStatus> CONFIGURABLE = EnumSet.of(ApplicationStatus.READY, ApplicationStatus.RUNNING);

    private final ApplicationCatalog catalog;
    private final Lifecycle lifecycle;
    private final Function<String, URI> dashboard;

    /**
     * @param dashboard the Flink dashboard URL of a job id (CreateApplicationPresignedUrl answers with it)
     */
    public Applications(ApplicationCatalog catalog, Lifecycle lifecycle, Function<String, URI> dashboard) {
        this.catalog = catalog;
        this.lifecycle = lifecycle;
        this.dashboard = dashboard;
    }

    /**
     * CreateApplication: a new application in READY at version 1.
     *
     * @throws MsfException ResourceInUseException for a taken name, LimitExceededException beyond
     *     {@link #MAX_APPLICATIONS}, InvalidArgumentException for bad values
     */
    public CreateApplicationResponse create(CreateApplicationRequest request) {
        Configurations.checkName("ApplicationName", request.applicationName(), 128);
        Configurations.checkRuntime(request.runtimeEnvironmentAsString());
        if (request.serviceExecutionRole() == null || !request.serviceExecutionRole().startsWith("arn:")) {
            throw MsfException.invalidArgument("ServiceExecutionRole must be an IAM role ARN, e.g. "
                    + "arn:aws:iam::123456789012:role/my-flink-role, not " + request.serviceExecutionRole());
        }
        if (request.applicationMode() == ApplicationMode.INTERACTIVE) {
            throw new MsfException(ErrorType.UNSUPPORTED_OPERATION, "ApplicationMode INTERACTIVE (Studio) is not supported: "
                    + "the local endpoint runs STREAMING Flink applications only");
        }
        if (catalog.all().size() >= MAX_APPLICATIONS) {
            throw new MsfException(ErrorType.LIMIT_EXCEEDED, "At most " + MAX_APPLICATIONS + " applications per Region");
        }
        var now = catalog.now();
        ApplicationDetail detail = ApplicationDetail.builder()
                .applicationARN(catalog.arn(request.applicationName()))
                .applicationName(request.applicationName())
                .applicationDescription(request.applicationDescription() == null ? "" : request.applicationDescription())
                .runtimeEnvironment(request.runtimeEnvironmentAsString())
                .serviceExecutionRole(request.serviceExecutionRole())
                .applicationStatus(ApplicationStatus.READY)
                .applicationVersionId(1L)
                .createTimestamp(now)
                .lastUpdateTimestamp(now)
                .applicationVersionCreateTimestamp(now)
                .applicationConfigurationDescription(Configurations.describe(request.applicationConfiguration()))
                .cloudWatchLoggingOptionDescriptions(loggingOptions(List.of(), request.cloudWatchLoggingOptions()))
                .applicationMode(ApplicationMode.STREAMING)
                .conditionalToken(ConditionalTokens.next())
                .build();
        ApplicationRecord record = new ApplicationRecord(detail);
        record.versions.add(new VersionRecord(detail, "READY"));
        if (request.hasTags()) {
            putTags(record, request.tags());
        }
        catalog.add(record);
        return CreateApplicationResponse.builder().applicationDetail(detail).build();
    }

    /**
     * DescribeApplication; with {@code IncludeAdditionalDetails} the running job's plan is in
     * {@code JobPlanDescription}.
     */
    public DescribeApplicationResponse describe(DescribeApplicationRequest request, Function<String, String> jobPlan) {
        ApplicationRecord record = catalog.get(request.applicationName());
        ApplicationDetail detail;
        String jobId;
        synchronized (record) {
            detail = record.detail;
            jobId = record.jobId;
        }
        if (Boolean.TRUE.equals(request.includeAdditionalDetails()) && jobId != null) {
            String plan = jobPlan.apply(jobId);
            var config = detail.applicationConfigurationDescription();
            detail = detail.toBuilder().applicationConfigurationDescription(config.toBuilder()
                    .flinkApplicationConfigurationDescription(config.flinkApplicationConfigurationDescription().toBuilder()
                            .jobPlanDescription(plan).build()).build()).build();
        }
        return DescribeApplicationResponse.builder().applicationDetail(detail).build();
    }

    /** ListApplications, by name; the NextToken is the next application's name, as the service's is. */
    public ListApplicationsResponse list(ListApplicationsRequest request) {
        int limit = Pages.limit(request.limit());
        List<ApplicationRecord> page = catalog.page(request.nextToken(), limit + 1);
        List<ApplicationSummary> summaries = new ArrayList<>();
        for (ApplicationRecord record : page.subList(0, Math.min(limit, page.size()))) {
            synchronized (record) {
                ApplicationDetail d = record.detail;
                summaries.add(ApplicationSummary.builder().applicationName(d.applicationName()).applicationARN(d.applicationARN())
                        .applicationStatus(d.applicationStatus()).applicationVersionId(d.applicationVersionId())
                        .runtimeEnvironment(d.runtimeEnvironmentAsString()).applicationMode(d.applicationMode()).build());
            }
        }
        return ListApplicationsResponse.builder().applicationSummaries(summaries)
                .nextToken(page.size() > limit ? page.get(limit).name() : null).build();
    }

    /**
     * UpdateApplication: a new version. On a READY application it goes UPDATING → READY; on a RUNNING
     * one the job is snapshotted, stopped and started again at the new version ({@link Lifecycle}).
     *
     * @throws MsfException ConcurrentModificationException for a stale version or token;
     *     ResourceInUseException unless READY or RUNNING; InvalidArgumentException for bad values
     */
    public UpdateApplicationResponse update(UpdateApplicationRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        OperationRecord op;
        ApplicationDetail previous;
        boolean running;
        int epoch;
        Restore restore = null;
        synchronized (record) {
            ApplicationCatalog.checkCurrent(record, request.currentApplicationVersionId(), request.conditionalToken());
            Lifecycle.requireStatus(record, "UpdateApplication", CONFIGURABLE);
            previous = record.detail;
            running = previous.applicationStatus() == ApplicationStatus.RUNNING;
            var builder = previous.toBuilder()
                    .applicationConfigurationDescription(Configurations.update(previous.applicationConfigurationDescription(),
                            request.applicationConfigurationUpdate()))
                    .applicationVersionUpdatedFrom(previous.applicationVersionId())
                    .applicationVersionRolledBackFrom(null)
                    .applicationVersionRolledBackTo(null);
            if (request.serviceExecutionRoleUpdate() != null) {
                builder.serviceExecutionRole(request.serviceExecutionRoleUpdate());
            }
            if (request.runtimeEnvironmentUpdateAsString() != null) {
                Configurations.checkRuntime(request.runtimeEnvironmentUpdateAsString());
                builder.runtimeEnvironment(request.runtimeEnvironmentUpdateAsString());
            }
            if (request.hasCloudWatchLoggingOptionUpdates()) {
                builder.cloudWatchLoggingOptionDescriptions(updateLoggingOptions(previous, request.cloudWatchLoggingOptionUpdates()));
            }
            if (request.runConfigurationUpdate() != null) {
                if (!running) {
                    throw MsfException.invalidArgument("RunConfigurationUpdate is accepted only while the application is RUNNING");
                }
                restore = Restore.resolve(record, request.runConfigurationUpdate().applicationRestoreConfiguration(),
                        request.runConfigurationUpdate().flinkRunConfiguration());
            }
            ApplicationDetail next = catalog.newVersion(record, builder.build());
            op = catalog.begin(record, "UpdateApplication", previous.applicationVersionId(), next.applicationVersionId());
            epoch = ++record.epoch;
            record.setStatus(ApplicationStatus.UPDATING, catalog.now());
            if (!running) {
                // Nothing runs, so nothing to restart: the new version is in effect at once.
                record.setStatus(ApplicationStatus.READY, catalog.now());
                catalog.end(record, op, "SUCCESSFUL", null, null);
            }
            catalog.save(record);
        }
        ApplicationDetail updating = record.detail;
        if (running) {
            lifecycle.updateRunning(record, epoch, op, previous, restore);
        }
        return UpdateApplicationResponse.builder().applicationDetail(running ? updating
                : updating.toBuilder().applicationStatus(ApplicationStatus.UPDATING).build()).operationId(op.id()).build();
    }

    /**
     * DeleteApplication: stops the job (without a snapshot) and removes the application with its
     * snapshots and versions.
     *
     * @throws MsfException InvalidArgumentException when CreateTimestamp does not match;
     *     ResourceInUseException while the application is already being deleted
     */
    public DeleteApplicationResponse delete(DeleteApplicationRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        synchronized (record) {
            // Whole seconds: botocore (the AWS CLI, boto3) sends timestamps as integer epoch seconds.
            if (request.createTimestamp() == null
                    || request.createTimestamp().getEpochSecond() != record.detail.createTimestamp().getEpochSecond()) {
                throw MsfException.invalidArgument("CreateTimestamp " + request.createTimestamp() + " does not match application "
                        + record.name() + " (created " + record.detail.createTimestamp() + "): pass its CreateTimestamp from "
                        + "DescribeApplication");
            }
            if (record.status() == ApplicationStatus.DELETING) {
                throw MsfException.inUse("Application " + record.name() + " is already being deleted");
            }
            record.setStatus(ApplicationStatus.DELETING, catalog.now());
            catalog.save(record);
        }
        lifecycle.purge(record);
        return DeleteApplicationResponse.builder().build();
    }

    /** TagResource: adds or replaces tags; TooManyTagsException beyond {@link #MAX_TAGS}. */
    public TagResourceResponse tag(TagResourceRequest request) {
        ApplicationRecord record = catalog.byArn(request.resourceARN());
        synchronized (record) {
            putTags(record, request.tags());
            catalog.save(record);
        }
        return TagResourceResponse.builder().build();
    }

    /** UntagResource: removes tags by key (missing keys are ignored). */
    public UntagResourceResponse untag(UntagResourceRequest request) {
        ApplicationRecord record = catalog.byArn(request.resourceARN());
        synchronized (record) {
            request.tagKeys().forEach(record.tags::remove);
            catalog.save(record);
        }
        return UntagResourceResponse.builder().build();
    }

    /** ListTagsForResource. */
    public ListTagsForResourceResponse tags(ListTagsForResourceRequest request) {
        ApplicationRecord record = catalog.byArn(request.resourceARN());
        synchronized (record) {
            return ListTagsForResourceResponse.builder().tags(record.tags.entrySet().stream()
                    .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList()).build();
        }
    }

    /**
     * AddApplicationCloudWatchLoggingOption: a new version with the log stream (one per application).
     * A running job's log lines go to the new stream at once; nothing restarts (emulator choice).
     */
    public AddApplicationCloudWatchLoggingOptionResponse addLogging(AddApplicationCloudWatchLoggingOptionRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        synchronized (record) {
            ApplicationCatalog.checkCurrent(record, request.currentApplicationVersionId(), request.conditionalToken());
            Lifecycle.requireStatus(record, "AddApplicationCloudWatchLoggingOption", CONFIGURABLE);
            if (record.detail.hasCloudWatchLoggingOptionDescriptions() && !record.detail.cloudWatchLoggingOptionDescriptions().isEmpty()) {
                throw MsfException.invalidArgument("Application " + record.name() + " already has a CloudWatch logging option; "
                        + "delete it first or update it with UpdateApplication");
            }
            var options = loggingOptions(List.of(), List.of(request.cloudWatchLoggingOption()));
            OperationRecord op = changeVersion(record, "AddApplicationCloudWatchLoggingOption",
                    record.detail.toBuilder().cloudWatchLoggingOptionDescriptions(options).build());
            return AddApplicationCloudWatchLoggingOptionResponse.builder().applicationARN(record.detail.applicationARN())
                    .applicationVersionId(record.versionId()).cloudWatchLoggingOptionDescriptions(options)
                    .operationId(op.id()).build();
        }
    }

    /** DeleteApplicationCloudWatchLoggingOption: a new version without that log stream. */
    public DeleteApplicationCloudWatchLoggingOptionResponse deleteLogging(DeleteApplicationCloudWatchLoggingOptionRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        synchronized (record) {
            ApplicationCatalog.checkCurrent(record, request.currentApplicationVersionId(), request.conditionalToken());
            Lifecycle.requireStatus(record, "DeleteApplicationCloudWatchLoggingOption", CONFIGURABLE);
            List<CloudWatchLoggingOptionDescription> remaining = new ArrayList<>(record.detail.cloudWatchLoggingOptionDescriptions());
            if (!remaining.removeIf(o -> o.cloudWatchLoggingOptionId().equals(request.cloudWatchLoggingOptionId()))) {
                throw MsfException.notFound("CloudWatch logging option " + request.cloudWatchLoggingOptionId()
                        + " does not exist for application " + record.name());
            }
            OperationRecord op = changeVersion(record, "DeleteApplicationCloudWatchLoggingOption",
                    record.detail.toBuilder().cloudWatchLoggingOptionDescriptions(remaining).build());
            return DeleteApplicationCloudWatchLoggingOptionResponse.builder().applicationARN(record.detail.applicationARN())
                    .applicationVersionId(record.versionId()).cloudWatchLoggingOptionDescriptions(remaining)
                    .operationId(op.id()).build();
        }
    }

    /**
     * CreateApplicationPresignedUrl with FLINK_DASHBOARD_URL: the local Flink dashboard, at the running
     * job's page (no signing: the dashboard is on 127.0.0.1 only).
     */
    public CreateApplicationPresignedUrlResponse dashboardUrl(CreateApplicationPresignedUrlRequest request) {
        ApplicationRecord record = catalog.get(request.applicationName());
        if (request.urlType() != UrlType.FLINK_DASHBOARD_URL) {
            throw MsfException.invalidArgument("UrlType must be FLINK_DASHBOARD_URL; ZEPPELIN_UI_URL is for Studio applications");
        }
        String jobId;
        synchronized (record) {
            if (record.status() != ApplicationStatus.RUNNING) {
                throw MsfException.inUse("Application " + record.name() + " is in " + record.status()
                        + " status; its dashboard is available while it is RUNNING");
            }
            jobId = record.jobId;
        }
        return CreateApplicationPresignedUrlResponse.builder().authorizedUrl(dashboard.apply(jobId).toString()).build();
    }

    /** A configuration change that makes a new version and a SUCCESSFUL operation at once (caller holds the monitor). */
    private OperationRecord changeVersion(ApplicationRecord record, String operation, ApplicationDetail changed) {
        long from = record.versionId();
        ApplicationDetail next = catalog.newVersion(record, changed.toBuilder().applicationVersionUpdatedFrom(from).build());
        OperationRecord op = catalog.begin(record, operation, from, next.applicationVersionId());
        catalog.end(record, op, "SUCCESSFUL", null, null);
        catalog.save(record);
        return op;
    }

    private void putTags(ApplicationRecord record, List<Tag> tags) {
        Map<String, String> next = new java.util.LinkedHashMap<>(record.tags);
        for (Tag tag : tags) {
            if (tag.key() == null || tag.key().isEmpty() || tag.key().length() > 128
                    || (tag.value() != null && tag.value().length() > 256)) {
                throw MsfException.invalidArgument("Tag keys must have 1-128 characters and values at most 256, not " + tag.key());
            }
            next.put(tag.key(), tag.value() == null ? "" : tag.value());
        }
        if (next.size() > MAX_TAGS) {
            throw new MsfException(ErrorType.TOO_MANY_TAGS, "Application " + record.name() + " would have " + next.size()
                    + " tags; at most " + MAX_TAGS + " are allowed");
        }
        record.tags.clear();
        record.tags.putAll(next);
    }

    private List<CloudWatchLoggingOptionDescription> loggingOptions(List<CloudWatchLoggingOptionDescription> existing,
            List<CloudWatchLoggingOption> added) {
        List<CloudWatchLoggingOptionDescription> options = new ArrayList<>(existing);
        for (CloudWatchLoggingOption option : added) {
            checkLogStream(option.logStreamARN());
            options.add(CloudWatchLoggingOptionDescription.builder().cloudWatchLoggingOptionId((options.size() + 1) + ".1")
                    .logStreamARN(option.logStreamARN()).build());
        }
        if (options.size() > 1) {
            throw MsfException.invalidArgument("An application has at most one CloudWatch logging option");
        }
        return options;
    }

    private List<CloudWatchLoggingOptionDescription> updateLoggingOptions(ApplicationDetail current,
            List<CloudWatchLoggingOptionUpdate> updates) {
        List<CloudWatchLoggingOptionDescription> options = new ArrayList<>(current.cloudWatchLoggingOptionDescriptions());
        for (CloudWatchLoggingOptionUpdate update : updates) {
            int index = -1;
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).cloudWatchLoggingOptionId().equals(update.cloudWatchLoggingOptionId())) {
                    index = i;
                }
            }
            if (index < 0) {
                throw MsfException.invalidArgument("CloudWatch logging option " + update.cloudWatchLoggingOptionId()
                        + " does not exist for application " + current.applicationName());
            }
            if (update.logStreamARNUpdate() != null) {
                checkLogStream(update.logStreamARNUpdate());
                options.set(index, options.get(index).toBuilder().logStreamARN(update.logStreamARNUpdate()).build());
            }
        }
        return options;
    }

    private static void checkLogStream(String arn) {
        if (arn == null || !arn.matches("arn:[^:]+:logs:[^:]*:[^:]*:log-group:[^:]+:log-stream:.+")) {
            throw MsfException.invalidArgument("LogStreamARN must look like "
                    + "arn:aws:logs:us-east-1:123456789012:log-group:my-group:log-stream:my-stream, not " + arn);
        }
    }
}
