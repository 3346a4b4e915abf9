package dev.flinkctl.local.msf;

import dev.flinkctl.local.msf.domain.ApplicationCatalog;
import dev.flinkctl.local.msf.domain.Configurations;
import dev.flinkctl.local.msf.domain.JobListener;
import dev.flinkctl.local.observe.ApplicationMetricsReader;
import dev.flinkctl.local.observe.CloudWatchLogShipper;
import dev.flinkctl.local.observe.CloudWatchMetricsPublisher;
import dev.flinkctl.local.observe.LogStreamArn;
import dev.flinkctl.local.observe.LogTarget;
import dev.flinkctl.local.observe.MetricsSource;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CloudWatchLoggingOptionDescription;

/**
 * What MSF does around a running application: publishes its metrics to CloudWatch
 * ({@code AWS/KinesisAnalytics}, dimension {@code Application}) every interval, and ships its job's
 * log lines to the application's CloudWatch Logs stream when it has a logging option.
 */
final class Observability implements JobListener, AutoCloseable {
    private final CloudWatchMetricsPublisher metrics;
    private final CloudWatchLogShipper logs;
    private volatile ApplicationCatalog catalog;

    private Observability(AwsClients clients, URI flinkRest, Duration interval) {
        metrics = new CloudWatchMetricsPublisher(clients.cloudWatch(), new ApplicationMetricsReader(flinkRest), interval, this::sources);
        logs = new CloudWatchLogShipper(clients.logs(), Duration.ofSeconds(1));
    }

    /** Starts shipping logs and publishing metrics every {@code interval}. */
    static Observability start(AwsClients clients, URI flinkRest, Duration interval) {
        Observability observability = new Observability(clients, flinkRest, interval);
        observability.logs.start();
        observability.metrics.start();
        return observability;
    }

    /** Publishes metrics of the catalog's running applications from now on. */
    void watch(ApplicationCatalog applications) {
        this.catalog = applications;
    }

    private Collection<MetricsSource> sources() {
        ApplicationCatalog applications = catalog;
        if (applications == null) {
            return List.of();
        }
        return applications.running().stream()
                .map(r -> new MetricsSource(r.application().applicationName(), r.jobId(), Configurations.kpus(r.application())))
                .toList();
    }

    @Override
    public void jobStarted(ApplicationDetail application, String jobId) {
        target(application).ifPresent(t -> logs.register(jobId, t));
    }

    @Override
    public void jobEnded(String applicationName, String jobId) {
        if (jobId != null) {
            logs.unregister(jobId);
        }
    }

    @Override
    public void event(ApplicationDetail application, String level, String message) {
        target(application).ifPresent(t -> logs.log(t, level, "dev.flinkctl.local.msf", message));
    }

    private static Optional<LogTarget> target(ApplicationDetail application) {
        if (!application.hasCloudWatchLoggingOptionDescriptions()) {
            return Optional.empty();
        }
        return application.cloudWatchLoggingOptionDescriptions().stream().findFirst()
                .map(CloudWatchLoggingOptionDescription::logStreamARN)
                .map(arn -> new LogTarget(LogStreamArn.parse(arn), application.applicationARN(), application.applicationVersionId()));
    }

    @Override
    public void close() {
        metrics.close();
        logs.close();
    }
}
