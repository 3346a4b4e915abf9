package dev.flinkctl.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code flink-shaded}: Flink's own runtime classes bundled into the job jar. MSF provides Flink; a second copy
 * (often of another version) breaks class loading in ways that show up only at start or restore, and bloats the jar
 * (<a href="https://docs.aws.amazon.com/managed-flink/latest/java/best-practices.html">MSF best practices</a>: keep
 * Flink dependencies {@code provided}).
 *
 * <p>Only packages of Flink's core artifacts count (flink-core, flink-java, flink-runtime, flink-streaming-java,
 * flink-clients). Connectors must be bundled: {@code org/apache/flink/connector/}, {@code
 * org/apache/flink/streaming/connectors/}, the connectors' relocated dependencies ({@code org/apache/flink/kinesis/
 * shaded/}...) and formats ({@code org/apache/flink/formats/}) never match.
 */
final class FlinkClassesCheck implements Check {
    static final String CODE = "flink-shaded";

    /** Package prefix → the artifact that provides it on MSF. */
    private static final Map<String, String> PROVIDED = new LinkedHashMap<>();

    static {
        PROVIDED.put("org/apache/flink/streaming/api/", "flink-streaming-java");
        PROVIDED.put("org/apache/flink/streaming/runtime/", "flink-streaming-java");
        PROVIDED.put("org/apache/flink/streaming/util/", "flink-streaming-java");
        PROVIDED.put("org/apache/flink/runtime/", "flink-runtime");
        PROVIDED.put("org/apache/flink/client/", "flink-clients");
        PROVIDED.put("org/apache/flink/api/", "flink-core");
        PROVIDED.put("org/apache/flink/configuration/", "flink-core");
        PROVIDED.put("org/apache/flink/core/", "flink-core");
        PROVIDED.put("org/apache/flink/types/", "flink-core");
        PROVIDED.put("org/apache/flink/util/", "flink-core");
    }

    /** Shown as the example when present: the class everyone recognises. */
    private static final String EXAMPLE =
            "org/apache/flink/streaming/api/environment/StreamExecutionEnvironment.class";

    @Override
    public List<Finding> check(JarContents jar, RuntimeEnvironment runtime) {
        List<String> bundled = new ArrayList<>();
        List<String> artifacts = new ArrayList<>();
        for (String name : jar.classEntries()) {
            String artifact = artifact(name);
            if (artifact != null) {
                bundled.add(name);
                if (!artifacts.contains(artifact)) {
                    artifacts.add(artifact);
                }
            }
        }
        if (bundled.isEmpty()) {
            return List.of();
        }
        String example = jar.contains(EXAMPLE) ? EXAMPLE : bundled.get(0);
        return List.of(Finding.error(CODE, String.format(
                "%d of Flink's own classes are bundled (from %s), e.g. %s; %s provides them",
                bundled.size(), String.join(", ", artifacts), example, runtime.id()),
                "mark " + String.join(", ", artifacts) + " (and every other Flink artifact that is not a connector) "
                        + "as <scope>provided</scope>"));
    }

    private static String artifact(String name) {
        String base = name.startsWith(JarContents.VERSIONS)
                ? name.substring(name.indexOf('/', JarContents.VERSIONS.length()) + 1)
                : name;
        for (Map.Entry<String, String> provided : PROVIDED.entrySet()) {
            if (base.startsWith(provided.getKey())) {
                return provided.getValue();
            }
        }
        return null;
    }
}
