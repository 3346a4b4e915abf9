package dev.flinkctl.lint;

import java.util.List;
import java.util.Optional;

/**
 * What one of MSF's Flink runtime environments provides to a job jar: the Flink version and the Java version the
 * job's classes must load on.
 *
 * <p>Sources: the runtime ids are the API's {@code RuntimeEnvironment} enum
 * (<a href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_CreateApplication.html">CreateApplication</a>;
 * FLINK-1_6, 1_8 and 1_11 are left out: no new applications since November 2024). Flink 1.x runtimes run Java 11 and
 * FLINK-2_2 runs Java 17: "Flink 2.2 requires Java 17" and "if you run Flink 1.x today, you might be dealing with an
 * aging Java 11 runtime" (<a href=
 * "https://aws.amazon.com/blogs/big-data/migrate-to-apache-flink-2-2-on-amazon-managed-service-for-apache-flink/">
 * AWS Big Data Blog: Migrate to Apache Flink 2.2 on MSF</a>;
 * <a href="https://docs.aws.amazon.com/managed-flink/latest/java/flink-2-2.html">MSF: Apache Flink 2.2</a>).
 * Jars compiled for Java 17 fail on the 1.x runtimes with {@code UnsupportedClassVersionError}
 * (<a href="https://github.com/aws/aws-msk-iam-auth/issues/228">aws-msk-iam-auth#228</a>).
 *
 * @param id           the API's runtime id, e.g. {@code FLINK-1_20}
 * @param flinkVersion the Flink minor version, e.g. {@code 1.20}
 * @param javaVersion  the Java feature version of the runtime's JVM, e.g. {@code 11}
 */
public record RuntimeEnvironment(String id, String flinkVersion, int javaVersion) {

    private static final List<RuntimeEnvironment> KNOWN = List.of(
            new RuntimeEnvironment("FLINK-1_13", "1.13", 11),
            new RuntimeEnvironment("FLINK-1_15", "1.15", 11),
            new RuntimeEnvironment("FLINK-1_18", "1.18", 11),
            new RuntimeEnvironment("FLINK-1_19", "1.19", 11),
            new RuntimeEnvironment("FLINK-1_20", "1.20", 11),
            new RuntimeEnvironment("FLINK-2_2", "2.2", 17));

    /**
     * @param id a runtime id as the API spells it, e.g. {@code FLINK-1_20} (case-insensitive)
     * @return the runtime, or empty if flinkctl does not know it
     */
    public static Optional<RuntimeEnvironment> of(String id) {
        return KNOWN.stream().filter(runtime -> runtime.id.equalsIgnoreCase(id)).findFirst();
    }

    /** @return every runtime {@link #of} knows, oldest first */
    public static List<RuntimeEnvironment> known() {
        return KNOWN;
    }

    /** @return the newest class-file major version the runtime's JVM loads ({@code javaVersion + 44}: 55 on Java 11) */
    public int maxClassFileMajor() {
        return javaVersion + 44;
    }

    /** @return the Flink major version, e.g. 1 for {@code 1.20} */
    int flinkMajor() {
        return Integer.parseInt(flinkVersion.substring(0, flinkVersion.indexOf('.')));
    }

    /** @return the Flink minor version, e.g. 20 for {@code 1.20} */
    int flinkMinor() {
        return Integer.parseInt(flinkVersion.substring(flinkVersion.indexOf('.') + 1));
    }
}
