package dev.flinkctl.local.msf;

import dev.flinkctl.local.msf.testjob.CountingJob;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Jars for the endpoint to run: the test application {@link CountingJob}, and the included fraud-detection job. */
final class TestJars {
    private TestJars() {}

    /** A jar with the test job's classes and a Main-Class; Flink and the connectors come from the endpoint's classpath. */
    static Path countingJob(Path directory) throws IOException, URISyntaxException {
        Path classes = Path.of(CountingJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String packagePath = CountingJob.class.getPackageName().replace('.', '/');
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, CountingJob.class.getName());
        Path jar = directory.resolve("counting-job.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest);
                Stream<Path> walk = Files.walk(classes.resolve(packagePath))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** The included fraud-detection job, built by the job module earlier in the reactor. */
    static Path fraudDetectionJob() {
        Path jar = Path.of(System.getProperty("flinkctl.job.jar", "../job/target/flinkctl-job-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the job jar " + jar + " is missing: build the job module first (mvn -pl job package)");
        }
        return jar;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
