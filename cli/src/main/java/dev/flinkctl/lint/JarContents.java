package dev.flinkctl.lint;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;

/**
 * An open job jar as the checks see it: entry names, the manifest, and entry bytes on demand. Entries are read in
 * the jar's base view: {@code META-INF/versions/N/...} entries are listed under their own names.
 */
final class JarContents implements Closeable {
    /** The prefix of multi-release entries (JEP 238). */
    static final String VERSIONS = "META-INF/versions/";

    private final Path path;
    private final long sizeBytes;
    private final JarFile jar;
    private final Manifest manifest;
    private final Set<String> names;

    private JarContents(Path path, long sizeBytes, JarFile jar, Manifest manifest, Set<String> names) {
        this.path = path;
        this.sizeBytes = sizeBytes;
        this.jar = jar;
        this.manifest = manifest;
        this.names = names;
    }

    /**
     * @throws ZipException if the file is not a zip archive
     * @throws IOException  if it cannot be read
     */
    static JarContents open(Path path) throws IOException {
        long size = Files.size(path);
        // No signature verification: an unsigned view is all the checks need, and it is much faster.
        JarFile jar = new JarFile(path.toFile(), false);
        try {
            Manifest manifest;
            try {
                manifest = jar.getManifest();
            } catch (IOException malformed) {
                manifest = null; // reported by the main-class check as a missing Main-Class
            }
            Set<String> names = new LinkedHashSet<>();
            for (JarEntry entry : Collections.list(jar.entries())) {
                names.add(entry.getName());
            }
            return new JarContents(path, size, jar, manifest, Collections.unmodifiableSet(names));
        } catch (RuntimeException e) {
            jar.close();
            throw e;
        }
    }

    /** @return the jar file */
    Path path() {
        return path;
    }

    /** @return the file's size in bytes */
    long sizeBytes() {
        return sizeBytes;
    }

    /** @return every entry name, in the archive's order */
    Set<String> names() {
        return names;
    }

    /** @return whether the jar has an entry of that name */
    boolean contains(String name) {
        return names.contains(name);
    }

    /** @return the entries ending in {@code .class} (including multi-release ones), in the archive's order */
    List<String> classEntries() {
        List<String> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class")) {
                classes.add(name);
            }
        }
        return classes;
    }

    /** @return a main attribute of the manifest, trimmed, or empty if there is no manifest or no such attribute */
    Optional<String> mainAttribute(Attributes.Name name) {
        if (manifest == null) {
            return Optional.empty();
        }
        String value = manifest.getMainAttributes().getValue(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** @return whether the manifest says {@code Multi-Release: true}: only then is {@code META-INF/versions/} used */
    boolean multiRelease() {
        return mainAttribute(Attributes.Name.MULTI_RELEASE).map("true"::equalsIgnoreCase).orElse(false);
    }

    /** @return up to the first {@code count} bytes of an entry */
    byte[] head(String name, int count) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return in.readNBytes(count);
        }
    }

    /** @return an entry's bytes */
    byte[] read(String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
