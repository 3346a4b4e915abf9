package dev.flinkctl.local.msf.domain;

import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;

/** Hears about applications' Flink jobs: how the endpoint wires metrics publishing and log shipping. */
public interface JobListener {
    /** A listener that does nothing. */
    JobListener NONE = new JobListener() {};

    /** A job now runs {@code application} (at the version it describes). */
    default void jobStarted(ApplicationDetail application, String jobId) {}

    /** The job no longer runs the application. */
    default void jobEnded(String applicationName, String jobId) {}

    /**
     * Something happened to the application that its log should show.
     *
     * @param level INFO, WARN or ERROR
     */
    default void event(ApplicationDetail application, String level, String message) {}
}
