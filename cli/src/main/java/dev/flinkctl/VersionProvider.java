package dev.flinkctl;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Supplies {@code flinkctl --version}: the jar manifest's {@code Implementation-Version}, or, when running from
 * classes (tests, IDE), the build-filtered {@code dev/flinkctl/version.properties}.
 */
public final class VersionProvider implements IVersionProvider {

    /**
     * @param args the command-line arguments
     * @return true if they are exactly {@code --version} or {@code -V}, which {@link #print} answers as picocli would
     */
    public static boolean isVersionRequest(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** Prints the version lines exactly as picocli's {@code --version} does, one per line. */
    public static void print(PrintWriter out) {
        for (String line : new VersionProvider().getVersion()) {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "flinkctl " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /**
     * @return this build's version, e.g. {@code 0.1.0-SNAPSHOT}
     * @throws UncheckedIOException if neither the manifest nor the resource has it (a broken build)
     */
    public static String version() {
        String fromManifest = Flinkctl.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IOException("dev/flinkctl/version.properties is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the flinkctl version", e);
        }
    }
}
