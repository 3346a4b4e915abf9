package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.CliRun;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.billing.RegionPrice;
import dev.flinkctl.localenv.TestHost;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
            // The included job runs at parallelism 1: 1 + 1 orchestration KPUs for 720 hours and 50 GB of running
            // storage for a month, each line rounded up to the cent (us-east-1: 158.40 + 5.00; eu-west-2: 182.88
            // + 5.80).
            RegionPrice price = PriceTable.bundled().price(estimate.path("region").asText());
            BigDecimal kpus = price.kpuHourUsd().multiply(BigDecimal.valueOf(1440)).setScale(2, RoundingMode.CEILING);
            BigDecimal storage = price.runningStorageGbMonthUsd().multiply(BigDecimal.valueOf(50))
                    .setScale(2, RoundingMode.CEILING);
            JsonNode items = estimate.path("estimate").path("lineItems");
            assertThat(items.get(0).path("amountUsd").decimalValue()).isEqualByComparingTo(kpus);
            assertThat(items.get(1).path("amountUsd").decimalValue()).isEqualByComparingTo(storage);
            assertThat(estimate.path("estimate").path("totalUsd").decimalValue())
                    .isEqualByComparingTo(kpus.add(storage));
            assertThat(estimate.path("application").asText()).isEqualTo("fraud-detection");
        }
        Map<String, BigDecimal> totals = new TreeMap<>();
        all.forEach(e -> totals.put(e.path("region").asText(), e.path("estimate").path("totalUsd").decimalValue()));
        assertThat(totals.get("us-east-1")).isEqualByComparingTo("163.40");
        assertThat(totals.get("eu-west-2")).isEqualByComparingTo("188.68");
    }

    @Test
    void shouldPriceTheSpecThatInitWrites() throws Exception {
        assertThat(run(Map.of(), "init", "-f", dir.resolve("flinkctl.yaml").toString()).exitCode()).isZero();
        JsonNode estimate = json(run(Map.of(), "cost", "estimate", "-f", dir.resolve("flinkctl.yaml").toString(),
                "--region", "eu-west-2", "-o", "json")).get(0);
        assertThat(estimate.path("estimate").path("totalUsd").decimalValue()).isEqualByComparingTo("188.68");
    }

    @Test
    void shouldShowTheAutoscalingRangeAndATable() throws Exception {
        CliRun.Result table = run(Map.of("AWS_REGION", "us-east-1"), "cost", "estimate", "--parallelism", "2",
                "--autoscaling-max", "8");

        assertThat(table.exitCode()).as(table::toString).isZero();
        assertThat(table.out()).contains("ITEM", "KPUs", "Running application storage", "Total",
                "Autoscaling up to 8 KPUs: $", "Prices: ");
        JsonNode range = json(run(Map.of("AWS_REGION", "us-east-1"), "cost", "estimate", "--parallelism", "2",
                "--autoscaling-max", "8", "-o", "json")).get(0);
        // low: 2 + 1 KPUs = 237.60 + 100 GB 10.00; high: 8 + 1 KPUs = 712.80 + 400 GB 40.00
        assertThat(range.path("estimate").path("totalUsd").decimalValue()).isEqualByComparingTo("247.60");
        assertThat(range.path("autoscalingMax").path("totalUsd").decimalValue()).isEqualByComparingTo("752.80");
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
