package dev.flinkctl.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * MSF's prices in one AWS Region, in USD, with where they come from
 * (https://aws.amazon.com/managed-service-apache-flink/pricing/ lists them; {@link PriceTable} says how to refresh).
 *
 * @param region                   the AWS Region code, e.g. {@code us-east-1}
 * @param kpuHourUsd               USD per KPU-hour (the usage type matching {@code KPU-Hour-Java})
 * @param runningStorageGbMonthUsd USD per GB-month of running application storage ({@code RunningApplicationStorage})
 * @param backupGbMonthUsd         USD per GB-month of durable application backups ({@code DurableApplicationBackups})
 * @param source                   where the prices were read: a URL, or the override file they came from
 * @param retrieved                the date the prices were known to hold at the source, or null if not given
 * @param note                     how they were derived or anything else worth knowing, or null
 */
public record RegionPrice(String region, BigDecimal kpuHourUsd, BigDecimal runningStorageGbMonthUsd,
                          BigDecimal backupGbMonthUsd, String source, LocalDate retrieved, String note) {

    /** @throws IllegalArgumentException when a price is missing or negative */
    public RegionPrice {
        Objects.requireNonNull(region, "region");
        requirePrice(region, "kpuHourUsd", kpuHourUsd);
        requirePrice(region, "runningStorageGbMonthUsd", runningStorageGbMonthUsd);
        requirePrice(region, "backupGbMonthUsd", backupGbMonthUsd);
    }

    private static void requirePrice(String region, String field, BigDecimal price) {
        if (price == null || price.signum() < 0) {
            throw new IllegalArgumentException(region + " " + field + " must be a price of zero or more, not " + price);
        }
    }
}
