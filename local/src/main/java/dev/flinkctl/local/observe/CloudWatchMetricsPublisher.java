package dev.flinkctl.local.observe;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * Publishes the application-level metrics of MSF to CloudWatch: every round, one {@code PutMetricData} call per
 * application with namespace {@value #NAMESPACE} and the single dimension {@code Application} = application name.
 *
 * <p>Metric names and units: {@code KPUs} (Count), {@code uptime}, {@code downtime} (Milliseconds), {@code
 * fullRestarts}, {@code numberOfFailedCheckpoints} (Count), {@code lastCheckpointDuration} (Milliseconds), {@code
 * lastCheckpointSize} (Bytes), {@code numRecordsInPerSecond}, {@code numRecordsOutPerSecond} (Count/Second), {@code
 * heapMemoryUtilization}, {@code cpuUtilization} (Percent) and {@code millisBehindLatest} (Milliseconds). The last
 * three are left out of a round when the reader has no value for them. Every datum of a round carries the round's
 * start time. Values come from {@link ApplicationMetricsReader}.
 *
 * <p>Emulator choices: MSF reports on a one-minute interval and publishes {@code KPUs} once per billing hour; this
 * publisher reports every datum, {@code KPUs} included, every {@code interval}, so short tests see all of them.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html">MSF metrics and
 *     dimensions</a>
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricData.html">CloudWatch
 *     PutMetricData</a>
 */
public final class CloudWatchMetricsPublisher implements AutoCloseable {
    /** The CloudWatch namespace of MSF's metrics. */
    public static final String NAMESPACE = "AWS/KinesisAnalytics";
    /** The application-level dimension. */
    public static final String APPLICATION_DIMENSION = "Application";

    private static final Logger LOG = LoggerFactory.getLogger(CloudWatchMetricsPublisher.class);

    private final CloudWatchClient cloudWatch;
    private final ApplicationMetricsReader reader;
    private final Duration interval;
    private final Supplier<Collection<MetricsSource>> sources;
    private final Object roundLock = new Object();
    private ScheduledExecutorService scheduler;

    /**
     * Does no I/O and starts no thread.
     *
     * @param cloudWatch where to publish; not closed by {@link #close()}
     * @param reader reads each job's values
     * @param interval time between the end of one round and the start of the next (MSF: 1 minute)
     * @param sources the applications to report, asked again every round
     */
    public CloudWatchMetricsPublisher(CloudWatchClient cloudWatch, ApplicationMetricsReader reader, Duration interval,
            Supplier<Collection<MetricsSource>> sources) {
        this.cloudWatch = Objects.requireNonNull(cloudWatch, "cloudWatch");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.sources = Objects.requireNonNull(sources, "sources");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
    }

    /** Starts publishing on a daemon thread, the first round one {@code interval} from now. Idempotent. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cloudwatch-metrics-publisher");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::publishOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Publishes one round now, on the calling thread. A source whose metrics cannot be read, or whose {@code
     * PutMetricData} call fails, is logged at WARN and skipped; nothing is thrown.
     */
    public void publishOnce() {
        synchronized (roundLock) {
            publishRound();
        }
    }

    private void publishRound() {
        Instant roundTime = Instant.now();
        Collection<MetricsSource> round;
        try {
            round = List.copyOf(sources.get());
        } catch (RuntimeException e) {
            LOG.warn("Cannot list the applications to publish metrics for", e);
            return;
        }
        for (MetricsSource source : round) {
            try {
                ApplicationMetricValues values = reader.read(source.jobId());
                cloudWatch.putMetricData(request -> request.namespace(NAMESPACE).metricData(datums(source, values, roundTime)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return; // closing
                }
                LOG.warn("Cannot publish metrics of application {} (job {}): {}", source.applicationName(), source.jobId(), e.toString());
            }
        }
    }

    static List<MetricDatum> datums(MetricsSource source, ApplicationMetricValues values, Instant timestamp) {
        MetricDatum.Builder common = MetricDatum.builder().timestamp(timestamp)
                .dimensions(Dimension.builder().name(APPLICATION_DIMENSION).value(source.applicationName()).build());
        List<MetricDatum> datums = new ArrayList<>(12);
        add(datums, common, "KPUs", (double) source.kpus(), StandardUnit.COUNT);
        add(datums, common, "uptime", values.uptimeMs(), StandardUnit.MILLISECONDS);
        add(datums, common, "downtime", values.downtimeMs(), StandardUnit.MILLISECONDS);
        add(datums, common, "fullRestarts", values.fullRestarts(), StandardUnit.COUNT);
        add(datums, common, "numberOfFailedCheckpoints", values.numberOfFailedCheckpoints(), StandardUnit.COUNT);
        add(datums, common, "lastCheckpointDuration", values.lastCheckpointDurationMs(), StandardUnit.MILLISECONDS);
        add(datums, common, "lastCheckpointSize", values.lastCheckpointSizeBytes(), StandardUnit.BYTES);
        add(datums, common, "numRecordsInPerSecond", values.numRecordsInPerSecond(), StandardUnit.COUNT_SECOND);
        add(datums, common, "numRecordsOutPerSecond", values.numRecordsOutPerSecond(), StandardUnit.COUNT_SECOND);
        add(datums, common, "heapMemoryUtilization", values.heapMemoryUtilizationPercent(), StandardUnit.PERCENT);
        add(datums, common, "cpuUtilization", values.cpuUtilizationPercent(), StandardUnit.PERCENT);
        add(datums, common, "millisBehindLatest", values.millisBehindLatestMs(), StandardUnit.MILLISECONDS);
        return datums;
    }

    private static void add(List<MetricDatum> datums, MetricDatum.Builder common, String name, Double value, StandardUnit unit) {
        if (value != null) {
            datums.add(common.copy().metricName(name).value(value).unit(unit).build());
        }
    }

    /** Stops the background rounds (waiting up to 5 s for one in progress). Does not publish a last round. */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
            scheduler = null;
        }
        if (running == null) {
            return;
        }
        running.shutdownNow();
        try {
            running.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
