package dev.flinkctl.completion;

import dev.flinkctl.lint.RuntimeEnvironment;
import dev.flinkctl.metrics.MetricCatalog;
import dev.flinkctl.metrics.MetricDefinition;
import java.util.Iterator;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;

/**
 * picocli {@code completionCandidates} classes whose lists are fixed for a flinkctl build, so the completion scripts
 * hold them and completing them never starts a JVM. Each list is computed when iterated, not when the command tree
 * is built.
 */
public final class StaticCandidates {
    private StaticCandidates() {
    }

    /**
     * The regions the AWS SDK's endpoint metadata lists for {@code kinesisanalyticsv2}, sorted, without the FIPS
     * pseudo-regions (those are endpoints, not regions one passes as {@code --region}). Source: the SDK's
     * {@code ServiceMetadata} for the service (updated with each SDK release).
     */
    public static final class Regions implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return KinesisAnalyticsV2Client.serviceMetadata().regions().stream().map(Region::id)
                    .filter(id -> !id.contains("fips")).sorted().iterator();
        }
    }

    /** The metric names {@link MetricCatalog} knows (MSF's CloudWatch metrics for Flink applications). */
    public static final class MetricNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return MetricCatalog.known().stream().map(MetricDefinition::name).iterator();
        }
    }

    /** The runtime environment ids {@link RuntimeEnvironment} knows, e.g. {@code FLINK-1_20}. */
    public static final class RuntimeEnvironments implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return RuntimeEnvironment.known().stream().map(RuntimeEnvironment::id).iterator();
        }
    }
}
