package dev.flinkctl.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds an installation home (lib/flinkctl) with the layout {@link Installation} checks, without Flink in it. */
public final class FakeInstallation {
    /** The Main-Class of the fake included job. */
    public static final String JOB_MAIN = "dev.flinkctl.job.FraudDetectionJob";

    private FakeInstallation() {
    }

    /** Creates local/, conf/local.jvm-options and job/flinkctl-job.jar under {@code home}. */
    public static Path create(Path home) throws IOException {
        Files.createDirectories(home.resolve("local"));
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf").resolve("local.jvm-options"), "--add-opens=java.base/java.util=ALL-UNNAMED\n");
        jar(home.resolve("job").resolve("flinkctl-job.jar"), JOB_MAIN);
        return home;
    }

    /** Writes an empty jar whose manifest names {@code mainClass} (none if null). */
    public static Path jar(Path file, String mainClass) throws IOException {
        Files.createDirectories(file.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (mainClass != null) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }
}
