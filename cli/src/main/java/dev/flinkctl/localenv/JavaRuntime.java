package dev.flinkctl.localenv;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.nio.file.Path;

/**
 * The Java that runs the local endpoint: the one running flinkctl (as for {@code flinkctl run}), found at
 * {@code java.home}.
 *
 * @param executable     its {@code bin/java}
 * @param featureVersion its feature version (8, 11, 17, 21, ...) from {@code java.specification.version}
 */
public record JavaRuntime(Path executable, int featureVersion) {
    /** The oldest Java the local endpoint (Flink 1.20 with its JDK 17 options) runs on. */
    public static final int MINIMUM = 17;

    /** @return the Java running this JVM */
    public static JavaRuntime current() {
        return new JavaRuntime(Path.of(System.getProperty("java.home"), "bin", "java"),
                featureVersion(System.getProperty("java.specification.version")));
    }

    /**
     * @param specificationVersion e.g. {@code 17} or {@code 1.8}
     * @return the feature version, e.g. 17 or 8; 0 if it cannot be read
     */
    static int featureVersion(String specificationVersion) {
        String version = specificationVersion == null ? "" : specificationVersion.strip();
        if (version.startsWith("1.")) {
            version = version.substring(2);
        }
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
    }

    /**
     * @return this runtime
     * @throws FlinkctlException with {@link ExitCodes#FAILED} if it is older than {@link #MINIMUM}
     */
    public JavaRuntime requireMinimum() {
        if (featureVersion < MINIMUM) {
            throw new FlinkctlException(ExitCodes.FAILED, "the local endpoint needs Java " + MINIMUM
                    + " or newer, but " + executable + " is Java " + featureVersion
                    + ": install a JDK " + MINIMUM + "+ and put it on PATH or set JAVA_HOME");
        }
        return this;
    }
}
