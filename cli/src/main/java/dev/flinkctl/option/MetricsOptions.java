package dev.flinkctl.option;

import dev.flinkctl.completion.StaticCandidates;
import dev.flinkctl.metrics.MetricCatalog;
import dev.flinkctl.metrics.MetricSelection;
import dev.flinkctl.metrics.Statistics;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --metric}, {@code --preset} and {@code --stat}: which metrics {@code metrics tail} and {@code get} read. */
public final class MetricsOptions {
    @Option(names = {"-m", "--metric"}, paramLabel = "NAME", split = ",",
            completionCandidates = StaticCandidates.MetricNames.class,
            description = "Metric to read (repeat, or separate with commas), e.g. fullRestarts. Default: the health, "
                + "throughput, checkpoint and resource metrics")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--preset", paramLabel = "PRESET",
            description = "A set of metrics: ${COMPLETION-CANDIDATES}")
    MetricCatalog.Preset preset;

    @Option(names = "--stat", paramLabel = "STAT",
            description = "Statistic for every metric: Average, Maximum, Minimum, Sum, SampleCount or pNN "
                + "(default: each metric's own, e.g. Maximum for restart counts, Average for rates)")
    String statistic;

    /** @return the selection these options make; {@code --stat} is checked here */
    public MetricSelection selection() {
        return new MetricSelection(metrics, preset, statistic == null ? null : Statistics.parse(statistic));
    }
}
