package dev.flinkctl.metrics;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code --fail-if} condition of {@code flinkctl metrics get}: {@code [FUNCTION(]METRIC[)] OP NUMBER}, e.g.
 * {@code fullRestarts>0}, {@code max(millisBehindLatest)>=60000} or {@code avg(cpuUtilization)>75}.
 *
 * <p>OP is one of {@code > >= < <= == !=}; NUMBER is in the metric's unit (ms, bytes, percent, count). Without a
 * function the condition holds when <em>any</em> point in the range matches; with one ({@code max}, {@code min},
 * {@code avg}, {@code sum}, {@code last}) it compares that aggregate of the points. A metric without points in the
 * range does not make its condition hold.
 *
 * @param text      the condition as given
 * @param function  {@code any}, {@code max}, {@code min}, {@code avg}, {@code sum} or {@code last}
 * @param metric    the metric name (as {@link MetricCatalog#definition} spells it)
 * @param operator  the comparison
 * @param threshold the number compared with
 */
public record FailCondition(String text, String function, String metric, String operator, double threshold) {
    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*(?:((?i:any|max|min|avg|sum|last))\\s*\\(\\s*([A-Za-z][\\w.]*)\\s*\\)|([A-Za-z][\\w.]*))"
                    + "\\s*(>=|<=|==|!=|>|<)\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*");

    /**
     * What a condition found.
     *
     * @param condition the condition as given
     * @param metric    the metric it reads
     * @param holds     true if it holds (the command then fails)
     * @param value     the value compared: the aggregate, or for {@code any} the point that matched (else the
     *                  point nearest to matching); null without data
     * @param points    how many points there were
     */
    public record Result(String condition, String metric, boolean holds, Double value, int points) {}

    /**
     * @param text e.g. {@code fullRestarts>0}
     * @return the condition
     * @throws FlinkctlException {@link ExitCodes#USAGE} with the expected form
     */
    public static FailCondition parse(String text) {
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            throw new FlinkctlException(ExitCodes.USAGE, "cannot read --fail-if '" + text
                    + "': write METRIC OP NUMBER, e.g. 'fullRestarts>0' or 'max(millisBehindLatest)>=60000'");
        }
        String function = matcher.group(1) == null ? "any" : matcher.group(1).toLowerCase(Locale.ROOT);
        String name = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        return new FailCondition(text.strip(), function, MetricCatalog.definition(name).name(), matcher.group(4),
                Double.parseDouble(matcher.group(5)));
    }

    /**
     * @param series the metric's points (the series of {@link #metric()})
     * @return whether the condition holds, and on what value
     */
    public Result evaluate(MetricSeries series) {
        List<Double> values = series.points().stream().map(MetricPoint::value).toList();
        if (values.isEmpty()) {
            return new Result(text, metric, false, null, 0);
        }
        DoublePredicate matches = switch (operator) {
            case ">" -> v -> v > threshold;
            case ">=" -> v -> v >= threshold;
            case "<" -> v -> v < threshold;
            case "<=" -> v -> v <= threshold;
            case "==" -> v -> v == threshold;
            default -> v -> v != threshold;
        };
        if (function.equals("any")) {
            Optional<Double> hit = values.stream().filter(matches::test).findFirst();
            Double shown = hit.orElseGet(() -> nearest(values));
            return new Result(text, metric, hit.isPresent(), shown, values.size());
        }
        double aggregate = switch (function) {
            case "max" -> values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            case "min" -> values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            case "avg" -> values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            case "sum" -> values.stream().mapToDouble(Double::doubleValue).sum();
            default -> values.get(values.size() - 1);
        };
        return new Result(text, metric, matches.test(aggregate), aggregate, values.size());
    }

    /** For a condition that did not hold: the value closest to making it hold (largest for {@code >}, ...). */
    private Double nearest(List<Double> values) {
        return switch (operator) {
            case ">", ">=" -> values.stream().max(Double::compare).orElseThrow();
            case "<", "<=" -> values.stream().min(Double::compare).orElseThrow();
            default -> values.get(values.size() - 1);
        };
    }
}
