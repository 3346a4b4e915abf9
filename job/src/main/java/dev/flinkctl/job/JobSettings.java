package dev.flinkctl.job;

import java.io.Serializable;
import java.time.Duration;

/** Job-wide settings from property group {@value JobProperties#JOB}. */
public final class JobSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the job computes. */
    public enum Pipeline {
        /** Parse, score with the four rules, write alerts (the default). */
        FRAUD_DETECTION,
        /** Parse and write the transactions back as JSON: the benchmark's baseline. */
        PASSTHROUGH
    }

    /** {@code pipeline}: fraud-detection (default) or passthrough. */
    public final Pipeline pipeline;
    /** {@code watermark.out-of-orderness}: how late an event may arrive and still count (default 5 s). */
    public final Duration outOfOrderness;
    /** {@code watermark.idleness}: a source split silent this long stops holding back time (default 1 min). */
    public final Duration idleness;
    /**
     * {@code checkpoint.interval}: used only when the environment has no checkpointing configured (on
     * MSF the service configures it); exactly-once either way (default 60 s, MSF's default).
     */
    public final Duration checkpointInterval;

    private JobSettings(PropertyGroup job) {
        pipeline = job.choice("pipeline", Pipeline.class, Pipeline.FRAUD_DETECTION);
        outOfOrderness = job.duration("watermark.out-of-orderness", Duration.ofSeconds(5));
        idleness = job.duration("watermark.idleness", Duration.ofMinutes(1));
        checkpointInterval = job.duration("checkpoint.interval", Duration.ofSeconds(60));
        if (checkpointInterval.toMillis() < 10) {
            throw new JobConfigurationException("runtime property Job.checkpoint.interval must be at least 10ms, e.g. 60s");
        }
    }

    /** Reads the settings; absent keys take their defaults. */
    public static JobSettings from(PropertyGroup job) {
        return new JobSettings(job);
    }
}
