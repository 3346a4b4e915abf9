package dev.flinkctl.msf;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionSummary;

/**
 * The full description of an application, for {@code flinkctl describe}: the {@code ApplicationDetail} as the AWS
 * API shapes it (for {@code -o json|yaml}), and the same facts as readable sections (for the table output). Property
 * values whose key looks secret are masked in both unless asked otherwise ({@link Secrets}).
 *
 * <p>{@code -o json} prints {@link #document()}: the members of DescribeApplication's {@code ApplicationDetail}
 * under their API names, timestamps as ISO-8601, e.g.
 * <pre>
 * {"ApplicationARN": "...", "ApplicationName": "fraud-detection", "RuntimeEnvironment": "FLINK-1_20",
 *  "ServiceExecutionRoleARN": "...", "ApplicationStatus": "RUNNING", "ApplicationVersionId": 3,
 *  "CreateTimestamp": "2025-01-01T12:00:00Z", "LastUpdateTimestamp": "...",
 *  "ApplicationConfigurationDescription": {..., "EnvironmentPropertyDescriptions": {"PropertyGroupDescriptions":
 *      [{"PropertyGroupId": "Db", "PropertyMap": {"db.url": "jdbc:...", "db.password": "****"}}]}, ...},
 *  "CloudWatchLoggingOptionDescriptions": [...], "ConditionalToken": "..."}
 * </pre>
 *
 * @param document the ApplicationDetail as a map of API member names (masked)
 * @param sections the readable listing: application, code, flink configuration, property groups, snapshots,
 *                 logging, versions
 */
public record ApplicationDescription(Map<String, Object> document, List<Section> sections) {

    /**
     * One titled block of the listing.
     *
     * @param title  e.g. {@code Code}
     * @param fields its key: value lines, in order
     */
    public record Section(String title, List<Field> fields) {
    }

    /**
     * One line of the listing.
     *
     * @param key   e.g. {@code location}
     * @param value e.g. {@code s3://my-bucket/job.jar}
     */
    public record Field(String key, String value) {
    }

    /**
     * @param detail     the application (DescribeApplication)
     * @param versions   its versions (ListApplicationVersions), newest first
     * @param showValues true to show every property value; false to mask the secret-looking ones
     * @return the description
     */
    public static ApplicationDescription of(ApplicationDetail detail, List<ApplicationVersionSummary> versions,
                                            boolean showValues) {
        ApplicationDetail shown = showValues ? detail : Secrets.mask(detail);
        return new ApplicationDescription(ModelMaps.toMap(shown), DescriptionSections.of(shown, versions));
    }
}
