package dev.flinkctl.cost;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.flinkctl.billing.Bill;

/**
 * One running application that looks idle, in {@link IdleReport}.
 *
 * @param name                      the application name
 * @param status                    its status: {@code RUNNING} or {@code AUTOSCALING}
 * @param runtimeEnvironment        e.g. {@code FLINK-1_20}
 * @param parallelism               the parallelism it runs with now (CurrentParallelism, which autoscaling changes,
 *                                  else Parallelism); null when the description has none
 * @param parallelismPerKpu         parallel tasks per KPU; null when the description has none
 * @param kpus                      KPUs billed while it runs, orchestration included (one, or two for a Studio
 *                                  notebook in interactive mode); null when the parallelism is not known
 * @param hoursWithData             hours of the window with {@code numRecordsInPerSecond} data
 * @param averageRecordsInPerSecond the window average of {@code numRecordsInPerSecond} in records per second (the
 *                                  mean of its hourly averages); null when there was no data in the window
 * @param recordsIn                 records read in the window, estimated as Σ hourly average × 3600; null without data
 * @param monthly                   what a month (720 hours) of running at its current KPUs costs: KPU-hours and
 *                                  running storage, backups left out; null when the Region's prices or its KPUs are
 *                                  not known
 * @param reason                    why it looks idle, e.g. {@code 0.0004 records/s on average} or
 *                                  {@code no numRecordsInPerSecond data}
 */
@JsonPropertyOrder({"name", "status", "runtimeEnvironment", "parallelism", "parallelismPerKpu", "kpus",
    "hoursWithData", "averageRecordsInPerSecond", "recordsIn", "monthly", "reason"})
public record IdleApplication(String name, String status, String runtimeEnvironment, Integer parallelism,
                              Integer parallelismPerKpu, Integer kpus, int hoursWithData,
                              Double averageRecordsInPerSecond, Long recordsIn, Bill monthly, String reason) {
}
