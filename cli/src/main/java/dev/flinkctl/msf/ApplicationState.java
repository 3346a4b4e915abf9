package dev.flinkctl.msf;

/**
 * One application as {@code ListApplications} summarizes it.
 *
 * @param name    the application name
 * @param status  its status, e.g. {@code READY} or {@code RUNNING}
 * @param version its current version id
 */
public record ApplicationState(String name, String status, Long version) {
}
