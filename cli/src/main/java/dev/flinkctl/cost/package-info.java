/**
 * Cost reports over the applications of a whole Region: which ones run and what they cost. Reads MSF through
 * {@code msf.Applications} and CloudWatch through {@code metrics.MetricReader}, prices with {@code billing.CostModel};
 * no picocli here, so the commands in {@code command/} stay thin.
 *
 * <p>{@link IdleFinder} is the forgotten-application report of {@code flinkctl cost idle}: every running application
 * whose input rate ({@code numRecordsInPerSecond}) stayed below a threshold over a window, with what it costs per month.
 * The decision itself is {@link InputActivity}, a pure function of hourly averages.
 */
package dev.flinkctl.cost;
