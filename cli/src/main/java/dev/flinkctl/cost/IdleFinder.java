package dev.flinkctl.cost;

import dev.flinkctl.billing.Bill;
import dev.flinkctl.billing.CostModel;
import dev.flinkctl.billing.KpuConfiguration;
import dev.flinkctl.billing.RegionPrice;
import dev.flinkctl.metrics.MetricCatalog;
import dev.flinkctl.metrics.MetricPoint;
import dev.flinkctl.metrics.MetricQuery;
import dev.flinkctl.metrics.MetricReader;
import dev.flinkctl.msf.ApplicationState;
import dev.flinkctl.msf.ApplicationOverview;
import dev.flinkctl.msf.Applications;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationMode;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ParallelismConfigurationDescription;

/**
 * Finds the forgotten applications of a Region: running, billed for their KPUs every hour, and reading (almost)
 * nothing.
 *
 * <p>Which applications: every one {@code ListApplications} returns (all pages) whose status is {@code RUNNING} or
 * {@code AUTOSCALING} (a running job whose parallelism MSF is changing: it is billed like a running one). {@code READY}
 * applications are stopped and cost only their snapshots; {@code STARTING}, {@code STOPPING}, {@code UPDATING},
 * {@code DELETING}, {@code ROLLING_BACK} and the others are in transition and are skipped. Each candidate is described
 * ({@code DescribeApplication}) for its current parallelism and mode, and skipped if it is gone or has left those
 * statuses by then.
 *
 * <p>Input: {@code numRecordsInPerSecond} with statistic Average in 1-hour periods over the window, aligned to the hour
 * (one {@code GetMetricData} call per application), judged by {@link InputActivity}: idle when the mean of the hourly
 * averages is below the threshold, or when the window has no data at all.
 *
 * <p>Cost: {@link CostModel#monthly} of its current KPU configuration (a Studio notebook in interactive mode has two
 * orchestration KPUs): KPU-hours and running storage for 720 hours. Backups are left out: they depend on the snapshots
 * held, not on whether the application runs, and stopping it does not remove them.
 */
public final class IdleFinder {
    /** The statuses of an application whose job runs and is billed for its KPUs. */
    public static final Set<String> RUNNING_STATUSES = Set.of("RUNNING", "AUTOSCALING");
    /** The length of one CloudWatch period read: CloudWatch keeps 1-hour data for 455 days. */
    public static final Duration PERIOD = Duration.ofHours(1);
    /** The days CloudWatch keeps 1-hour data for. */
    public static final int MAX_DAYS = 455;
    /** The longest window CloudWatch has 1-hour data for. */
    public static final Duration MAX_WINDOW = Duration.ofDays(MAX_DAYS);

    private final Applications applications;
    private final MetricReader metrics;
    private final Clock clock;

