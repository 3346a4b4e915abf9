package dev.flinkctl.local.msf;

import dev.flinkctl.local.Await;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.CodeContentType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.EnvironmentPropertyUpdates;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.PropertyGroup;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RuntimeEnvironment;

/** One test application running {@code CountingJob}, and what its output file says about its runs. */
final class CountingApp {
    final String name;
    final Path output;

    CountingApp(String name, Path output) {
        this.name = name;
        this.output = output;
    }

    /** The property groups with the given Counter properties (output.file is always set). */
    PropertyGroup counter(Map<String, String> extra) {
        Map<String, String> map = new LinkedHashMap<>(Map.of("output.file", output.toString()));
        map.putAll(extra);
        return PropertyGroup.builder().propertyGroupId("Counter").propertyMap(map).build();
    }

    /** Creates it (READY, version 1) with snapshots on and the given system rollback setting. */
    ApplicationDetail create(KinesisAnalyticsV2Client msf, boolean systemRollback, Map<String, String> properties) {
        return msf.createApplication(b -> b.applicationName(name).runtimeEnvironment(RuntimeEnvironment.FLINK_1_20)
                .serviceExecutionRole(EndpointHarness.ROLE)
                .applicationConfiguration(ApplicationConfiguration.builder()
                        .applicationCodeConfiguration(c -> c.codeContentType(CodeContentType.ZIPFILE)
                                .codeContent(cc -> cc.s3ContentLocation(s3 -> s3.bucketARN(EndpointHarness.BUCKET_ARN)
                                        .fileKey(EndpointHarness.COUNTING_JAR))))
                        .environmentProperties(e -> e.propertyGroups(counter(properties)))
                        .applicationSnapshotConfiguration(s -> s.snapshotsEnabled(true))
                        .applicationSystemRollbackConfiguration(r -> r.rollbackEnabled(systemRollback))
                        .flinkApplicationConfiguration(f -> f.checkpointConfiguration(c -> c.configurationType("CUSTOM")
                                .checkpointingEnabled(true).checkpointInterval(500L).minPauseBetweenCheckpoints(0L)))
                        .build()))
                .applicationDetail();
    }

    EnvironmentPropertyUpdates properties(Map<String, String> extra) {
        return EnvironmentPropertyUpdates.builder().propertyGroups(counter(extra)).build();
    }

    /** Output lines as (run, key, count). */
    record Line(String run, long key, long count) {}

    List<Line> lines() throws IOException {
        return TestJars.lines(output).stream().map(l -> l.split(" "))
                .filter(p -> p.length == 3)
                .map(p -> new Line(p[0], Long.parseLong(p[1]), Long.parseLong(p[2]))).toList();
    }

    /** The highest count written so far (0 when nothing was written). */
    long maxCount() throws IOException {
        return lines().stream().mapToLong(Line::count).max().orElse(0);
    }

    /** The runs (job starts) in the order they first wrote. */
    List<String> runs() throws IOException {
        return lines().stream().map(Line::run).distinct().toList();
    }

    /** The lowest count the run wrote: 10 for a run without state, more for a run that restored its counts. */
    long firstCount(String run) throws IOException {
        return lines().stream().filter(l -> l.run().equals(run)).mapToLong(Line::count).min().orElseThrow();
    }

    /** Waits until some key has counted to at least {@code count}. */
    void awaitCount(long count) throws Exception {
        Await.until(() -> name + " to count to " + count, EndpointHarness.TIMEOUT, () -> maxCount() >= count);
    }

    /** Waits for a run after the {@code known} ones to write, and returns it. */
    String awaitNewRun(int known) throws Exception {
        Await.until(() -> name + " to write from run " + (known + 1), EndpointHarness.TIMEOUT, () -> runs().size() > known);
        return runs().get(known);
    }
}
