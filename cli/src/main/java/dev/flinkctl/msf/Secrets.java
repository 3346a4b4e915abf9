package dev.flinkctl.msf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.EnvironmentPropertyDescriptions;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;

/**
 * Masks runtime property values whose key looks secret ({@code db.password}, {@code api-token}, {@code accessKey},
 * ...), so that {@code flinkctl describe} can be pasted into a ticket. The keys stay visible; only values change.
 */
public final class Secrets {
    /** What a masked value prints as. */
    public static final String MASK = "****";
    /** A key containing one of these (in any case) looks secret. */
    public static final List<String> SECRET_WORDS = List.of("password", "secret", "token", "key", "credential");

    private Secrets() {
    }

    /**
     * @param key a property key
     * @return true if it contains password, secret, token, key or credential, in any case
     */
    public static boolean looksSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /**
     * @param properties one property group's map
     * @return a copy in the same order, with each secret-looking key's value replaced by {@value #MASK}
     */
    public static Map<String, String> mask(Map<String, String> properties) {
        Map<String, String> masked = new LinkedHashMap<>();
        properties.forEach((key, value) -> masked.put(key, looksSecret(key) ? MASK : value));
        return masked;
    }

    /**
     * @param detail an application
     * @return the same application with its property groups masked (see {@link #mask(Map)})
     */
    public static ApplicationDetail mask(ApplicationDetail detail) {
        ApplicationConfigurationDescription config = detail.applicationConfigurationDescription();
        if (config == null || config.environmentPropertyDescriptions() == null
                || !config.environmentPropertyDescriptions().hasPropertyGroupDescriptions()) {
            return detail;
        }
        EnvironmentPropertyDescriptions properties = config.environmentPropertyDescriptions();
        List<PropertyGroup> groups = properties.propertyGroupDescriptions().stream()
                .map(group -> group.toBuilder().propertyMap(mask(group.propertyMap())).build())
                .toList();
        return detail.toBuilder().applicationConfigurationDescription(config.toBuilder()
                .environmentPropertyDescriptions(properties.toBuilder().propertyGroupDescriptions(groups).build())
                .build()).build();
    }
}
