package dev.flinkctl.lint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code connector-version}: Flink connectors bundled for another Flink version than the runtime's, read from their
 * {@code META-INF/maven/org.apache.flink/<artifact>/pom.properties}. A connector's target Flink version is the suffix
 * of an externalized connector's version ({@code 4.3.0-1.19} → 1.19) or the major.minor of an old in-tree one
 * ({@code 1.15.4} → 1.15).
 *
 * <ul>
 *   <li>same minor as the runtime: fine;</li>
 *   <li>one minor older (same major), or {@code 2.0} on a 2.x runtime: INFO. Externalized connectors are released
 *       for a Flink minor and run on the next one (flink-connector-kinesis 4.3.0-1.19 is what this project runs on
 *       1.20), and Flink 2 connectors are built against 2.0 (AWS connectors 6.0.0 are the ones for MSF's Flink 2.2,
 *       <a href="https://docs.aws.amazon.com/managed-flink/latest/java/flink-2-2.html">MSF: Apache Flink 2.2</a>);</li>
 *   <li>anything else: WARNING;</li>
 *   <li>flink-connector-kinesis before 1.15.2 on runtime 1.15 or later: ERROR, because MSF rejects the create or
 *       update call with "An unsupported Kinesis connector version has been detected in the application"
 *       (<a href=
 *       "https://docs.aws.amazon.com/managed-flink/latest/java/troubleshooting-unsupported-kinesis-connectors.html">
 *       MSF: applications with unsupported Kinesis connectors</a>;
 *       aws-samples/amazon-kinesis-analytics-streaming-etl#25).</li>
 * </ul>
 *
 * Flink's own connector jars on Maven Central carry no {@code pom.properties}: only jars whose build keeps them
 * (other build tools, or connectors built in-house) can be checked.
 */
final class ConnectorVersionCheck implements Check {
    static final String CODE = "connector-version";

    private static final Pattern POM_PROPERTIES =
            Pattern.compile("META-INF/maven/org\\.apache\\.flink/([^/]+)/pom\\.properties");
    /** {@code 4.3.0-1.19}, {@code 3.2.0-1.19}, {@code 6.0.0-2.0}: connector version, then the Flink version. */
    private static final Pattern EXTERNALIZED = Pattern.compile("\\d+\\.\\d+(?:\\.\\d+)*-(\\d+)\\.(\\d+)");
    /** {@code 1.15.4}, {@code 1.13.2}: released with Flink itself. */
    private static final Pattern IN_TREE = Pattern.compile("(1)\\.(\\d+)(?:\\.(\\d+))?");
    /** Scala-suffixed artifacts of old in-tree connectors, e.g. {@code flink-connector-kinesis_2.12}. */
    private static final Pattern SCALA_SUFFIX = Pattern.compile("_2\\.1[0-3]$");
    private static final String KINESIS = "flink-connector-kinesis";

    @Override
    public List<Finding> check(JarContents jar, RuntimeEnvironment runtime) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (String name : jar.names()) {
            Matcher entry = POM_PROPERTIES.matcher(name);
            if (!entry.matches()) {
                continue;
            }
            Properties pom = new Properties();
            pom.load(new ByteArrayInputStream(jar.read(name)));
            String artifact = SCALA_SUFFIX.matcher(pom.getProperty("artifactId", entry.group(1))).replaceFirst("");
            String version = pom.getProperty("version", "").trim();
            if (artifact.startsWith("flink-connector-") || artifact.startsWith("flink-sql-connector-")) {
                Finding finding = check(artifact, version, runtime);
                if (finding != null) {
                    findings.add(finding);
                }
            }
        }
        return findings;
    }

    /** @return the finding for one bundled connector, or null when it matches the runtime */
    static Finding check(String artifact, String version, RuntimeEnvironment runtime) {
        int major;
        int minor;
        Matcher externalized = EXTERNALIZED.matcher(version);
        Matcher inTree = IN_TREE.matcher(version);
        boolean kinesis = artifact.equals(KINESIS) || artifact.equals("flink-sql-connector-kinesis");
        if (externalized.matches()) {
            major = Integer.parseInt(externalized.group(1));
            minor = Integer.parseInt(externalized.group(2));
        } else if (inTree.matches()) {
            major = 1;
            minor = Integer.parseInt(inTree.group(2));
            int patch = inTree.group(3) == null ? 0 : Integer.parseInt(inTree.group(3));
            if (kinesis && (minor < 15 || minor == 15 && patch < 2) && runtime.flinkMajor() == 1
                    && runtime.flinkMinor() >= 15) {
                return Finding.error(CODE, artifact + " " + version + " is older than 1.15.2: MSF rejects the "
                                + "application with \"An unsupported Kinesis connector version has been detected\"",
                        "update " + KINESIS + " to 1.15.2 or later (4.x, e.g. 4.3.0-1.19, for Flink 1.16 and later)");
            }
        } else {
            return null; // SNAPSHOTs and unknown schemes: nothing to compare
        }
        String target = major + "." + minor;
        if (major == runtime.flinkMajor() && minor == runtime.flinkMinor()) {
            return null;
        }
        String built = artifact + " " + version + " is built for Flink " + target;
        if (major == runtime.flinkMajor() && (minor == runtime.flinkMinor() - 1 || major >= 2 && minor == 0
                && minor < runtime.flinkMinor())) {
            return Finding.info(CODE, built + " and runs on " + runtime.id() + " (Flink " + runtime.flinkVersion()
                            + "): connectors are released for a Flink minor and run on the next ones",
                    "nothing to do; prefer a release for Flink " + runtime.flinkVersion() + " when there is one");
        }
        String fix;
        if (kinesis && !externalized.matches()) {
            fix = "use " + KINESIS + " 4.x (e.g. 4.3.0-1.19) instead of the in-tree connector";
        } else if (runtime.flinkMajor() >= 2) {
            fix = "use a " + artifact + " release built for Flink " + runtime.flinkMajor() + ".x";
        } else {
            fix = "use the " + artifact + " release for Flink " + runtime.flinkVersion() + " (or "
                    + runtime.flinkMajor() + "." + (runtime.flinkMinor() - 1) + ")";
        }
        return Finding.warning(CODE, built + ", but " + runtime.id() + " runs Flink " + runtime.flinkVersion(), fix);
    }
}
