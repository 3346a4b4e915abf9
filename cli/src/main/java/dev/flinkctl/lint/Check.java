package dev.flinkctl.lint;

import java.io.IOException;
import java.util.List;

/** One of {@link JarLinter}'s checks: reads the jar, returns its findings (none when all is well). */
interface Check {

    /**
     * @param jar     the open jar
     * @param runtime the MSF runtime the jar is meant for
     * @return the findings, possibly none
     * @throws IOException if an entry cannot be read
     */
    List<Finding> check(JarContents jar, RuntimeEnvironment runtime) throws IOException;
}
