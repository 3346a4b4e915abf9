package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.CliRun;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.localenv.TestHost;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flinkctl cost estimate} through the real command line; prices from the bundled table. */
class CostEstimateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private CliRun.Result run(Map<String, String> env, String... args) {
        return CliRun.with(TestHost.withoutProcesses(dir, null, env), question -> Optional.empty()).run(args);
    }

    private JsonNode json(CliRun.Result result) throws Exception {
        assertThat(result.exitCode()).as(result::toString).isZero();
        return JSON.readTree(result.out());
    }

    @Test
    void shouldPriceAConfigurationForAMonthInUsEast1() throws Exception {
        // parallelism 4 at 1 per KPU: 4 + 1 orchestration KPUs for 720 h at USD 0.11 = 396.00;
        // running storage 4 × 50 GB for a month at USD 0.10 = 20.00.
        JsonNode estimate = json(run(Map.of(), "cost", "estimate", "--parallelism", "4", "--parallelism-per-kpu", "1",
                "--region", "us-east-1", "-o", "json")).get(0);

        assertThat(estimate.path("kpus").asInt()).isEqualTo(5);
        assertThat(estimate.path("region").asText()).isEqualTo("us-east-1");
        assertThat(estimate.path("estimate").path("totalUsd").decimalValue()).isEqualByComparingTo("416.00");
        assertThat(estimate.has("autoscalingMax")).isFalse();
    }

    @Test
    void shouldPriceTheIncludedJobInEveryRegionOfTheTable() throws Exception {
        JsonNode all = json(run(Map.of(), "cost", "estimate", "--region", "all", "-o", "json"));

        assertThat(all).hasSize(PriceTable.bundled().rows().size());
        for (JsonNode estimate : all) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode item : estimate.path("estimate").path("lineItems")) {
                sum = sum.add(item.path("amountUsd").decimalValue());
            }
            assertThat(estimate.path("estimate").path("totalUsd").decimalValue()).isEqualByComparingTo(sum);
            assertThat(estimate.path("application").asText()).isEqualTo("fraud-detection");
        }
    }

    @Test
    void shouldShowTheAutoscalingRangeAndATable() {
        CliRun.Result table = run(Map.of("AWS_REGION", "us-east-1"), "cost", "estimate", "--parallelism", "2",
                "--autoscaling-max", "8");

        assertThat(table.exitCode()).as(table::toString).isZero();
        assertThat(table.out()).contains("ITEM", "KPUs", "Running application storage", "Total",
                "Autoscaling up to 8 KPUs: $", "Prices: ");
    }

    @Test
    void shouldAskForPricesForAnUnknownRegionAndTakeThemFromAFile() throws Exception {
        CliRun.Result unknown = run(Map.of(), "cost", "estimate", "--region", "ap-southeast-7");
        Path prices = Files.writeString(dir.resolve("prices.yaml"), """
                regions:
                  ap-southeast-7:
                    kpuHourUsd: 0.20
                    runningStorageGbMonthUsd: 0.10
                    backupGbMonthUsd: 0.02
                    source: our negotiated rates
                    retrieved: 2026-11-01
                """);
        CliRun.Result known = run(Map.of(), "cost", "estimate", "--region", "ap-southeast-7", "--prices",
                prices.toString(), "--parallelism", "1", "-o", "json");

        assertThat(unknown.exitCode()).as(unknown::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no known MSF prices for region 'ap-southeast-7'", "--prices");
        // 2 KPUs × 720 h × 0.20 = 288.00; 50 GB × 0.10 = 5.00
        assertThat(json(known).get(0).path("estimate").path("totalUsd").decimalValue()).isEqualByComparingTo("293.00");
    }
}
