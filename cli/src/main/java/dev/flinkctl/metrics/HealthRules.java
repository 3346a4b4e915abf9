package dev.flinkctl.metrics;

import java.util.List;
import java.util.Locale;

/**
 * What a metric's values in the window say about the application, for the metrics that tell: downtime above 0,
 * restarts or failed checkpoints increasing, a Kinesis source falling further behind, CPU at the autoscaling
 * threshold, heap nearly full. Other metrics get {@link Health#NONE}.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html">MSF metrics (downtime
 *     is 0 while running; restarts and failed checkpoints count since the job started; millisBehindLatest 0 means
 *     caught up)</a>
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-scaling-auto.html">MSF autoscaling (scales
 *     up at 75 % CPU)</a>
 */
public final class HealthRules {
    /** CPU use at which MSF's autoscaling scales up, in percent. */
    static final double AUTOSCALING_CPU_PERCENT = 75;
    /** Heap use above which a row turns yellow, in percent. */
    static final double HEAP_WARN_PERCENT = 90;
    /** How many growing points in a row make a source "falling behind". */
    static final int GROWING_POINTS = 3;

    private HealthRules() {}

    /**
     * @param series the metric's points over the window, oldest first
     * @return its health; {@link Health#NONE} without points or without a rule for the metric
     */
    public static Health assess(MetricSeries series) {
        List<MetricPoint> points = series.points();
        if (points.isEmpty()) {
            return Health.NONE;
        }
        double last = points.get(points.size() - 1).value();
        String name = series.metric().name();
        if (MetricCatalog.isRestarts(name)) {
            return increase(points) > 0 ? bad(count(increase(points), "restart") + " in the window") : Health.OK;
        }
        return switch (name) {
            case "downtime" -> last > 0 ? bad("down for " + MetricFormat.format(last, MetricUnit.MILLISECONDS))
                    : Health.OK;
            case "numberOfFailedCheckpoints" -> increase(points) > 0
                    ? bad(count(increase(points), "failed checkpoint") + " in the window")
                    : last > 0 ? warn(count(last, "failed checkpoint") + " since the job started") : Health.OK;
            case "millisBehindLatest" -> growing(points) ? warn("falling behind") : Health.OK;
            case "cpuUtilization", "containerCPUUtilization" -> last >= AUTOSCALING_CPU_PERCENT
                    ? warn("at the autoscaling threshold (75 %)") : Health.OK;
            case "heapMemoryUtilization" -> last >= HEAP_WARN_PERCENT ? warn("heap nearly full") : Health.OK;
            default -> Health.NONE;
        };
    }

    /** @return how much the value rose within the window, counting each rise (a restarted job starts again at 0) */
    private static double increase(List<MetricPoint> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += Math.max(0, points.get(i).value() - points.get(i - 1).value());
        }
        return total;
    }

    private static boolean growing(List<MetricPoint> points) {
        if (points.size() < GROWING_POINTS + 1 || points.get(points.size() - 1).value() <= 0) {
            return false;
        }
        for (int i = points.size() - GROWING_POINTS; i < points.size(); i++) {
            if (points.get(i).value() <= points.get(i - 1).value()) {
                return false;
            }
        }
        return true;
    }

    private static String count(double value, String noun) {
        long n = Math.round(value);
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static Health bad(String reason) {
        return new Health(Health.Level.BAD, reason);
    }

    private static Health warn(String reason) {
        return new Health(Health.Level.WARN, reason);
    }
}
