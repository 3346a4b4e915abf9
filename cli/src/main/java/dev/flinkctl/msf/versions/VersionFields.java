package dev.flinkctl.msf.versions;

import dev.flinkctl.deploy.ApplicationFields;
import dev.flinkctl.msf.Secrets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.S3ApplicationCodeLocationDescription;

/**
 * One version's configuration as flat {@code field → value} strings, and the field-by-field difference of two
 * versions. The fields are {@link ApplicationFields}' (those {@code flinkctl plan} shows) without tags, which belong to
 * the application and not to a version, plus {@value #OBJECT_VERSION} when the code's S3 location pins an object
 * version. Pure: no AWS calls.
 */
public final class VersionFields {
    /** The S3 object version of the code, when the version pins one. */
    public static final String OBJECT_VERSION = "code.objectVersion";
    private static final String PROPERTIES = "properties.";

    private VersionFields() {
    }

    /**
     * @param detail one version (DescribeApplicationVersion) or the application (DescribeApplication)
     * @return its fields in {@link ApplicationFields} order, with {@value #OBJECT_VERSION} right after {@code code}
     */
    public static Map<String, String> of(ApplicationDetail detail) {
        Map<String, String> base = ApplicationFields.of(detail, Map.of());
        String objectVersion = objectVersion(detail);
        if (objectVersion == null) {
            return base;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        base.forEach((field, value) -> {
            fields.put(field, value);
            if (field.equals("code")) {
                fields.put(OBJECT_VERSION, objectVersion);
            }
        });
        fields.putIfAbsent(OBJECT_VERSION, objectVersion);
        return fields;
    }

    /**
     * @param details versions to compare
     * @return the {@code properties.GROUP.KEY} fields of every property, in any of them, whose key looks secret
     *     ({@link Secrets#looksSecret})
     */
    public static Set<String> sensitive(ApplicationDetail... details) {
        Set<String> fields = new LinkedHashSet<>();
        for (ApplicationDetail detail : details) {
            ApplicationConfigurationDescription config = detail.applicationConfigurationDescription();
            if (config == null || config.environmentPropertyDescriptions() == null) {
                continue;
            }
            for (PropertyGroup group : config.environmentPropertyDescriptions().propertyGroupDescriptions()) {
                group.propertyMap().keySet().stream().filter(Secrets::looksSecret)
                        .forEach(key -> fields.add(PROPERTIES + group.propertyGroupId() + "." + key));
            }
        }
        return fields;
    }

    /**
     * @param from the older side, e.g. version 2
     * @param to   the newer side, e.g. version 3
     * @return the fields that differ, in {@code to}'s order and then those only {@code from} has; values of
     *     secret-looking properties are {@value Secrets#MASK} on both sides
     */
    public static List<FieldChange> changes(ApplicationDetail from, ApplicationDetail to) {
        Map<String, String> before = of(from);
        Map<String, String> after = of(to);
        Set<String> sensitive = sensitive(from, to);
        // ApplicationFields.diff masks every removed property, because a spec cannot say whether it was secret;
        // both versions' keys are known here, so it picks the fields and only secret-looking values are masked.
        return ApplicationFields.diff(before, after, sensitive).stream()
                .map(change -> new FieldChange(change.field(), shown(change.field(), before, sensitive),
                        shown(change.field(), after, sensitive)))
                .toList();
    }

    private static String shown(String field, Map<String, String> fields, Set<String> sensitive) {
        String value = fields.get(field);
        return value != null && sensitive.contains(field) ? Secrets.MASK : value;
    }

    private static String objectVersion(ApplicationDetail detail) {
        ApplicationConfigurationDescription config = detail.applicationConfigurationDescription();
        if (config == null || config.applicationCodeConfigurationDescription() == null
                || config.applicationCodeConfigurationDescription().codeContentDescription() == null) {
            return null;
        }
        S3ApplicationCodeLocationDescription s3 = config.applicationCodeConfigurationDescription()
                .codeContentDescription().s3ApplicationCodeLocationDescription();
        return s3 == null || s3.objectVersion() == null || s3.objectVersion().isBlank() ? null : s3.objectVersion();
    }
}
