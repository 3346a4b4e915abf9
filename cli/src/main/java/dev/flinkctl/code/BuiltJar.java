package dev.flinkctl.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A job jar ready to lint and upload. The digest names the jar's S3 key, so an unchanged jar is never uploaded twice
 * and a changed one always gets a new key (MSF does not reload code from an overwritten key).
 *
 * @param path      the jar file, absolute
 * @param sha256    the SHA-256 of the file's bytes, lowercase hex (64 characters)
 * @param sizeBytes the file's size in bytes
 * @param mainClass the manifest's {@code Main-Class}, or null when there is none (or the file is not a jar)
 */
public record BuiltJar(Path path, String sha256, long sizeBytes, String mainClass) {

    /**
     * Reads {@code jar} once for its digest and size, and its manifest for the main class.
     *
     * @param jar an existing file
     * @return the jar's description
     * @throws UncheckedIOException if the file cannot be read
     */
    public static BuiltJar of(Path jar) {
        Path absolute = jar.toAbsolutePath().normalize();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(absolute), sha256)) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            return new BuiltJar(absolute, HexFormat.of().formatHex(sha256.digest()), size, mainClass(absolute));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + absolute + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String mainClass(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            return value == null || value.isBlank() ? null : value.trim();
        } catch (IOException notAJar) {
            return null; // the linter reports it as not-a-jar
        }
    }
}
