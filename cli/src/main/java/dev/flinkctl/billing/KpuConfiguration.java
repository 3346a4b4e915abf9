package dev.flinkctl.billing;

/**
 * How many KPUs (1 vCPU and 4 GB of memory each) one MSF application is billed for while it runs: its application
 * KPUs, {@code ceil(parallelism / parallelismPerKpu)}, plus its orchestration KPUs.
 *
 * <p>AWS gives "Parallelism / ParallelismPerKPU" without a rounding rule
 * (<a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-scaling.html">how-scaling</a>); KPUs are whole
 * units, so this rounds up, the same formula as {@code msf.ApplicationOverview.kpus}, which this package does not
 * import. Orchestration: one KPU per Flink application
 * (<a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-pricing.html">how-pricing</a>), two for a Studio
 * notebook in interactive mode (one for orchestration, one for the interactive development environment; the former
 * Kinesis Data Analytics pricing page, https://aws.amazon.com/tr/kinesis/data-analytics/pricing/). A notebook deployed
 * as a streaming application is a plain Flink application here.
 *
 * @param parallelism       parallel tasks, at least 1: MSF {@code Parallelism}, or {@code CurrentParallelism} when
 *                          autoscaling has changed it
 * @param parallelismPerKpu tasks per KPU, 1 to {@value #MAX_PARALLELISM_PER_KPU}
 * @param studioInteractive whether this is a Studio notebook in interactive mode
 */
public record KpuConfiguration(int parallelism, int parallelismPerKpu, boolean studioInteractive) {

    /** Orchestration KPUs of a Flink application (how-pricing.html). */
    public static final int ORCHESTRATION_KPUS = 1;
    /** Orchestration KPUs of a Studio notebook in interactive mode (former Kinesis Data Analytics pricing page). */
    public static final int STUDIO_INTERACTIVE_ORCHESTRATION_KPUS = 2;
    /**
     * The highest ParallelismPerKPU MSF accepts
     * (https://docs.aws.amazon.com/managed-flink/latest/java/how-scaling.html).
     */
    public static final int MAX_PARALLELISM_PER_KPU = 8;
    /**
     * Application KPUs MSF allows by default, and so the ceiling of autoscaling unless the quota was raised
     * (https://docs.aws.amazon.com/managed-flink/latest/java/limits.html; Service Quotas can raise it).
     */
    public static final int DEFAULT_MAX_KPUS = 64;

    /** @throws IllegalArgumentException when parallelism is below 1 or parallelismPerKpu is outside 1 to 8 */
    public KpuConfiguration {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        if (parallelismPerKpu < 1 || parallelismPerKpu > MAX_PARALLELISM_PER_KPU) {
            throw new IllegalArgumentException("parallelism per KPU must be 1 to " + MAX_PARALLELISM_PER_KPU + ", not "
                    + parallelismPerKpu);
        }
    }

    /**
     * @param parallelism       parallel tasks, at least 1
     * @param parallelismPerKpu tasks per KPU, 1 to 8
     * @return a Flink (streaming) application: one orchestration KPU
     */
    public static KpuConfiguration streaming(int parallelism, int parallelismPerKpu) {
        return new KpuConfiguration(parallelism, parallelismPerKpu, false);
    }

    /**
     * @param parallelism       parallel tasks, at least 1
     * @param parallelismPerKpu tasks per KPU, 1 to 8
     * @return a Studio notebook in interactive mode: two orchestration KPUs
     */
    public static KpuConfiguration studioInteractive(int parallelism, int parallelismPerKpu) {
        return new KpuConfiguration(parallelism, parallelismPerKpu, true);
    }

    /**
     * @param parallelism       parallel tasks, at least 1
     * @param parallelismPerKpu tasks per KPU, at least 1
     * @return application KPUs, {@code ceil(parallelism / parallelismPerKpu)}, orchestration excluded
     */
    public static int applicationKpus(int parallelism, int parallelismPerKpu) {
        return (parallelism + parallelismPerKpu - 1) / parallelismPerKpu;
    }

    /** @return application KPUs (the ones that run the job and get 50 GB of running storage each) */
    public int applicationKpus() {
        return applicationKpus(parallelism, parallelismPerKpu);
    }

    /** @return orchestration KPUs: 1, or 2 for a Studio notebook in interactive mode */
    public int orchestrationKpus() {
        return studioInteractive ? STUDIO_INTERACTIVE_ORCHESTRATION_KPUS : ORCHESTRATION_KPUS;
    }

    /** @return KPUs billed per hour of running: application plus orchestration, as the CloudWatch KPUs metric counts */
    public int totalKpus() {
        return applicationKpus() + orchestrationKpus();
    }

    /**
     * @param newParallelism parallel tasks, at least 1
     * @return this configuration at another parallelism (autoscaling keeps parallelismPerKpu)
     */
    public KpuConfiguration withParallelism(int newParallelism) {
        return new KpuConfiguration(newParallelism, parallelismPerKpu, studioInteractive);
    }
}
