package dev.flinkctl.spec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which job the application runs and where its jar goes in S3.
 *
 * @param jar      a jar file (absolute), or null
 * @param maven    a Maven project directory (absolute) that flinkctl builds with {@code mvn package}, or null
 * @param artifact with {@code maven}: a glob for the built jar, relative to the project; null lets the builder choose
 * @param bucket   S3 bucket for the jar, or null for the target's bucket
 * @param prefix   S3 key prefix, {@code flinkctl/} by default
 */
public record CodeSpec(Path jar, Path maven, String artifact, String bucket, String prefix) {

    /** The S3 key prefix when the spec sets none. */
    static final String DEFAULT_PREFIX = "flinkctl/";

    /** Where the job comes from. */
    public enum Kind {
        /** The fraud-detection job that ships with flinkctl. */
        INCLUDED,
        /** A jar file. */
        JAR,
        /** A Maven project that flinkctl builds. */
        MAVEN
    }

    /** @throws NullPointerException when the prefix is null */
    public CodeSpec {
        Objects.requireNonNull(prefix, "prefix");
    }

    /** @return the included job, the target's bucket and the default prefix */
    static CodeSpec included() {
        return new CodeSpec(null, null, null, null, DEFAULT_PREFIX);
    }

    /** @return JAR or MAVEN when the spec names one, else INCLUDED */
    public Kind kind() {
        if (jar != null) {
            return Kind.JAR;
        }
        return maven != null ? Kind.MAVEN : Kind.INCLUDED;
    }
}
