package dev.flinkctl.job.io;

import dev.flinkctl.job.JobConfigurationException;
import dev.flinkctl.job.PropertyGroup;
import java.util.Properties;

/** The Kinesis connector settings of a property group: its {@code aws.*} and {@code flink.*} keys. */
final class KinesisProperties {
    private KinesisProperties() {}

    /**
     * Copies the connector keys of {@code group}.
     *
     * @throws JobConfigurationException when neither {@code aws.region} nor {@code aws.endpoint} is set
     */
    static Properties connectorProperties(PropertyGroup group) {
        Properties all = group.asProperties();
        Properties config = new Properties();
        for (String key : all.stringPropertyNames()) {
            if (key.startsWith("aws.") || key.startsWith("flink.")) {
                config.setProperty(key, all.getProperty(key));
            }
        }
        if (!config.containsKey("aws.region") && !config.containsKey("aws.endpoint")) {
            throw new JobConfigurationException("runtime property " + group.id()
                    + ".aws.region is required for Kinesis: add it to property group '" + group.id() + "'");
        }
        return config;
    }
}
