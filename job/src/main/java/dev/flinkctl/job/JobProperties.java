package dev.flinkctl.job;

import com.amazonaws.services.kinesisanalytics.runtime.KinesisAnalyticsRuntime;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The job's runtime properties: the property groups MSF passes to an application (the console's
 * "Runtime properties", the API's {@code EnvironmentProperties.PropertyGroups}).
 *
 * <p>This is the only place that decides where they come from:
 *
 * <ol>
 *   <li>{@code --properties FILE} among the program arguments: that JSON file, in MSF's format {@code
 *       [{"PropertyGroupId": "Source", "PropertyMap": {"type": "file"}}]} (local development);
 *   <li>otherwise, when the host puts a {@code config.properties} on the job's classpath (MSF, or the
 *       local MSF endpoint), {@link KinesisAnalyticsRuntime#getApplicationProperties()};
 *   <li>otherwise MSF's documented location {@value #MSF_PROPERTIES_FILE}, which is what the runtime
 *       library's own {@code config.properties} names. The jar ships no {@code config.properties}:
 *       one at the jar root would shadow the host's.
 * </ol>
 *
 * A missing file means no properties: every setting then has its default.
 *
 * @see <a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-properties.html">MSF: Use runtime properties</a>
 */
public final class JobProperties implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where MSF writes the application's runtime properties inside the job manager and task managers. */
    public static final String MSF_PROPERTIES_FILE = "/etc/flink/application_properties.json";

    /** Property group of the transaction source. */
    public static final String SOURCE = "Source";
    /** Property group of the alert sink. */
    public static final String SINK = "Sink";
    /** Property group of the optional dead-letter sink for malformed records. */
    public static final String DEAD_LETTER_SINK = "DeadLetterSink";
    /** Property group of the rule thresholds. */
    public static final String RULES = "Rules";
    /** Property group of job-wide settings (pipeline, watermarks, checkpointing). */
    public static final String JOB = "Job";

    private final Map<String, Properties> groups;

    /** Wraps already-loaded groups (tests, and {@link #load(String[])}). */
    public JobProperties(Map<String, Properties> groups) {
        this.groups = new HashMap<>(groups);
    }

    /**
     * Loads the properties as the class comment describes.
     *
     * @param args the job's program arguments
     * @throws IOException when a given or found properties file exists but cannot be read as property groups
     */
    public static JobProperties load(String[] args) throws IOException {
        String file = propertiesArgument(args);
        if (file != null) {
            if (!java.nio.file.Files.isReadable(java.nio.file.Path.of(file))) {
                throw new JobConfigurationException("--properties " + file + ": no such readable file");
            }
            return new JobProperties(KinesisAnalyticsRuntime.getApplicationProperties(file));
        }
        if (KinesisAnalyticsRuntime.class.getClassLoader().getResource("config.properties") != null) {
            return new JobProperties(KinesisAnalyticsRuntime.getApplicationProperties());
        }
        return new JobProperties(KinesisAnalyticsRuntime.getApplicationProperties(MSF_PROPERTIES_FILE));
    }

    /** One group; empty (all defaults) when absent. */
    public PropertyGroup group(String id) {
        return new PropertyGroup(id, groups.get(id));
    }

    /** The group ids present, for logging (never the values: they may hold secrets). */
    public Map<String, java.util.Set<String>> keysByGroup() {
        Map<String, java.util.Set<String>> keys = new HashMap<>();
        groups.forEach((id, props) -> keys.put(id, Collections.unmodifiableSet(props.stringPropertyNames())));
        return keys;
    }

    private static String propertiesArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--properties".equals(args[i])) {
                if (i + 1 == args.length) {
                    throw new JobConfigurationException("--properties needs a file: --properties application_properties.json");
                }
                return args[i + 1];
            }
        }
        return null;
    }
}
