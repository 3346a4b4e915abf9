package dev.flinkctl.lint;

import java.util.List;

/**
 * {@code jar-size}: MSF refuses application jars above 512 MiB
 * (<a href="https://docs.aws.amazon.com/managed-flink/latest/java/limits.html">MSF quotas</a>;
 * <a href="https://docs.aws.amazon.com/managed-flink/latest/java/how-creating-apps.html">"JAR files up to 512 MB"</a>).
 * Half of that already makes every upload and start slow, which usually means Flink or unused dependencies are bundled.
 */
final class JarSizeCheck implements Check {
    static final String CODE = "jar-size";
    /** MSF's limit, in bytes. */
    static final long LIMIT_BYTES = 512L * 1024 * 1024;
    /** The size above which the check warns, in bytes. */
    static final long WARNING_BYTES = LIMIT_BYTES / 2;

    @Override
    public List<Finding> check(JarContents jar, RuntimeEnvironment runtime) {
        return check(jar.sizeBytes());
    }

    static List<Finding> check(long sizeBytes) {
        String fix = "mark Flink's own artifacts <scope>provided</scope> and drop dependencies the job does not use";
        if (sizeBytes > LIMIT_BYTES) {
            return List.of(Finding.error(CODE,
                    "the jar is " + mebibytes(sizeBytes) + " MiB; MSF refuses jars above 512 MiB", fix));
        }
        if (sizeBytes > WARNING_BYTES) {
            return List.of(Finding.warning(CODE, "the jar is " + mebibytes(sizeBytes)
                    + " MiB, more than half of MSF's 512 MiB limit: uploads and starts are slow", fix));
        }
        return List.of();
    }

    private static long mebibytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
