package dev.flinkctl.deploy;

import dev.flinkctl.metrics.MetricCatalog;
import dev.flinkctl.metrics.MetricDefinition;
import dev.flinkctl.metrics.MetricPoint;
import dev.flinkctl.metrics.MetricQuery;
import dev.flinkctl.metrics.MetricReader;
import dev.flinkctl.metrics.MetricSeries;
import dev.flinkctl.spec.HealthGateSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;

/**
 * Watches a freshly deployed application for a while and says whether it is healthy: still RUNNING, no more full
 * restarts and failed checkpoints than allowed. A crash-looping job keeps the status RUNNING, so the counts come from
 * the metrics MSF publishes to CloudWatch: {@code fullRestarts} ({@code numRestarts} from Flink 2.2) and {@code
 * numberOfFailedCheckpoints} (namespace {@code AWS/KinesisAnalytics}, dimension {@code Application}; both count since
 * the job started, so the maximum over the watch is what happened since the deploy). Source:
 * https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html and
 * https://docs.aws.amazon.com/managed-flink/latest/java/troubleshooting-rt-restarts.html.
 */
public final class HealthGate {
    private final KinesisAnalyticsV2Client msf;
    private final MetricReader metrics;
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
        this.metrics = new MetricReader(cloudWatch);
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
            String restartsMetric = MetricCatalog.restartsMetric(detail.runtimeEnvironmentAsString());
            List<Long> maxima = maxima(application, List.of(restartsMetric, "numberOfFailedCheckpoints"), start, now);
            restarts = Math.max(restarts, maxima.get(0));
            failed = Math.max(failed, maxima.get(1));
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

    /** @return the largest value of each metric since {@code from}, 0 without data; one GetMetricData call */
    private List<Long> maxima(String application, List<String> names, Instant from, Instant to) {
        // One period spanning the whole watch gives one Maximum; CloudWatch needs end > start.
        Instant start = from.minusSeconds(1);
        Instant end = to.isAfter(from) ? to.plusSeconds(1) : from.plusSeconds(1);
        int period = (int) Math.max(60, ((Duration.between(start, end).toSeconds() + 59) / 60) * 60);
        List<MetricDefinition> maxima = names.stream()
                .map(name -> MetricCatalog.definition(name).withStatistic("Maximum")).toList();
        // Not aligned: the counts are cumulative, so a period reaching back before the deploy could count the
        // restarts of the previous version.
        List<MetricSeries> series = metrics.read(new MetricQuery(application, maxima, start, end,
                Duration.ofSeconds(period)));
        return series.stream().map(one -> one.points().stream().map(MetricPoint::value).map(Double::longValue)
                .max(Long::compare).orElse(0L)).toList();
    }
}
