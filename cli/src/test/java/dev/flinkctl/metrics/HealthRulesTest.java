package dev.flinkctl.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthRulesTest {
    private static MetricSeries series(String metric, String values) {
        List<MetricPoint> points = new ArrayList<>();
        if (!values.isBlank()) {
            String[] numbers = values.split(" ");
            for (int i = 0; i < numbers.length; i++) {
                points.add(new MetricPoint(Instant.ofEpochSecond(60L * i), Double.parseDouble(numbers[i])));
            }
        }
        return new MetricSeries(MetricCatalog.definition(metric), points);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "downtime                  | 0 0 0          | OK   | null",
        "downtime                  | 0 0 1500       | BAD  | down for 1.5 s",
        "fullRestarts              | 3 3 3          | OK   | null",
        "fullRestarts              | 0 1 3          | BAD  | 3 restarts in the window",
        "numRestarts               | 0 1 1          | BAD  | 1 restart in the window",
        "fullRestarts              | 4 0 1          | BAD  | 1 restart in the window",
        "numberOfFailedCheckpoints | 0 0 0          | OK   | null",
        "numberOfFailedCheckpoints | 2 2 2          | WARN | 2 failed checkpoints since the job started",
        "numberOfFailedCheckpoints | 2 2 3          | BAD  | 1 failed checkpoint in the window",
        "millisBehindLatest        | 0 100 200 300  | WARN | falling behind",
        "millisBehindLatest        | 100 300 200 400| OK   | null",
        "millisBehindLatest        | 100 200 300    | OK   | null",
        "cpuUtilization            | 20 80          | WARN | at the autoscaling threshold (75 %)",
        "cpuUtilization            | 80 20          | OK   | null",
        "heapMemoryUtilization     | 95             | WARN | heap nearly full",
        "uptime                    | 1000 2000      | NONE | null",
        "downtime                  | ''             | NONE | null",
    })
    void shouldColourTheMetricsThatMatter(String metric, String values, Health.Level level, String reason) {
        Health health = HealthRules.assess(series(metric, values));

        assertThat(health.level()).isEqualTo(level);
        assertThat(health.reason()).isEqualTo(reason);
    }
}
