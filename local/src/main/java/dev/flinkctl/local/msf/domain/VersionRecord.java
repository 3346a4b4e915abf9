package dev.flinkctl.local.msf.domain;

import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;

/**
 * One application version: the application as it was configured at that version, and the status
 * ListApplicationVersions reports for it (the application's status for the current version, the
 * status it had when superseded for older ones, ROLLED_BACK for versions a rollback left).
 */
public record VersionRecord(ApplicationDetail application, String status) {}
