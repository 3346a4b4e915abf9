package dev.flinkctl.cost;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.billing.CostModel;
import dev.flinkctl.billing.KpuConfiguration;
import dev.flinkctl.billing.KpuSample;
import dev.flinkctl.billing.Meter;
import dev.flinkctl.billing.SnapshotHolding;
import dev.flinkctl.billing.Usage;
import dev.flinkctl.metrics.MetricCatalog;
import dev.flinkctl.metrics.MetricDefinition;
import dev.flinkctl.metrics.MetricPoint;
import dev.flinkctl.metrics.MetricQuery;
import dev.flinkctl.metrics.MetricReader;
import dev.flinkctl.metrics.MetricSeries;
import dev.flinkctl.msf.Applications;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationMode;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;

/**
 * What an application actually cost: reads its hourly {@code KPUs} metric (one datapoint per billing hour,
 * orchestration KPU included; https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html) and its
 * largest {@code lastCheckpointSize} with one GetMetricData call, lists its snapshots, and prices them with a
 * {@link CostModel}.
 *
 * <p>Each hour with a {@code KPUs} datapoint is billed as a whole hour at that datapoint's Maximum, which is what the
 * metric's one sample per billing hour allows: MSF meters per second, so an hour the application ran only part of is
 * overstated (by up to an hour per start and stop). Days and months are UTC, as AWS bills.
 */
