package dev.flinkctl.spec;

/**
 * How many parallel tasks the application runs and how they are packed into KPUs
 * (MSF {@code ParallelismConfiguration}, always sent as CUSTOM).
 *
 * @param parallelism       parallel tasks, at least 1
 * @param parallelismPerKpu tasks per KPU, 1 to 8
 * @param autoScaling       whether MSF may change the parallelism; flinkctl defaults to false, AWS to true
 */
public record ScalingSpec(int parallelism, int parallelismPerKpu, boolean autoScaling) {

    /** @return parallelism 1, one task per KPU, no autoscaling */
    static ScalingSpec defaults() {
        return new ScalingSpec(1, 1, false);
    }
}
