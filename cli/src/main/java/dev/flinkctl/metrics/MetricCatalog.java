package dev.flinkctl.metrics;

import static dev.flinkctl.metrics.MetricUnit.BYTES;
import static dev.flinkctl.metrics.MetricUnit.COUNT;
import static dev.flinkctl.metrics.MetricUnit.COUNT_PER_SECOND;
import static dev.flinkctl.metrics.MetricUnit.MILLISECONDS;
import static dev.flinkctl.metrics.MetricUnit.NONE;
import static dev.flinkctl.metrics.MetricUnit.PERCENT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application-level metrics MSF publishes to CloudWatch (namespace {@value #NAMESPACE}, dimension
 * {@value #APPLICATION_DIMENSION} = application name): their units, the statistic flinkctl reads each with, the
 * default set and the presets.
 *
 * <p>Statistics follow the AWS CDK's metric helpers (Average for rates, utilisations and KPUs; Maximum for checkpoint
 * duration and size), except that the counts MSF reports as totals since the job started ({@code fullRestarts},
 * {@code numRestarts}, {@code numberOfFailedCheckpoints}) and the gauges {@code uptime}, {@code downtime} and
 * {@code millisBehindLatest} are read with Maximum: a Sum would add the same total up once per report.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/metrics-dimensions.html">MSF metrics and
 *     dimensions (names, units, levels; {@code fullRestarts} is replaced by {@code numRestarts} from Flink 2.2)</a>
 * @see <a href="https://github.com/aws/aws-cdk/blob/main/packages/%40aws-cdk/aws-kinesisanalytics-flink/lib/application.ts">AWS
 *     CDK application.ts (default statistics)</a>
 */
public final class MetricCatalog {
    /** The CloudWatch namespace of MSF's metrics. */
    public static final String NAMESPACE = "AWS/KinesisAnalytics";
    /** The dimension that names the application. */
    public static final String APPLICATION_DIMENSION = "Application";

    /** The metric sets {@code --preset} chooses from. */
    public enum Preset {
        /** Is it up, is it restarting, is it checkpointing. */
        health,
        /** Is it keeping up. */
        throughput,
        /** How checkpoints go. */
        checkpoints,
        /** What it uses: CPU, heap, KPUs. */
        resources
    }

    private static final Pattern RUNTIME = Pattern.compile("FLINK-(\\d+)_(\\d+)");
    private static final Map<String, MetricDefinition> KNOWN = new LinkedHashMap<>();

    static {
        // The default set, in display order.
        known("uptime", MILLISECONDS, "Maximum", "time the job has been running without interruption");
        known("downtime", MILLISECONDS, "Maximum", "time the job has been failing or recovering (0 while running)");
        known("fullRestarts", COUNT, "Maximum", "full restarts since the job started (Flink 1.x)");
        known("numberOfFailedCheckpoints", COUNT, "Maximum", "checkpoints that failed since the job started");
        known("lastCheckpointDuration", MILLISECONDS, "Maximum", "time the last checkpoint took");
        known("lastCheckpointSize", BYTES, "Maximum", "size of the last checkpoint");
        known("numRecordsInPerSecond", COUNT_PER_SECOND, "Average", "records the job reads per second");
        known("numRecordsOutPerSecond", COUNT_PER_SECOND, "Average", "records the job emits per second");
        known("millisBehindLatest", MILLISECONDS, "Maximum", "how far the Kinesis source is behind its stream");
        known("cpuUtilization", PERCENT, "Average", "task manager JVM CPU use");
        known("heapMemoryUtilization", PERCENT, "Average", "task manager heap use");
        known("KPUs", COUNT, "Average", "KPUs in use, orchestration included (one sample per hour on AWS)");
        // Others MSF publishes at the application level.
        known("numRestarts", COUNT, "Maximum", "restarts since the job started (Flink 2.2 and later)");
        known("runningTime", MILLISECONDS, "Maximum", "time in RUNNING (Flink 2.2 and later)");
        known("restartingTime", MILLISECONDS, "Maximum", "time in RESTARTING (Flink 2.2 and later)");
        known("containerCPUUtilization", PERCENT, "Maximum", "task manager container CPU use; drives autoscaling");
        known("containerMemoryUtilization", PERCENT, "Average", "task manager container memory use");
        known("containerDiskUtilization", PERCENT, "Average", "task manager container disk use");
        known("oldGenerationGCTime", MILLISECONDS, "Sum", "time spent in old-generation garbage collection");
        known("oldGenerationGCCount", COUNT, "Sum", "old-generation garbage collections");
        known("threadsCount", COUNT, "Average", "live threads");
        known("numRecordsIn", COUNT, "Sum", "records read (reported 4 times a minute)");
        known("numRecordsOut", COUNT, "Sum", "records emitted (reported 4 times a minute)");
        known("numLateRecordsDropped", COUNT, "Sum", "records dropped for arriving late");
        known("currentInputWatermark", MILLISECONDS, "Maximum", "the last watermark received");
        known("currentOutputWatermark", MILLISECONDS, "Maximum", "the last watermark emitted");
        known("managedMemoryUtilization", PERCENT, "Average", "managed memory use");
    }

    private static final List<String> DEFAULTS = List.of("uptime", "downtime", "fullRestarts",
            "numberOfFailedCheckpoints", "lastCheckpointDuration", "lastCheckpointSize", "numRecordsInPerSecond",
            "numRecordsOutPerSecond", "millisBehindLatest", "cpuUtilization", "heapMemoryUtilization", "KPUs");

    private MetricCatalog() {}

    private static void known(String name, MetricUnit unit, String statistic, String description) {
        KNOWN.put(name, new MetricDefinition(name, unit, statistic, description));
    }

    /**
     * @param name a metric name; known names match regardless of case ({@code kpus} is {@code KPUs})
     * @return the known metric, or one with unit {@link MetricUnit#NONE} read with Average for any other name (MSF
     *     publishes more, e.g. per-operator metrics)
     */
    public static MetricDefinition definition(String name) {
        return find(name).orElseGet(() -> new MetricDefinition(name, NONE, "Average", "not known to flinkctl"));
    }

    /** @return the known metric called {@code name} (any case) */
    public static Optional<MetricDefinition> find(String name) {
        MetricDefinition exact = KNOWN.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return KNOWN.values().stream().filter(known -> known.name().equalsIgnoreCase(name)).findFirst();
    }

    /** @return every metric flinkctl knows, default set first */
    public static List<MetricDefinition> known() {
        return List.copyOf(KNOWN.values());
    }

    /**
     * @param runtimeEnvironment the application's runtime, e.g. {@code FLINK-1_20}; null when unknown
     * @return the default set: health, throughput, checkpoint and resource metrics, with the restart count that
     *     runtime publishes
     */
    public static List<MetricDefinition> defaults(String runtimeEnvironment) {
        return forRuntime(DEFAULTS, runtimeEnvironment);
    }

    /**
     * @param preset             the preset
     * @param runtimeEnvironment the application's runtime, or null
     * @return the preset's metrics
     */
    public static List<MetricDefinition> preset(Preset preset, String runtimeEnvironment) {
        List<String> names = switch (preset) {
            case health -> List.of("uptime", "downtime", "fullRestarts", "numberOfFailedCheckpoints");
            case throughput -> List.of("numRecordsInPerSecond", "numRecordsOutPerSecond", "millisBehindLatest");
            case checkpoints -> List.of("lastCheckpointDuration", "lastCheckpointSize", "numberOfFailedCheckpoints");
            case resources -> List.of("cpuUtilization", "heapMemoryUtilization", "KPUs");
        };
        return forRuntime(names, runtimeEnvironment);
    }

    /**
     * The metric that counts the job's restarts: {@code fullRestarts} up to Flink 2.1, {@code numRestarts} from
     * Flink 2.2, which removed {@code fullRestarts}.
     *
     * @param runtimeEnvironment e.g. {@code FLINK-1_20} or {@code FLINK-2_2}; null or unparsable means Flink 1.x
     * @return the metric name
     */
    public static String restartsMetric(String runtimeEnvironment) {
        Matcher version = runtimeEnvironment == null ? null : RUNTIME.matcher(runtimeEnvironment);
        if (version != null && version.matches()) {
            int major = Integer.parseInt(version.group(1));
            int minor = Integer.parseInt(version.group(2));
            if (major > 2 || (major == 2 && minor >= 2)) {
                return "numRestarts";
            }
        }
        return "fullRestarts";
    }

    /** @return true if {@code name} counts restarts ({@code fullRestarts} or {@code numRestarts}) */
    public static boolean isRestarts(String name) {
        return name.equals("fullRestarts") || name.equals("numRestarts");
    }

    private static List<MetricDefinition> forRuntime(List<String> names, String runtimeEnvironment) {
        String restarts = restartsMetric(runtimeEnvironment);
        return names.stream().map(name -> isRestarts(name) ? restarts : name).map(KNOWN::get).toList();
    }
}
