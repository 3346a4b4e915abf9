package dev.flinkctl.run;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** Checks a job jar before a run, so a wrong path fails in the CLI with a clear message rather than in Flink. */
public final class JobJar {

    private JobJar() {
    }

    /**
     * Checks that {@code jar} is a readable jar and that the job's main class is known.
     *
     * @param jar       the job jar
     * @param mainClass the {@code --class} value, or null to require a {@code Main-Class} in the jar's manifest
     * @return {@code jar} as an absolute, normalized path
     * @throws FlinkctlException with {@link ExitCodes#USAGE} if the jar is missing or not a jar, or has no
     *                           {@code Main-Class} while {@code mainClass} is null
     */
    public static Path require(Path jar, String mainClass) {
        Path absolute = jar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new FlinkctlException(ExitCodes.USAGE, "job jar not found: " + absolute
                    + ": pass the path of a Flink job jar, or omit it to run the included job");
        }
        try (JarFile file = new JarFile(absolute.toFile())) {
            Manifest manifest = file.getManifest();
            String declared = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            if (mainClass == null && (declared == null || declared.isBlank())) {
                throw new FlinkctlException(ExitCodes.USAGE, absolute
                        + " has no Main-Class in its manifest: pass --class with the job's main class");
            }
        } catch (IOException e) {
            throw new FlinkctlException(ExitCodes.USAGE, "cannot open " + absolute + " as a jar (" + e.getMessage()
                    + "): pass the path of a Flink job jar", e);
        }
        return absolute;
    }
}
