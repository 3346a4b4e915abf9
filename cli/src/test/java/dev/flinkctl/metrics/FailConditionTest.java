package dev.flinkctl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FailConditionTest {
    private static MetricSeries series(String metric, double... values) {
        List<MetricPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new MetricPoint(Instant.ofEpochSecond(60L * i), values[i]));
        }
        return new MetricSeries(MetricCatalog.definition(metric), points);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fullRestarts>0         | 0,0,2     | true  | 2.0",
        "fullRestarts>0         | 0,0,0     | false | 0.0",
        "fullRestarts >= 2      | 0,1,2     | true  | 2.0",
        "cpuUtilization<10      | 50,5,60   | true  | 5.0",
        "cpuUtilization<=4      | 50,5,60   | false | 5.0",
        "downtime==0            | 0,0       | true  | 0.0",
        "downtime!=0            | 0,0       | false | 0.0",
        "max(millisBehindLatest)>=60000 | 10,60000,5 | true | 60000.0",
        "min(uptime)>0          | 0,10,20   | false | 0.0",
        "avg(cpuUtilization)>50 | 40,70     | true  | 55.0",
        "sum(numRecordsIn)>100  | 40,70     | true  | 110.0",
        "last(heapMemoryUtilization)>90 | 95,80 | false | 80.0",
        "AVG ( cpuUtilization ) > 1e1 | 40,70 | true | 55.0",
    })
    void shouldEvaluateAnyPointOrTheAggregate(String text, String values, boolean holds, double shown) {
        FailCondition condition = FailCondition.parse(text);
        double[] numbers = java.util.Arrays.stream(values.split(",")).mapToDouble(Double::parseDouble).toArray();

        FailCondition.Result result = condition.evaluate(series(condition.metric(), numbers));

        assertThat(result.holds()).isEqualTo(holds);
        assertThat(result.value()).isEqualTo(shown);
        assertThat(result.points()).isEqualTo(numbers.length);
        assertThat(result.condition()).isEqualTo(text.strip());
    }

    @org.junit.jupiter.api.Test
    void shouldNotHoldWithoutDataAndSpellKnownMetricsCanonically() {
        FailCondition condition = FailCondition.parse("kpus>2");

        FailCondition.Result result = condition.evaluate(series("KPUs"));

        assertThat(condition.metric()).isEqualTo("KPUs");
        assertThat(result.holds()).isFalse();
        assertThat(result.value()).isNull();
        assertThat(result.points()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fullRestarts", "fullRestarts>", ">0", "fullRestarts>>0", "median(uptime)>0",
        "max(uptime>0", "uptime>0s", "uptime=0", ""})
    void shouldRefuseWhatItCannotRead(String text) {
        assertThatThrownBy(() -> FailCondition.parse(text))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessage("cannot read --fail-if '" + text + "': write METRIC OP NUMBER, e.g. 'fullRestarts>0' or "
                        + "'max(millisBehindLatest)>=60000'");
    }
}
