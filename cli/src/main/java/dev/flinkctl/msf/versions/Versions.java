package dev.flinkctl.msf.versions;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.msf.ApplicationDescription;
import dev.flinkctl.msf.Applications;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionSummary;

/**
 * The versions of one application: ListApplicationVersions ("all the versions ..., including versions that were
 * rolled back", https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_ListApplicationVersions.html) and
 * DescribeApplicationVersion, the full ApplicationDetail of one version
 * (https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_DescribeApplicationVersion.html).
 */
public final class Versions {
    /** How many versions {@code version list} shows without {@code --limit}. */
    public static final int DEFAULT_LIMIT = 20;
    /** How many version ids an error message names at most. */
    private static final int NAMED = 10;

    private final KinesisAnalyticsV2Client msf;
    private final Applications applications;

    /** @param msf the client, owned (and closed) by the caller */
    public Versions(KinesisAnalyticsV2Client msf) {
        this.msf = msf;
        this.applications = new Applications(msf);
    }

    /**
     * @param name  the application name
     * @param limit how many of the newest versions to show; 0 or less for all
     * @return the newest versions, newest first, each with what changed since the next older one; that takes one
     *     DescribeApplicationVersion call per version shown, plus one for the version before the oldest shown
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if there is no such application
     */
    public List<VersionEntry> history(String name, int limit) {
        ApplicationDetail current = applications.require(name);
        List<ApplicationVersionSummary> all = applications.versions(name);
        int shown = limit <= 0 ? all.size() : Math.min(limit, all.size());
        List<ApplicationDetail> details = all.stream().limit(shown + 1L)
                .map(summary -> describe(name, summary.applicationVersionId())).toList();
        List<VersionEntry> entries = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            ApplicationDetail previous = i + 1 < details.size() ? details.get(i + 1) : null;
            entries.add(VersionEntry.of(details.get(i), all.get(i).applicationStatusAsString(), previous, current));
        }
        return entries;
    }

    /**
     * @param name       the application name
     * @param version    a version id
     * @param showValues true to show every property value; false to mask secret-looking ones
     * @return that version's full description, in the sections of {@code flinkctl describe}, with the version
     *     history
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if there is no such application or version
     */
    public ApplicationDescription description(String name, long version, boolean showValues) {
        applications.require(name);
        List<ApplicationVersionSummary> known = applications.versions(name);
        requireKnown(name, version, known);
        return ApplicationDescription.of(describe(name, version), known, showValues);
    }

    /**
     * @param name the application name
     * @param from the version to compare from; null for the current version's ApplicationVersionUpdatedFrom (the
     *             version a rollback returns to)
     * @param to   the version to compare to; null for the current version
     * @return the differences from {@code from} to {@code to}
     * @throws FlinkctlException {@link ExitCodes#NOT_FOUND} if there is no such application, a version does not exist,
     *                           or {@code from} is defaulted and the current version has no previous version
     */
    public VersionDiff diff(String name, Long from, Long to) {
        ApplicationDetail current = applications.require(name);
        List<ApplicationVersionSummary> known = applications.versions(name);
        long toId = to != null ? to : current.applicationVersionId();
        Long fromId = from != null ? from : current.applicationVersionUpdatedFrom();
        if (fromId == null) {
            throw new FlinkctlException(ExitCodes.NOT_FOUND, "version " + toId + " of '" + name + "' has no previous "
                    + "version to compare with: name two versions, e.g. 'flinkctl version diff " + name + " FROM TO'"
                    + "; its versions: " + ids(known));
        }
        requireKnown(name, fromId, known);
        requireKnown(name, toId, known);
        return new VersionDiff(name, fromId, toId, VersionFields.changes(describe(name, fromId), describe(name, toId)));
    }

    /**
     * DescribeApplicationVersion, unchecked.
     *
     * @param name    the application name
     * @param version a version id
     * @return that version's full configuration
     * @throws software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException if it does not exist
     */
    public ApplicationDetail describe(String name, long version) {
        return msf.describeApplicationVersion(request -> request.applicationName(name).applicationVersionId(version))
                .applicationVersionDetail();
    }

    private static void requireKnown(String name, long version, List<ApplicationVersionSummary> known) {
        if (known.stream().noneMatch(summary -> summary.applicationVersionId() == version)) {
            throw new FlinkctlException(ExitCodes.NOT_FOUND, "version " + version + " of '" + name + "' not found; "
                    + "its versions: " + ids(known) + " ('flinkctl version list " + name + "')");
        }
    }

    /** @return the newest version ids, e.g. {@code 3, 2, 1} or {@code 25, 24, ... (and 15 older)} */
    static String ids(List<ApplicationVersionSummary> newestFirst) {
        if (newestFirst.isEmpty()) {
            return "none";
        }
        String named = newestFirst.stream().limit(NAMED).map(s -> String.valueOf(s.applicationVersionId()))
                .collect(Collectors.joining(", "));
        int older = newestFirst.size() - NAMED;
        return named + (older > 0 ? " (and " + older + " older)" : "");
    }
}
