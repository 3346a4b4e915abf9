/**
 * What Amazon Managed Service for Apache Flink (MSF) charges, as pure functions over {@link java.math.BigDecimal} USD:
 * no AWS SDK and no picocli here, so every rule is tested with a table of inputs.
 *
 * <p>The model (<a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-pricing.html">MSF developer guide,
 * "Per second billing"</a>):
 * <ul>
 *   <li><b>KPU-hours</b>: {@code ceil(parallelism / parallelismPerKPU)} application KPUs plus one orchestration KPU
 *       (two for a Studio notebook in interactive mode), {@link KpuConfiguration};</li>
 *   <li><b>running application storage</b>: 50 GB per application KPU (orchestration excluded), in GB-months of
 *       720 hours, prorated over the running time;</li>
 *   <li><b>durable application backups</b>: the snapshot GB held, in GB-months of 720 hours, billed while the
 *       application is stopped too;</li>
 *   <li>metered per second, with a 10-minute minimum each time the application starts ({@link Meter}).</li>
 * </ul>
 * {@link Meter} turns runs, hourly {@code KPUs} samples and snapshots into a {@link Usage}; {@link CostModel} prices a
 * {@link Usage} with one Region's {@link RegionPrice} from the {@link PriceTable} and rounds it ({@link Rounding}) into
 * a {@link Bill}. Estimates ({@link CostModel#estimate}), autoscaling ranges ({@link CostRange}) and the difference
 * between two configurations ({@link CostDelta}) are bills of hypothetical usage.
 *
 * <p>Where AWS is silent or inconsistent (see each class), this package says which reading it takes.
 */
package dev.flinkctl.billing;
