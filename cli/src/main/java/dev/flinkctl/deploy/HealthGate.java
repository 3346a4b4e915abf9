package dev.flinkctl.deploy;

import dev.flinkctl.spec.HealthGateSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;

/**
 * Watches a freshly deployed application for a while and says whether it is healthy: still RUNNING, no more full
 * restarts and failed checkpoints than allowed. A crash-looping job keeps the status RUNNING, so the counts come from
 * the metrics MSF publishes to CloudWatch: {@code fullRestarts} and {@code numberOfFailedCheckpoints} (namespace
 * {@code AWS/KinesisAnalytics}, dimension {@code Application}; both count since the job started, so the maximum over
 * the watch is what happened since the deploy). Source:
 * https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html and
 * https://docs.aws.amazon.com/managed-flink/latest/java/troubleshooting-rt-restarts.html.
 */
public final class HealthGate {
    /** The CloudWatch namespace MSF publishes application metrics to. */
    public static final String NAMESPACE = "AWS/KinesisAnalytics";

    private final KinesisAnalyticsV2Client msf;
    private final CloudWatchClient cloudWatch;
    private final Duration poll;
    private final Clock clock;
    private final Sleeper sleeper;

    /** Waits between polls; tests may pass one that does not wait. */
    @FunctionalInterface
    public interface Sleeper {
        /** @throws InterruptedException when interrupted */
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param msf        the MSF client, owned by the caller
     * @param cloudWatch the CloudWatch client, owned by the caller
     * @param poll       how often to look (metrics arrive once a minute on AWS)
     * @param clock      the clock
     * @param sleeper    waits between looks
     */
    public HealthGate(KinesisAnalyticsV2Client msf, CloudWatchClient cloudWatch, Duration poll, Clock clock,
                      Sleeper sleeper) {
        this.msf = msf;
        this.cloudWatch = cloudWatch;
        this.poll = poll;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * The verdict.
     *
     * @param healthy            true if nothing went wrong during the watch
     * @param reason             why it is unhealthy, one line; null when healthy
     * @param fullRestarts       the most full restarts seen (0 if no metric arrived)
     * @param failedCheckpoints  the most failed checkpoints seen
     * @param watchedMs          how long it watched, in ms
     */
    public record Verdict(boolean healthy, String reason, long fullRestarts, long failedCheckpoints, long watchedMs) {
    }

    /**
     * Watches {@code application} for {@code gate.period()}; returns early when it turns unhealthy.
     *
     * @param application the application, RUNNING
     * @param gate        period and thresholds
     * @param progress    receives one line per look
     * @return the verdict
     * @throws InterruptedException when interrupted
     */
    public Verdict watch(String application, HealthGateSpec gate, Consumer<String> progress)
            throws InterruptedException {
        Instant start = clock.instant();
        Instant end = start.plus(gate.period());
        long restarts = 0;
        long failed = 0;
        Instant reported = null;
        while (true) {
            ApplicationDetail detail = msf.describeApplication(r -> r.applicationName(application))
                    .applicationDetail();
            Instant now = clock.instant();
            long watched = Duration.between(start, now).toMillis();
            if (detail.applicationStatus() != ApplicationStatus.RUNNING) {
                return new Verdict(false, "the application is " + detail.applicationStatusAsString()
                        + ", not RUNNING", restarts, failed, watched);
            }
            restarts = Math.max(restarts, maximum(application, "fullRestarts", start, now));
            failed = Math.max(failed, maximum(application, "numberOfFailedCheckpoints", start, now));
            if (restarts > gate.maxRestarts()) {
                return new Verdict(false, "the job restarted " + restarts + " time(s) (allowed: " + gate.maxRestarts()
                        + "): it is crash-looping", restarts, failed, watched);
            }
            if (failed > gate.maxFailedCheckpoints()) {
                return new Verdict(false, failed + " checkpoint(s) failed (allowed: " + gate.maxFailedCheckpoints()
                        + ")", restarts, failed, watched);
            }
            if (!now.isBefore(end)) {
                return new Verdict(true, null, restarts, failed, watched);
            }
            // One line every 10 s at most: the local target looks every second.
            if (reported == null || !now.isBefore(reported.plusSeconds(10))) {
                progress.accept(String.format("Health gate: RUNNING, %d restart(s), %d failed checkpoint(s), %ds left",
                        restarts, failed, Duration.between(now, end).toSeconds()));
                reported = now;
            }
            Duration left = Duration.between(now, end);
            sleeper.sleep(left.compareTo(poll) < 0 ? left : poll);
        }
    }

    private long maximum(String application, String metric, Instant from, Instant to) {
        // CloudWatch needs end > start; one period spanning the whole watch gives one Maximum.
        Instant end = to.isAfter(from) ? to.plusSeconds(1) : from.plusSeconds(1);
        int period = (int) Math.max(60, ((Duration.between(from, end).toSeconds() + 59) / 60) * 60);
        GetMetricDataResponse response = cloudWatch.getMetricData(request -> request
                .startTime(from.minusSeconds(1)).endTime(end)
                .metricDataQueries(MetricDataQuery.builder().id("m")
                        .metricStat(stat -> stat.stat("Maximum").period(period)
                                .metric(m -> m.namespace(NAMESPACE).metricName(metric)
                                        .dimensions(d -> d.name("Application").value(application))))
                        .build()));
        return response.metricDataResults().stream().map(MetricDataResult::values).flatMap(List::stream)
                .map(Double::longValue).max(Long::compare).orElse(0L);
    }
}