    /**
     * @param applications the Region's MSF applications
     * @param metrics      reads the Region's CloudWatch metrics
     * @param clock        the end of the window is its {@code instant()}
     */
    public IdleFinder(Applications applications, MetricReader metrics, Clock clock) {
        this.applications = applications;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * @param region                    the Region being checked, for the report
     * @param window                    how far back to look, at least one hour and at most {@link #MAX_WINDOW}
     * @param thresholdRecordsPerSecond idle below this window average of {@code numRecordsInPerSecond}, in records
     *                                  per second, zero or more
     * @param prices                    the Region's prices, or null when they are not known (no bills then)
     * @return the idle applications among the running ones, with their monthly cost
     * @throws IllegalArgumentException for a window or threshold outside those bounds
     * @throws software.amazon.awssdk.core.exception.SdkException when MSF or CloudWatch cannot be reached or refuse
     */
    public IdleReport find(String region, Duration window, double thresholdRecordsPerSecond, CostModel prices) {
        if (window.compareTo(PERIOD) < 0 || window.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("the window must be 1 hour to 455 days, not " + window);
        }
        if (!(thresholdRecordsPerSecond >= 0) || Double.isInfinite(thresholdRecordsPerSecond)) {
            throw new IllegalArgumentException("the threshold must be zero or more records per second, not "
                    + thresholdRecordsPerSecond);
        }
        Instant until = clock.instant();
        Instant since = hourStart(until.minus(window));
        int checked = 0;
        List<IdleApplication> idle = new ArrayList<>();
        for (ApplicationState listed : applications.list()) {
            if (!RUNNING_STATUSES.contains(listed.status())) {
                continue;
            }
            Optional<ApplicationDetail> described = applications.describe(listed.name());
            if (described.isEmpty() || !RUNNING_STATUSES.contains(described.get().applicationStatusAsString())) {
                continue; // deleted or stopped since the listing
            }
            checked++;
            MetricQuery query = MetricQuery.aligned(listed.name(),
                    List.of(MetricCatalog.definition(InputActivity.METRIC)), since, until, PERIOD);
            InputActivity activity = InputActivity.of(metrics.read(query).get(0).points().stream()
                    .map(MetricPoint::value).toList());
            if (activity.idle(thresholdRecordsPerSecond)) {
                idle.add(idleApplication(described.get(), activity, prices));
            }
        }
        if (prices == null) {
            return new IdleReport(region, window.toDays(), since, until, thresholdRecordsPerSecond, checked, idle,
                    null, null, null);
        }
        RegionPrice price = prices.price();
        return new IdleReport(region, window.toDays(), since, until, thresholdRecordsPerSecond, checked, idle,
                total(idle), price.source(), price.retrieved());
    }

    private static IdleApplication idleApplication(ApplicationDetail detail, InputActivity activity,
                                                   CostModel prices) {
        ParallelismConfigurationDescription p = ApplicationOverview.parallelism(detail);
        Integer parallelism = p == null ? null : currentParallelism(p);
        Integer perKpu = p == null ? null : p.parallelismPerKPU();
        KpuConfiguration config = currentConfiguration(detail);
        Bill monthly = config == null || prices == null ? null : prices.monthly(config, BigDecimal.ZERO);
        return new IdleApplication(detail.applicationName(), detail.applicationStatusAsString(),
                detail.runtimeEnvironmentAsString(), parallelism, perKpu, config == null ? null : config.totalKpus(),
                activity.hoursWithData(), activity.averageRecordsInPerSecond(), activity.recordsIn(), monthly,
                activity.reason());
    }

    /**
     * @param detail the application (DescribeApplication)
     * @return the KPU configuration it runs with now: CurrentParallelism (autoscaling's) when set, else Parallelism,
     *     and two orchestration KPUs in Studio interactive mode; null when the description has no valid one
     */
    static KpuConfiguration currentConfiguration(ApplicationDetail detail) {
        ParallelismConfigurationDescription p = ApplicationOverview.parallelism(detail);
        return p == null ? null : configuration(currentParallelism(p), p.parallelismPerKPU(),
                detail.applicationMode() == ApplicationMode.INTERACTIVE);
    }

    private static Integer currentParallelism(ParallelismConfigurationDescription p) {
        return p.currentParallelism() != null ? p.currentParallelism() : p.parallelism();
    }

    /** @return the configuration, or null when the description lacks or has an invalid parallelism */
    static KpuConfiguration configuration(Integer parallelism, Integer perKpu, boolean studioInteractive) {
        if (parallelism == null || perKpu == null) {
            return null;
        }
        try {
            return new KpuConfiguration(parallelism, perKpu, studioInteractive);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** @return the start of the hour {@code instant} is in, as {@link MetricQuery#aligned} aligns 1-hour periods */
    private static Instant hourStart(Instant instant) {
        long hour = PERIOD.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(instant.getEpochSecond(), hour) * hour);
    }

    private static BigDecimal total(List<IdleApplication> idle) {
        return idle.stream().filter(app -> app.monthly() != null).map(app -> app.monthly().totalUsd())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
