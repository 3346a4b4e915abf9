package dev.flinkctl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricCatalogTest {
    private static List<String> names(List<MetricDefinition> metrics) {
        return metrics.stream().map(MetricDefinition::name).toList();
    }

    @Test
    void shouldDefaultToTheIssuesMetricSetWithTheRestartCountOfTheRuntime() {
        assertThat(names(MetricCatalog.defaults("FLINK-1_20"))).containsExactly("uptime", "downtime", "fullRestarts",
                "numberOfFailedCheckpoints", "lastCheckpointDuration", "lastCheckpointSize", "numRecordsInPerSecond",
                "numRecordsOutPerSecond", "millisBehindLatest", "cpuUtilization", "heapMemoryUtilization", "KPUs");
        assertThat(names(MetricCatalog.defaults("FLINK-2_2"))).contains("numRestarts").doesNotContain("fullRestarts");
        assertThat(names(MetricCatalog.preset(MetricCatalog.Preset.health, "FLINK-2_2")))
                .containsExactly("uptime", "downtime", "numRestarts", "numberOfFailedCheckpoints");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"FLINK-1_15,fullRestarts", "FLINK-1_20,fullRestarts",
        "FLINK-2_1,fullRestarts", "FLINK-2_2,numRestarts", "FLINK-3_0,numRestarts", "null,fullRestarts",
        "SQL-1_0,fullRestarts"})
    void shouldKnowWhichMetricCountsRestarts(String runtime, String metric) {
        assertThat(MetricCatalog.restartsMetric(runtime)).isEqualTo(metric);
    }

    @Test
    void shouldKnowUnitsAndStatisticsAndAcceptUnknownNames() {
        assertThat(MetricCatalog.definition("kpus")).isEqualTo(MetricCatalog.definition("KPUs"));
        assertThat(MetricCatalog.definition("lastCheckpointSize").unit()).isEqualTo(MetricUnit.BYTES);
        assertThat(MetricCatalog.definition("fullRestarts").statistic()).isEqualTo("Maximum");
        assertThat(MetricCatalog.definition("numRecordsInPerSecond").statistic()).isEqualTo("Average");
        MetricDefinition unknown = MetricCatalog.definition("myOperatorGauge");
        assertThat(unknown.unit()).isEqualTo(MetricUnit.NONE);
        assertThat(unknown.name()).isEqualTo("myOperatorGauge");
    }

    @Test
    void shouldSelectNamesThenPresetThenDefaultsEachOnceWithTheStatistic() {
        assertThat(names(new MetricSelection(List.of("uptime", "KPUs"), MetricCatalog.Preset.health, null)
                .resolve("FLINK-1_20", List.of("uptime", "downtime")))).containsExactly("uptime", "KPUs", "downtime");
        assertThat(names(new MetricSelection(null, MetricCatalog.Preset.throughput, null)
                .resolve("FLINK-1_20", List.of()))).containsExactly("numRecordsInPerSecond", "numRecordsOutPerSecond",
                "millisBehindLatest");
        assertThat(new MetricSelection(List.of(), null, "p99").resolve(null, List.of()))
                .hasSize(12).allSatisfy(metric -> assertThat(metric.statistic()).isEqualTo("p99"));
    }

    @ParameterizedTest
    @CsvSource({"avg,Average", "MAX,Maximum", "min,Minimum", "Sum,Sum", "count,SampleCount", "samplecount,SampleCount",
        "p99,p99", "P99.9,p99.9", "p100,p100", "p0,p0"})
    void shouldReadStatistics(String text, String statistic) {
        assertThat(Statistics.parse(text)).isEqualTo(statistic);
    }

    @Test
    void shouldRefuseUnknownStatistics() {
        for (String text : List.of("median", "p101", "p99.999", "tm99", "")) {
            assertThatThrownBy(() -> Statistics.parse(text)).hasMessage("unknown statistic '" + text
                    + "': use Average, Maximum, Minimum, Sum, SampleCount or a percentile such as p99");
        }
    }
}
