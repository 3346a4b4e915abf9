/**
 * Cost reports built from what MSF and CloudWatch say about running applications: MSF through
 * {@code msf.Applications}, CloudWatch through {@code metrics.MetricReader}, prices through {@code billing.CostModel}.
 * No picocli here, so the {@code cost} commands in {@code command/} stay thin.
 *
 * <p>{@link IdleFinder} is the forgotten-application report of {@code flinkctl cost idle}: every running application
 * of a Region whose input rate ({@code numRecordsInPerSecond}) stayed below a threshold over a window, with what it
 * costs per month. The decision itself is {@link InputActivity}, a pure function of hourly averages.
 */
package dev.flinkctl.cost;
