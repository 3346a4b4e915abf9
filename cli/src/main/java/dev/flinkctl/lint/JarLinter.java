package dev.flinkctl.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Checks a job jar against what an MSF runtime needs before anything is uploaded, so a bad jar fails in seconds
 * rather than in a 5-10 minute failed deploy. Each check has a stable code:
 *
 * <ul>
 *   <li>{@code class-version} (ERROR): classes compiled for a newer Java than the runtime's;</li>
 *   <li>{@code flink-shaded} (ERROR): Flink's own runtime classes bundled;</li>
 *   <li>{@code config-properties} (WARNING): a root {@code config.properties} shadowing the MSF runtime's;</li>
 *   <li>{@code main-class} (ERROR): no usable {@code Main-Class};</li>
 *   <li>{@code connector-version} (INFO/WARNING/ERROR): connectors built for another Flink version;</li>
 *   <li>{@code jar-size} (WARNING above 256 MiB, ERROR above MSF's 512 MiB);</li>
 *   <li>{@code services-transformer} (WARNING): unmerged table factory services file;</li>
 *   <li>{@code operator-uid} (WARNING): stateful operators without a uid, with an {@link OperatorUidCheck}.</li>
 * </ul>
 *
 * A jar that is not a zip archive gets the single ERROR {@code not-a-jar}.
 */
public final class JarLinter {
    /** The code of the finding for a file that is not a jar. */
    public static final String NOT_A_JAR = "not-a-jar";

    private static final List<Check> CHECKS = List.of(
            new ClassVersionCheck(),
            new FlinkClassesCheck(),
            new ConfigPropertiesCheck(),
            new MainClassCheck(),
            new ConnectorVersionCheck(),
            new JarSizeCheck(),
            new ServicesCheck());

    private final OperatorUidCheck operatorUids;

    /** A linter of the jar alone: checks 1-7, no operator-uid check (it needs flinkctl's embedded Flink). */
    public JarLinter() {
        this(null);
    }

    /**
     * A linter that also builds the job graph to find stateful operators without a uid.
     *
     * @param operatorUids the operator-uid check, or null to skip it
     */
    public JarLinter(OperatorUidCheck operatorUids) {
        this.operatorUids = operatorUids;
    }

    /**
     * Lints {@code jar} for {@code runtime}.
     *
     * @param jar     the job jar
     * @param runtime the MSF runtime the application uses
     * @return the findings, errors first, then warnings, then infos; empty when the jar is clean
     * @throws UncheckedIOException if the jar cannot be read (missing, unreadable, a directory); a file that is not a
     *                              jar is one ERROR finding {@value #NOT_A_JAR} instead
     */
    public List<Finding> lint(Path jar, RuntimeEnvironment runtime) {
        List<Finding> findings = new ArrayList<>();
        try (JarContents contents = JarContents.open(jar)) {
            for (Check check : CHECKS) {
                findings.addAll(check.check(contents, runtime));
            }
        } catch (ZipException e) {
            return List.of(Finding.error(NOT_A_JAR, jar + " is not a jar (" + e.getMessage() + ")",
                    "pass the job's jar file, e.g. target/<artifact>-<version>.jar"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar + ": " + e.getMessage(), e);
        }
        // Without a runnable main class the job graph cannot be built; main-class already says why.
        boolean runnable = findings.stream().noneMatch(f -> f.code().equals(MainClassCheck.CODE));
        if (operatorUids != null && runnable) {
            findings.addAll(operatorUids.check(jar, null, null));
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(findings);
    }
}
