package dev.flinkctl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.spec.ScalingSpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;

/**
 * The monthly cost delta {@code plan} and {@code deploy} show, with the bundled us-east-1 prices: $0.11 per KPU-hour
 * and $0.10 per GB-month of running storage (50 GB per application KPU), 720 hours.
 */
class PlanCostTest {
    private static final PriceTable PRICES = PriceTable.bundled();

    private static ApplicationDetail live(int parallelism, int perKpu, Integer current) {
        return ApplicationDetail.builder().applicationName("app").applicationConfigurationDescription(c -> c
                .flinkApplicationConfigurationDescription(f -> f.parallelismConfigurationDescription(p -> p
                        .parallelism(parallelism).parallelismPerKPU(perKpu).currentParallelism(current)))).build();
    }

    @Test
    void shouldPriceANewApplication() {
        PlanCost cost = PlanCost.of(null, new ScalingSpec(1, 1, false), PRICES, "us-east-1");
        // 2 KPUs × 720 h × 0.11 = 158.40; 50 GB × 0.10 = 5.00
        assertThat(cost.afterUsd()).isEqualByComparingTo("163.40");
        assertThat(cost.deltaUsd()).isEqualByComparingTo("163.40");
        assertThat(cost.beforeUsd()).isNull();
        assertThat(cost.summary()).isEqualTo("$163.40/month (2 KPUs, us-east-1 prices, 720 h)");
    }

    @Test
    void shouldShowWhatAParallelismChangeAddsPerMonth() {
        PlanCost cost = PlanCost.of(live(4, 1, 4), new ScalingSpec(8, 1, false), PRICES, "us-east-1");
        // before: 5 KPUs × 720 × 0.11 = 396.00 + 200 GB × 0.10 = 20.00; after: 9 KPUs = 712.80 + 40.00
        assertThat(cost.beforeUsd()).isEqualByComparingTo("416.00");
        assertThat(cost.afterUsd()).isEqualByComparingTo("752.80");
        assertThat(cost.deltaUsd()).isEqualByComparingTo("336.80");
        assertThat(cost.summary()).isEqualTo(
                "parallelism 4 → 8 adds $336.80/month ($416.00 → $752.80, 5 → 9 KPUs, us-east-1 prices)");
    }

    @Test
    void shouldShowSavingsAndChangesThatCostTheSame() {
        assertThat(PlanCost.of(live(8, 1, 16), new ScalingSpec(8, 2, false), PRICES, "us-east-1").summary())
                .isEqualTo("parallelism per KPU 1 → 2 saves $336.80/month ($752.80 → $416.00, 9 → 5 KPUs, "
                        + "us-east-1 prices)");
        // 3 KPUs × 720 × 0.11 = 237.60 + 100 GB × 0.10 = 10.00
        assertThat(PlanCost.of(live(3, 2, null), new ScalingSpec(4, 2, false), PRICES, "us-east-1").summary())
                .isEqualTo("parallelism 3 → 4 costs the same: $247.60/month (3 KPUs, us-east-1 prices)");
        PlanCost unchanged = PlanCost.of(live(2, 1, null), new ScalingSpec(2, 1, true), PRICES, "eu-west-2");
        assertThat(unchanged.change()).isNull();
        assertThat(unchanged.deltaUsd()).isEqualByComparingTo("0");
        assertThat(unchanged.summary()).startsWith("$").contains(", unchanged (3 KPUs, eu-west-2 prices)");
    }

    @Test
    void shouldSayWhenTheRegionHasNoKnownPricesInsteadOfGuessing() {
        PlanCost cost = PlanCost.of(live(1, 1, null), new ScalingSpec(2, 1, false), PRICES, "ap-southeast-7");
        assertThat(cost.afterUsd()).isNull();
        assertThat(cost.note()).contains("ap-southeast-7", "--prices");
        assertThat(cost.summary()).isEqualTo(cost.note());
        assertThat(cost.change()).isEqualTo("parallelism 1 → 2");
    }
}
