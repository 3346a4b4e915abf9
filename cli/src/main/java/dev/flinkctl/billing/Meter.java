package dev.flinkctl.billing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what an application did into {@link Usage}: per-second metering with a 10-minute minimum each time it starts,
 * running storage of 50 GB per application KPU, and snapshot storage held over time
 * (https://docs.aws.amazon.com/managed-flink/latest/java/how-pricing.html).
 *
 * <p>Assumptions where AWS is silent: a run is billed in whole seconds, a partial second counting as one; the minimum
 * applies to both the KPU-hours and the running storage (AWS's Example 3 does so); an autoscaling change inside a run
 * is not a new start, and the run is metered per second at each KPU count in turn, rather than at the hour's maximum.
 */
public final class Meter {

    /** The minimum billed each time an application starts: 10 minutes (how-pricing.html: "runs 5 minutes, pays 10"). */
    public static final Duration MINIMUM_PER_START = Duration.ofMinutes(10);
    /** The month flinkctl estimates for unless told otherwise: 720 hours, the 30 days AWS's examples use. */
    public static final Duration MONTH = Duration.ofHours(720);
    /**
     * GB of running application storage per application KPU; the orchestration KPU gets none, as AWS's Example 1
     * counts "20 KPUs × 50 GB/KPU" against 20 + 1 KPUs (how-pricing.html; limits.html says 50 GiB).
     */
    public static final int RUNNING_STORAGE_GB_PER_KPU = 50;

    private static final BigDecimal STORAGE_GB_PER_KPU = BigDecimal.valueOf(RUNNING_STORAGE_GB_PER_KPU);
    private static final long MINIMUM_SECONDS = MINIMUM_PER_START.toSeconds();

    private Meter() {
    }

    /**
     * @param run how long one start ran
     * @return the seconds billed for it: whole seconds (rounded up), at least 600
     */
    public static long billedSeconds(Duration run) {
        return Math.max(MINIMUM_SECONDS, wholeSeconds(run));
    }

    /**
     * One start that ran for {@code running} at one configuration: an estimate's usage.
     *
     * @param config  the KPUs it ran with
     * @param running how long it ran, zero or more
     * @return its KPU-seconds and running storage, the 10-minute minimum applied
     */
    public static Usage run(KpuConfiguration config, Duration running) {
        return running(billedSeconds(requireNonNegative(running)), config.applicationKpus(), config.totalKpus());
    }

    /**
     * Actual runs, for a bill. Runs are taken in order of start and may not overlap; runs that follow each other
     * without a gap (next start equals previous stop) form one start, an autoscaling change, and the 10-minute minimum
     * applies to their sum: a shortfall is billed at the last run's KPUs.
     *
     * @param runs the runs, in any order
     * @return their KPU-seconds and running storage
     * @throws IllegalArgumentException when two runs overlap
     */
    public static Usage runs(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparing(Run::start));
        Usage usage = Usage.NONE;
        long startSeconds = 0;
        Run previous = null;
        for (Run run : sorted) {
            if (previous != null && run.start().isBefore(previous.stop())) {
                throw new IllegalArgumentException("runs overlap: " + previous.start() + "–" + previous.stop() + " and "
                        + run.start() + "–" + run.stop());
            }
            if (previous != null && run.start().isAfter(previous.stop())) {
                usage = usage.plus(shortfall(startSeconds, previous));
                startSeconds = 0;
            }
            long seconds = wholeSeconds(run.duration());
            usage = usage.plus(running(seconds, run.applicationKpus(), run.totalKpus()));
            startSeconds += seconds;
            previous = run;
        }
        return previous == null ? usage : usage.plus(shortfall(startSeconds, previous));
    }

    /**
     * Usage from the hourly CloudWatch {@code KPUs} samples alone: each sample bills a whole hour at its KPUs, since
     * the metric has one sample per billing period of one hour. AWS does not say that this equals the per-second bill:
     * an hour the application ran only part of is overestimated, so a caller that knows the start and stop times
     * should build {@link Run}s with {@link Run#ofTotalKpus} instead.
     *
     * @param samples           one per hour, orchestration KPUs included (see {@link KpuSample})
     * @param orchestrationKpus orchestration KPUs in each sample: 1, or 2 for Studio interactive mode; they get no
     *                          running storage
     * @return KPU-seconds and running storage for those hours
     * @throws IllegalArgumentException when two samples are for the same hour or orchestrationKpus is negative
     */
    public static Usage hourlyKpus(List<KpuSample> samples, int orchestrationKpus) {
        if (orchestrationKpus < 0) {
            throw new IllegalArgumentException("orchestration KPUs cannot be negative: " + orchestrationKpus);
        }
        BigDecimal orchestration = BigDecimal.valueOf(orchestrationKpus);
        Set<Instant> hours = new HashSet<>();
        Usage usage = Usage.NONE;
        for (KpuSample sample : samples) {
            if (!hours.add(sample.hour())) {
                throw new IllegalArgumentException("two KPUs samples for the hour " + sample.hour());
            }
            BigDecimal applicationKpus = sample.kpus().subtract(orchestration).max(BigDecimal.ZERO);
            usage = usage.plus(new Usage(sample.kpus().multiply(Usage.SECONDS_PER_HOUR),
                    applicationKpus.multiply(STORAGE_GB_PER_KPU).multiply(Usage.SECONDS_PER_HOUR), BigDecimal.ZERO));
        }
        return usage;
    }

    /**
     * Durable application backups held during a period: each snapshot counts from when it was taken (or the period's
     * start) until it was deleted (or the period's end).
     *
     * @param snapshots the snapshot inventory, deleted ones included if they were held during the period
     * @param from      the period's start
     * @param to        the period's end, not before from
     * @return their backup GB-seconds within the period
     */
    public static Usage snapshots(List<SnapshotHolding> snapshots, Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period cannot end (" + to + ") before it starts (" + from + ")");
        }
        BigDecimal gbSeconds = BigDecimal.ZERO;
        for (SnapshotHolding snapshot : snapshots) {
            Instant held = snapshot.createdAt().isAfter(from) ? snapshot.createdAt() : from;
            Instant released = snapshot.deletedAt() != null && snapshot.deletedAt().isBefore(to) ? snapshot.deletedAt()
                    : to;
            if (released.isAfter(held)) {
                gbSeconds = gbSeconds.add(snapshot.sizeGb().multiply(exactSeconds(Duration.between(held, released))));
            }
        }
        return backups(gbSeconds);
    }

    /**
     * @param gb   durable application backups held, in GB, zero or more
     * @param held for how long
     * @return their backup GB-seconds
     */
    public static Usage backups(BigDecimal gb, Duration held) {
        return backups(gb.multiply(exactSeconds(requireNonNegative(held))));
    }

    private static Usage backups(BigDecimal gbSeconds) {
        return new Usage(BigDecimal.ZERO, BigDecimal.ZERO, gbSeconds);
    }

    private static Usage running(long seconds, int applicationKpus, int totalKpus) {
        BigDecimal time = BigDecimal.valueOf(seconds);
        return new Usage(time.multiply(BigDecimal.valueOf(totalKpus)),
                time.multiply(BigDecimal.valueOf(applicationKpus)).multiply(STORAGE_GB_PER_KPU), BigDecimal.ZERO);
    }

    private static Usage shortfall(long startSeconds, Run last) {
        long missing = MINIMUM_SECONDS - startSeconds;
        return missing > 0 ? running(missing, last.applicationKpus(), last.totalKpus()) : Usage.NONE;
    }

    private static long wholeSeconds(Duration duration) {
        return duration.getNano() == 0 ? duration.getSeconds() : duration.getSeconds() + 1;
    }

    private static BigDecimal exactSeconds(Duration duration) {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds());
        return duration.getNano() == 0 ? seconds : seconds.add(BigDecimal.valueOf(duration.getNano(), 9));
    }

    private static Duration requireNonNegative(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a duration cannot be negative: " + duration);
        }
        return duration;
    }
}
