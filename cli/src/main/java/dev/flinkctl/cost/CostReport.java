package dev.flinkctl.cost;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.flinkctl.billing.Bill;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What one application actually cost over a period, from the hourly CloudWatch {@code KPUs} metric and its snapshot
 * inventory. {@code flinkctl cost report -o json} prints this document (USD amounts as decimal numbers, instants in
 * UTC):
 * <pre>
 * {"application": "fraud-detection", "region": "us-east-1", "since": "2026-10-22T14:00:00Z",
 *  "until": "2026-11-21T14:37:00Z", "hoursRunning": 700, "kpuHours": 1400, "bill": {...line items, totalUsd...},
 *  "snapshots": {...}, "days": [...], "forecast": {...}, "priceSource": "...", "pricesRetrieved": "2026-11-21"}
 * </pre>
 *
 * @param application     the application name
 * @param region          the AWS Region whose prices were used
 * @param since           the period's start, aligned down to the hour (the metric's resolution)
 * @param until           the period's end, exclusive
 * @param hoursRunning    hours with a {@code KPUs} datapoint above zero
 * @param kpuHours        KPU-hours billed, orchestration KPUs included
 * @param bill            the period's bill: KPU-hours, running storage, durable backups
 * @param snapshots       how the backups line was estimated
 * @param days            one bill per UTC day of the period, or null unless asked for
 * @param forecast        the current month's forecast, or null when the period does not reach the present
 * @param priceSource     where the Region's prices come from
 * @param pricesRetrieved the date of those prices
 */
@JsonPropertyOrder({"application", "region", "since", "until", "hoursRunning", "kpuHours", "bill", "snapshots", "days",
    "forecast", "priceSource", "pricesRetrieved"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostReport(String application, String region, Instant since, Instant until, int hoursRunning,
                         BigDecimal kpuHours, Bill bill, SnapshotEstimate snapshots, List<DayCost> days,
                         Forecast forecast, String priceSource, LocalDate pricesRetrieved) {

    /**
     * One UTC day of the report ({@code --by day}). Each day is rounded on its own, so the days may add up to a few
     * cents more than the period's bill.
     *
     * @param day          the UTC date
     * @param hoursRunning hours of that day with a {@code KPUs} datapoint above zero
     * @param kpuHours     KPU-hours that day
     * @param bill         that day's bill
     */
    @JsonPropertyOrder({"day", "hoursRunning", "kpuHours", "bill"})
    public record DayCost(LocalDate day, int hoursRunning, BigDecimal kpuHours, Bill bill) {}

    /**
     * The snapshot inventory priced as durable application backups. The MSF API gives no snapshot sizes, so each one
     * counts at {@code sizeGbEach}: the application's largest {@code lastCheckpointSize} in the period (a checkpoint
     * and a snapshot hold the same state), or {@code --snapshot-gb}. Deleted snapshots are no longer listed, so their
     * part of the period is missing.
     *
     * @param count      snapshots listed (every status)
     * @param sizeGbEach GB counted for each (GB = 2^30 bytes), or null when unknown
     * @param sizeFrom   {@code lastCheckpointSize}, {@code --snapshot-gb}, or {@code unknown} (backups priced at 0)
     */
    @JsonPropertyOrder({"count", "sizeGbEach", "sizeFrom"})
    public record SnapshotEstimate(int count, BigDecimal sizeGbEach, String sizeFrom) {}

    /**
     * The current calendar month (UTC) if it goes on as now: what it cost so far plus the rest of the month at the
     * KPUs it runs with now (none when it is not running) and the snapshots it holds now.
     *
     * @param month        the month, e.g. {@code 2026-11}
     * @param soFarUsd     USD from the first of the month to now
     * @param totalUsd     USD for the whole month
     * @param hoursLeft    hours left in the month after the hours already sampled
     * @param kpus         KPUs it runs with now, orchestration included, or 0 when it is not running
     * @param bill         the whole month's bill
     */
    @JsonPropertyOrder({"month", "soFarUsd", "totalUsd", "hoursLeft", "kpus", "bill"})
    public record Forecast(YearMonth month, BigDecimal soFarUsd, BigDecimal totalUsd, BigDecimal hoursLeft, int kpus,
                           Bill bill) {}
}
