package dev.flinkctl.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.JarFile;

/**
 * A built job jar.
 *
 * @param path      the jar file
 * @param sha256    the SHA-256 of its bytes, lowercase hex
 * @param sizeBytes its size in bytes
 * @param mainClass the manifest's Main-Class, or null
 */
public record BuiltJar(Path path, String sha256, long sizeBytes, String mainClass) {

    /**
     * @param jar the jar file
     * @return its digest, size and main class
     * @throws UncheckedIOException if it cannot be read
     */
    public static BuiltJar of(Path jar) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(jar), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            String sha = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            String main;
            try (JarFile file = new JarFile(jar.toFile())) {
                main = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Main-Class");
            } catch (IOException notAJar) {
                main = null;
            }
            return new BuiltJar(jar, sha, Files.size(jar), main);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