public final class CostReporter {
    /** The resolution of the {@code KPUs} metric and of the report: one hour. */
    public static final Duration HOUR = Duration.ofHours(1);
    /** Bytes in a GB as storage is billed (2^30). */
    static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);

    private static final MetricDefinition KPUS = MetricCatalog.definition("KPUs").withStatistic("Maximum");
    private static final MetricDefinition CHECKPOINT_SIZE =
            MetricCatalog.definition("lastCheckpointSize").withStatistic("Maximum");

    private final Applications applications;
    private final MetricReader metrics;
    private final Clock clock;

    /**
     * @param applications the MSF applications of the target
     * @param metrics      reads CloudWatch
     * @param clock        what "now" is
     */
    public CostReporter(Applications applications, MetricReader metrics, Clock clock) {
        this.applications = applications;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * What to report.
     *
     * @param application the application name
     * @param since       the period's start (aligned down to the hour)
     * @param until       the period's end, exclusive, or null for now; a period that reaches now gets a forecast
     * @param byDay       whether to add one bill per UTC day
     * @param snapshotGb  GB to count for each snapshot, or null to take the largest {@code lastCheckpointSize}
     */
    public record Request(String application, Instant since, Instant until, boolean byDay, BigDecimal snapshotGb) {}

    /**
     * @param request what to report
     * @param model   the Region's prices and rounding
     * @return the report
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} when the application does not exist; {@link ExitCodes#USAGE}
     *     for an empty period or one CloudWatch no longer keeps hourly data for
     */
    public CostReport report(Request request, CostModel model) {
        Instant now = clock.instant();
        Instant end = request.until() == null || request.until().isAfter(now) ? now : request.until();
        Instant start = request.since().truncatedTo(ChronoUnit.HOURS);
        if (!start.isBefore(end)) {
            throw new FlinkctlException(ExitCodes.USAGE, "the period is empty: --since must be before --until");
        }
        boolean forecast = !end.isBefore(now);
        ApplicationDetail detail = applications.require(request.application());
        Instant monthStart = monthStart(now);
        Instant readFrom = forecast && monthStart.isBefore(start) ? monthStart : start;
        MetricQuery query = MetricQuery.aligned(request.application(), List.of(KPUS, CHECKPOINT_SIZE), readFrom, end,
                HOUR);
        query.checkRetention(now);
        List<MetricSeries> series = metrics.read(query);
        List<KpuSample> samples = series.get(0).points().stream().filter(p -> p.value() >= 0)
                .map(p -> new KpuSample(p.timestamp(), BigDecimal.valueOf(p.value()).stripTrailingZeros()))
                .toList();
        Snapshots snapshots = snapshots(applications.snapshots(request.application()), request.snapshotGb(),
                series.get(1).points());
        Inputs inputs = new Inputs(request.application(), samples, snapshots.holdings(), snapshots.estimate(),
                orchestrationKpus(detail),
                IdleFinder.RUNNING_STATUSES.contains(detail.applicationStatusAsString()) ? totalKpus(detail) : 0);
        return compute(inputs, model, start, end, now, request.byDay(), forecast);
    }

    /**
     * Everything the report is computed from, read from MSF and CloudWatch.
     *
     * @param application       the application name
     * @param samples           hourly {@code KPUs} Maximums, orchestration included
     * @param holdings          the snapshots as backups held (not deleted)
     * @param snapshots         how their size was estimated
     * @param orchestrationKpus orchestration KPUs in each sample: 1, or 2 for Studio interactive mode
     * @param kpusNow           KPUs it runs with now, orchestration included; 0 when not running
     */
    record Inputs(String application, List<KpuSample> samples, List<SnapshotHolding> holdings,
                  CostReport.SnapshotEstimate snapshots, int orchestrationKpus, int kpusNow) {}

    /** The report over [start, end), with days and the month's forecast as asked; no AWS calls. */
    static CostReport compute(Inputs in, CostModel model, Instant start, Instant end, Instant now, boolean byDay,
                              boolean forecast) {
        Usage usage = usage(in, start, end);
        List<CostReport.DayCost> days = null;
        if (byDay) {
            days = new ArrayList<>();
            for (LocalDate day = date(start); day.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(end);
                    day = day.plusDays(1)) {
                Instant from = later(start, day.atStartOfDay(ZoneOffset.UTC).toInstant());
                Instant to = earlier(end, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
                Usage dayUsage = usage(in, from, to);
                days.add(new CostReport.DayCost(day, hoursRunning(in.samples(), from, to), hours(dayUsage),
                        model.bill(dayUsage)));
            }
        }
        return new CostReport(in.application(), model.price().region(), start, end, hoursRunning(in.samples(), start,
                end), hours(usage), model.bill(usage), in.snapshots(), days,
                forecast ? forecast(in, model, now) : null, model.price().source(), model.price().retrieved());
    }

    private static CostReport.Forecast forecast(Inputs in, CostModel model, Instant now) {
        Instant monthStart = monthStart(now);
        Instant monthEnd = YearMonth.from(now.atZone(ZoneOffset.UTC)).plusMonths(1).atDay(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        Usage soFar = usage(in, monthStart, now);
        // The current hour is billed already if it has a datapoint; the rest is whole hours at today's KPUs.
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        boolean sampled = in.samples().stream().anyMatch(s -> s.hour().equals(hour));
        Instant remainingFrom = sampled ? hour.plus(HOUR) : hour;
        List<KpuSample> remaining = new ArrayList<>();
        for (Instant h = remainingFrom; h.isBefore(monthEnd) && in.kpusNow() > 0; h = h.plus(HOUR)) {
            remaining.add(KpuSample.of(h, in.kpusNow()));
        }
        Usage month = soFar.plus(Meter.hourlyKpus(remaining, in.orchestrationKpus()))
                .plus(Meter.snapshots(in.holdings(), now, monthEnd));
        var bill = model.bill(month);
        BigDecimal hoursLeft = BigDecimal.valueOf(Duration.between(remainingFrom, monthEnd).toMinutes())
                .divide(BigDecimal.valueOf(60), MathContext.DECIMAL64).stripTrailingZeros();
        return new CostReport.Forecast(YearMonth.from(now.atZone(ZoneOffset.UTC)), model.bill(soFar).totalUsd(),
                bill.totalUsd(), hoursLeft, in.kpusNow(), bill);
    }

    /** KPU-hours and running storage of the hours in [from, to), plus the backups held then. */
    private static Usage usage(Inputs in, Instant from, Instant to) {
        return Meter.hourlyKpus(within(in.samples(), from, to), in.orchestrationKpus())
                .plus(Meter.snapshots(in.holdings(), from, to));
    }

    private static List<KpuSample> within(List<KpuSample> samples, Instant from, Instant to) {
        return samples.stream().filter(s -> !s.hour().isBefore(from.truncatedTo(ChronoUnit.HOURS))
                && s.hour().isBefore(to)).toList();
    }

    private static int hoursRunning(List<KpuSample> samples, Instant from, Instant to) {
        return (int) within(samples, from, to).stream().filter(s -> s.kpus().signum() > 0).count();
    }

    private static BigDecimal hours(Usage usage) {
        BigDecimal hours = usage.kpuHours().stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    /** The snapshot inventory as holdings of an estimated size each. */
    static Snapshots snapshots(List<SnapshotDetails> listed, BigDecimal snapshotGb, List<MetricPoint> checkpointSizes) {
        BigDecimal size;
        String from;
        if (snapshotGb != null) {
            size = snapshotGb;
            from = "--snapshot-gb";
        } else {
            size = checkpointSizes.stream().mapToDouble(MetricPoint::value).filter(v -> v >= 0).boxed()
                    .max(Double::compare).map(bytes -> BigDecimal.valueOf(bytes)
                            .divide(BYTES_PER_GB, MathContext.DECIMAL64)).orElse(null);
            from = size == null ? "unknown" : "lastCheckpointSize";
        }
        BigDecimal each = size == null ? BigDecimal.ZERO : size;
        List<SnapshotHolding> holdings = listed.stream().filter(s -> s.snapshotCreationTimestamp() != null)
                .map(s -> new SnapshotHolding(s.snapshotName(), each, s.snapshotCreationTimestamp(), null)).toList();
        return new Snapshots(holdings, new CostReport.SnapshotEstimate(listed.size(), size, from));
    }

    /** Snapshots as backups, and how they were sized. */
    record Snapshots(List<SnapshotHolding> holdings, CostReport.SnapshotEstimate estimate) {}

    private static int orchestrationKpus(ApplicationDetail detail) {
        return detail.applicationMode() == ApplicationMode.INTERACTIVE
                ? KpuConfiguration.STUDIO_INTERACTIVE_ORCHESTRATION_KPUS : KpuConfiguration.ORCHESTRATION_KPUS;
    }

    /** KPUs of its current parallelism (autoscaling's, when it changed it), orchestration included; 0 if unknown. */
    private static int totalKpus(ApplicationDetail detail) {
        KpuConfiguration config = IdleFinder.currentConfiguration(detail);
        return config == null ? 0 : config.totalKpus();
    }

    private static Instant monthStart(Instant now) {
        return YearMonth.from(now.atZone(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate date(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
