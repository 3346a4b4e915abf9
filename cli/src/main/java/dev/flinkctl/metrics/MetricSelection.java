package dev.flinkctl.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which metrics a command reads: the names given with {@code --metric}, else the {@code --preset}, else the default
 * set; each read with {@code --stat} when given, else with its default statistic.
 *
 * @param names     metric names in the order given; empty for none
 * @param preset    the preset, or null
 * @param statistic the statistic for all metrics (already {@linkplain Statistics#parse parsed}), or null
 */
public record MetricSelection(List<String> names, MetricCatalog.Preset preset, String statistic) {
    /** Copies the names (null means none). */
    public MetricSelection {
        names = names == null ? List.of() : List.copyOf(names);
    }

    /**
     * @param runtimeEnvironment the application's runtime (decides the restart metric of presets and defaults)
     * @param extra              names that must be read as well (e.g. those of {@code --fail-if} conditions),
     *                           added at the end unless chosen already
     * @return the metrics, each name once
     */
    public List<MetricDefinition> resolve(String runtimeEnvironment, List<String> extra) {
        List<MetricDefinition> chosen = new ArrayList<>();
        if (!names.isEmpty()) {
            names.forEach(name -> chosen.add(MetricCatalog.definition(name)));
        } else if (preset != null) {
            chosen.addAll(MetricCatalog.preset(preset, runtimeEnvironment));
        } else {
            chosen.addAll(MetricCatalog.defaults(runtimeEnvironment));
        }
        extra.forEach(name -> chosen.add(MetricCatalog.definition(name)));
        Map<String, MetricDefinition> unique = new LinkedHashMap<>();
        chosen.forEach(metric -> unique.putIfAbsent(metric.name(),
                statistic == null ? metric : metric.withStatistic(statistic)));
        return List.copyOf(unique.values());
    }
}
