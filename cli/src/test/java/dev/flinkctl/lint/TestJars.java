package dev.flinkctl.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds jars for the linter's tests: classes compiled from source for a given Java release, plus any entries. */
final class TestJars {
    private final Path directory;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Manifest manifest = new Manifest();
    private int compilations;

    private TestJars(Path directory) {
        this.directory = directory;
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    }

    /** @param directory a scratch directory (sources, classes and the jar go there) */
    static TestJars in(Path directory) {
        return new TestJars(directory);
    }

    /**
     * Compiles {@code sources} (class name → source) with {@code javac --release release} and adds their class files
     * under {@code prefix} (e.g. {@code META-INF/versions/17/}, or "" for the base). Classes named in {@code omit} are
     * compiled (others may need them) but left out of the jar.
     */
    TestJars compiled(String release, String prefix, Map<String, String> sources, String... omit) throws IOException {
        Path root = directory.resolve("compile-" + compilations++);
        Path src = root.resolve("src");
        Path classes = root.resolve("classes");
        Files.createDirectories(classes);
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            files.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("--release", release, "-d", classes.toString(),
                "-nowarn", "-Xlint:-options"));
        arguments.addAll(files);
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit code").isZero();
        List<String> omitted = List.of(omit);
        try (Stream<Path> walk = Files.walk(classes)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (!omitted.contains(name.replace(".class", "").replace('/', '.'))) {
                    entries.put(prefix + name, Files.readAllBytes(file));
                }
            }
        }
        return this;
    }

    /** Adds an entry with these bytes. */
    TestJars entry(String name, byte[] bytes) {
        entries.put(name, bytes);
        return this;
    }

    /** Adds a text entry. */
    TestJars entry(String name, String text) {
        return entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds {@code META-INF/maven/org.apache.flink/<artifact>/pom.properties}, as Maven writes it. */
    TestJars pomProperties(String artifact, String version) {
        return entry("META-INF/maven/org.apache.flink/" + artifact + "/pom.properties",
                "#Created by Apache Maven\ngroupId=org.apache.flink\nartifactId=" + artifact + "\nversion=" + version + "\n");
    }

    /** Sets a manifest main attribute. */
    TestJars manifest(String name, String value) {
        manifest.getMainAttributes().put(new Attributes.Name(name), value);
        return this;
    }

    /** Writes the jar. */
    Path write(String fileName) throws IOException {
        Path jar = directory.resolve(fileName);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return jar;
    }
}
