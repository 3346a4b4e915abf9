package dev.flinkctl.metrics;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CloudWatch statistics {@code --stat} accepts: {@code SampleCount}, {@code Average}, {@code Sum}, {@code Minimum},
 * {@code Maximum} (any case; {@code avg}, {@code min}, {@code max}, {@code count} as short forms) and percentiles
 * {@code p0}–{@code p100} with up to two decimals ({@code p99}, {@code p99.9}).
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html">CloudWatch
 *     statistics definitions</a>
 */
public final class Statistics {
    private static final Map<String, String> NAMES = Map.of("samplecount", "SampleCount", "count", "SampleCount",
            "average", "Average", "avg", "Average", "sum", "Sum", "minimum", "Minimum", "min", "Minimum",
            "maximum", "Maximum", "max", "Maximum");
    private static final Pattern PERCENTILE = Pattern.compile("p(100(\\.0{1,2})?|\\d{1,2}(\\.\\d{1,2})?)");

    private Statistics() {}

    /**
     * @param text what the user typed
     * @return the statistic as CloudWatch names it, e.g. {@code Maximum} or {@code p99}
     * @throws FlinkctlException {@link ExitCodes#USAGE} naming the accepted statistics
     */
    public static String parse(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        String named = NAMES.get(lower);
        if (named != null) {
            return named;
        }
        if (PERCENTILE.matcher(lower).matches()) {
            return lower;
        }
        throw new FlinkctlException(ExitCodes.USAGE, "unknown statistic '" + text
                + "': use Average, Maximum, Minimum, Sum, SampleCount or a percentile such as p99");
    }
}
