package dev.flinkctl.job.functions;

import dev.flinkctl.job.model.Alert;
import dev.flinkctl.job.model.Rule;
import dev.flinkctl.job.model.TransactionStats;
import java.util.ArrayList;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Turns a window's {@link TransactionStats} into at most one alert: when the window holds at least
 * {@code minCount} transactions from at least {@code minCountries} distinct countries.
 */
public final class WindowedRuleAlert extends ProcessWindowFunction<TransactionStats, Alert, String, TimeWindow> {
    private static final long serialVersionUID = 1L;

    private final Rule rule;
    private final long minCount;
    private final int minCountries;

    /**
     * @param rule the rule named in the alerts
     * @param minCount the fewest transactions that raise an alert
     * @param minCountries the fewest distinct countries that raise an alert (0: countries not used)
     */
    public WindowedRuleAlert(Rule rule, long minCount, int minCountries) {
        this.rule = rule;
        this.minCount = minCount;
        this.minCountries = minCountries;
    }

    @Override
    public void process(String key, Context ctx, Iterable<TransactionStats> results, Collector<Alert> out) {
        TransactionStats stats = results.iterator().next();
        if (stats.count >= minCount && stats.countryCount() >= minCountries) {
            TimeWindow window = ctx.window();
            out.collect(new Alert(
                    rule,
                    key,
                    window.getStart(),
                    window.getEnd(),
                    stats.count,
                    stats.total,
                    stats.countries == null ? null : new ArrayList<>(stats.countries),
                    null));
        }
    }
}
