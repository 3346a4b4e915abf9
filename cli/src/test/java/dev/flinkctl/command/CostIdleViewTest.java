package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.billing.Bill;
import dev.flinkctl.billing.CostModel;
import dev.flinkctl.billing.KpuConfiguration;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.billing.RegionPrice;
import dev.flinkctl.cost.IdleApplication;
import dev.flinkctl.cost.IdleReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostIdleViewTest {
    private static final RegionPrice US_EAST_1 = PriceTable.bundled().price("us-east-1");
    private static final Instant SINCE = Instant.parse("2026-11-14T10:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-11-21T10:17:42Z");

    private final Views views = new Views(false);

    private static Bill monthly(int parallelism) {
        return CostModel.of(US_EAST_1).monthly(KpuConfiguration.streaming(parallelism, 1), BigDecimal.ZERO);
    }

    private static IdleApplication quiet() {
        return new IdleApplication("quiet", "RUNNING", "FLINK-1_20", 1, 1, 2, 168, 0.000417, 252L, monthly(1),
                "0.000417 records/s on average");
    }

    private static IdleApplication silent(Bill bill) {
        return new IdleApplication("silent", "AUTOSCALING", "FLINK-1_20", 1, 1, 2, 0, null, null, bill,
                "no numRecordsInPerSecond data");
    }

    private static IdleReport report(List<IdleApplication> idle, int checked, boolean priced) {
        BigDecimal total = idle.stream().filter(a -> a.monthly() != null).map(a -> a.monthly().totalUsd())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new IdleReport(priced ? "us-east-1" : "ap-southeast-7", 7, SINCE, UNTIL, 0.01, checked, idle,
                priced ? total : null, priced ? US_EAST_1.source() : null, priced ? US_EAST_1.retrieved() : null);
    }

    @Test
    void shouldPrintATableAndTheMonthlyTotal() {
        CostIdleView.print(views.printer, Views.output(), report(List.of(quiet(), silent(monthly(1))), 5, true));

        assertThat(views.text()).isEqualTo("""
                APPLICATION   STATUS        KPUS   RECORDS IN/S   PER MONTH
                quiet         RUNNING       2      0.000417       $163.40
                silent        AUTOSCALING   2      no data        $163.40
                2 of 5 running applications look idle: $326.80 per month (us-east-1 prices from %s, %s; backups \
                not included)
                """.formatted(US_EAST_1.source(), US_EAST_1.retrieved()));
    }

    @Test
    void shouldSayCostsAreUnknownWithoutPrices() {
        CostIdleView.print(views.printer, Views.output(), report(List.of(silent(null)), 1, false));

        assertThat(views.text()).isEqualTo("""
                APPLICATION   STATUS        KPUS   RECORDS IN/S   PER MONTH
                silent        AUTOSCALING   2      no data        unknown
                1 of 1 running applications looks idle: cost unknown (no known prices for ap-southeast-7; give \
                --prices FILE)
                """);
    }

    @Test
    void shouldSayAtLeastWhenAnIdleApplicationCannotBePriced() {
        CostIdleView.print(views.printer, Views.output(), report(List.of(quiet(), silent(null)), 2, true));

        assertThat(views.text()).contains("2 of 2 running applications look idle: at least $163.40 per month");
    }

    @Test
    void shouldSayWhenNothingIsIdle() {
        CostIdleView.print(views.printer, Views.output(), report(List.of(), 3, true));
        CostIdleView.print(views.printer, Views.output(), report(List.of(), 1, true));

        assertThat(views.text()).isEqualTo("""
                No idle applications among 3 running ones.
                No idle applications among 1 running one.
                """);
    }

    @Test
    void shouldPrintTheReportAsJson() throws Exception {
        CostIdleView.print(views.printer, Views.output("-o", "json"), report(List.of(quiet(), silent(null)), 4, true));

        JsonNode json = new ObjectMapper().readTree(views.text());
        assertThat(json.fieldNames()).toIterable().containsExactly("region", "windowDays", "since", "until",
                "thresholdRecordsPerSecond", "runningChecked", "applications", "monthlyTotalUsd", "priceSource",
                "pricesRetrieved");
        assertThat(json.path("since").asText()).isEqualTo("2026-11-14T10:00:00Z");
        assertThat(json.path("pricesRetrieved").asText()).isEqualTo(US_EAST_1.retrieved().toString());
        JsonNode quiet = json.path("applications").get(0);
        assertThat(quiet.fieldNames()).toIterable().containsExactly("name", "status", "runtimeEnvironment",
                "parallelism", "parallelismPerKpu", "kpus", "hoursWithData", "averageRecordsInPerSecond", "recordsIn",
                "monthly", "reason");
        assertThat(quiet.path("monthly").path("totalUsd").decimalValue()).isEqualByComparingTo("163.40");
        JsonNode silent = json.path("applications").get(1);
        assertThat(silent.path("averageRecordsInPerSecond").isNull()).isTrue();
        assertThat(silent.path("monthly").isNull()).isTrue();
    }

    @Test
    void shouldPrintTheReportAsYaml() {
        CostIdleView.print(views.printer, Views.output("-o", "yaml"), report(List.of(quiet()), 4, true));

        assertThat(views.text()).contains("region: us-east-1", "runningChecked: 4", "- name: quiet", "totalUsd: 163.40");
    }
}
