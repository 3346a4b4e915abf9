package dev.flinkctl.local.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The runtime properties and checkpoint interval a run request amounts to. */
final class EffectiveProperties {
    /** MSF's default checkpoint interval. */
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    /** For a bounded file run: its output is committed on the final checkpoint, so keep the wait short. */
    static final Duration FILE_RUN_INTERVAL = Duration.ofSeconds(1);

    private EffectiveProperties() {}

    /**
     * The request's property groups, with the {@code Sink} group pointed at {@code partsDir} (type
     * {@code file}) when the request has an output file.
     */
    static List<RunRequest.PropertyGroup> of(RunRequest request, Path partsDir) {
        List<RunRequest.PropertyGroup> groups = new ArrayList<>(request.properties() == null ? List.of() : request.properties());
        if (request.outputFile() != null) {
            Map<String, String> sink = new LinkedHashMap<>();
            groups.stream().filter(g -> g.id().equals("Sink")).forEach(g -> sink.putAll(g.map()));
            sink.put("type", "file");
            sink.put("path", partsDir.toAbsolutePath().toString());
            groups.removeIf(g -> g.id().equals("Sink"));
            groups.add(new RunRequest.PropertyGroup("Sink", sink));
        }
        return groups;
    }

    /** The request's interval, or the default for its kind of source. */
    static Duration checkpointInterval(RunRequest request) {
        if (request.checkpointIntervalMs() != null) {
            return Duration.ofMillis(request.checkpointIntervalMs());
        }
        return "file".equalsIgnoreCase(request.property("Source", "type")) ? FILE_RUN_INTERVAL : DEFAULT_INTERVAL;
    }
}
