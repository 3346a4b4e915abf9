package dev.flinkctl.lint;

import java.util.List;

/**
 * {@code config-properties}: a {@code config.properties} at the jar root. MSF's runtime library
 * ({@code KinesisAnalyticsRuntime.getApplicationProperties()}) loads the first {@code config.properties} on the
 * classpath to find the application's runtime properties; the job's own copy wins and the call then fails with a
 * NullPointerException. The included job's shade configuration strips it (see {@code job/pom.xml}).
 */
final class ConfigPropertiesCheck implements Check {
    static final String CODE = "config-properties";

    @Override
    public List<Finding> check(JarContents jar, RuntimeEnvironment runtime) {
        if (!jar.contains("config.properties")) {
            return List.of();
        }
        return List.of(Finding.warning(CODE,
                "config.properties at the jar root shadows the MSF runtime's own, so "
                        + "KinesisAnalyticsRuntime.getApplicationProperties() fails",
                "exclude config.properties in the maven-shade-plugin <filters> (as the included job's pom.xml does)"));
    }
}
