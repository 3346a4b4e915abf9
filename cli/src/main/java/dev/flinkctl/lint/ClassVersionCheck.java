package dev.flinkctl.lint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code class-version}: classes compiled for a newer Java than the runtime's fail with
 * {@code UnsupportedClassVersionError} when loaded (aws-msk-iam-auth#228: a dependency built for Java 17 on MSF's
 * Java 11). Only classes the runtime's JVM can load count:
 *
 * <ul>
 *   <li>{@code module-info.class} never loads from a class path, so it is skipped everywhere;</li>
 *   <li>in a jar without {@code Multi-Release: true}, nothing under {@code META-INF/versions/} is ever loaded;</li>
 *   <li>in a multi-release jar, a class under {@code META-INF/versions/N/} loads on Java N and later, in place of the
 *       base entry (and of those of lower N), so on Java J the entry of the highest N &le; J counts. A class only
 *       under versions above J does not exist on the runtime: a WARNING, as it is fine only if nothing on Java J
 *       uses it.</li>
 * </ul>
 */
final class ClassVersionCheck implements Check {
    static final String CODE = "class-version";

    private static final String FIX = "compile with --release %d (maven.compiler.release) and use dependencies "
            + "built for Java %d or older";

    @Override
    public List<Finding> check(JarContents jar, RuntimeEnvironment runtime) throws IOException {
        int java = runtime.javaVersion();
        boolean multiRelease = jar.multiRelease();
        Set<String> names = jar.names();
        List<String> tooNew = new ArrayList<>();
        List<String> versionOnly = new ArrayList<>();
        int newest = 0;
        for (String name : jar.classEntries()) {
            if (name.endsWith("module-info.class")) {
                continue;
            }
            Versioned entry = Versioned.of(name);
            if (entry.version > 0 && (!multiRelease || entry.version < 9)) {
                continue; // never loaded: the jar is not multi-release, or N is below 9 (JEP 238 starts at 9)
            }
            if (entry.version > java) {
                if (!names.contains(entry.base) && loadedVersion(names, entry.base, java) == 0) {
                    versionOnly.add(name);
                }
                continue;
            }
            if (multiRelease && loadedVersion(names, entry.base, java) > entry.version) {
                continue; // replaced on this runtime by an entry under a higher META-INF/versions/N
            }
            int major = ClassFile.majorVersion(jar.head(name, 8));
            if (major > runtime.maxClassFileMajor()) {
                tooNew.add(name);
                newest = Math.max(newest, major);
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (!tooNew.isEmpty()) {
            findings.add(Finding.error(CODE, String.format(
                    "classes compiled for Java %d (class file %d), but %s runs Java %d: %d %s, e.g. %s",
                    newest - 44, newest, runtime.id(), java, tooNew.size(), tooNew.size() == 1 ? "class" : "classes",
                    example(tooNew, jar, newest)), String.format(FIX, java, java)));
        }
        if (!versionOnly.isEmpty()) {
            findings.add(Finding.warning(CODE, String.format(
                    "%d %s of this multi-release jar %s only for Java versions above %s's Java %d, e.g. %s",
                    versionOnly.size(), versionOnly.size() == 1 ? "class" : "classes",
                    versionOnly.size() == 1 ? "exists" : "exist", runtime.id(), java,
                    versionOnly.get(0)), String.format(FIX, java, java)));
        }
        return findings;
    }

    /** Prefers an application class (outside META-INF) of the newest version as the example. */
    private static String example(List<String> classes, JarContents jar, int newest) throws IOException {
        String fallback = null;
        for (String name : classes) {
            if (ClassFile.majorVersion(jar.head(name, 8)) == newest) {
                if (!name.startsWith(JarContents.VERSIONS)) {
                    return name;
                }
                fallback = fallback == null ? name : fallback;
            }
        }
        return fallback == null ? classes.get(0) : fallback;
    }

    /** @return the highest N &le; {@code java} with a {@code META-INF/versions/N/<base>} entry, or 0 for none */
    private static int loadedVersion(Set<String> names, String base, int java) {
        for (int n = java; n >= 9; n--) {
            if (names.contains(JarContents.VERSIONS + n + "/" + base)) {
                return n;
            }
        }
        return 0;
    }

    /**
     * An entry's multi-release version and its base name.
     *
     * @param version N for {@code META-INF/versions/N/...}, 0 for a base entry (and for malformed version names)
     * @param base    the name without the {@code META-INF/versions/N/} prefix
     */
    private record Versioned(int version, String base) {
        static Versioned of(String name) {
            if (!name.startsWith(JarContents.VERSIONS)) {
                return new Versioned(0, name);
            }
            String rest = name.substring(JarContents.VERSIONS.length());
            int slash = rest.indexOf('/');
            try {
                int version = Integer.parseInt(rest.substring(0, Math.max(slash, 0)));
                return new Versioned(version, rest.substring(slash + 1));
            } catch (NumberFormatException e) {
                return new Versioned(0, name); // not a version directory: the JVM treats it as an ordinary entry
            }
        }
    }
}
