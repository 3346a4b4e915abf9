package dev.flinkctl.lint;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;

/**
 * {@code main-class}: MSF starts the job from the jar manifest's {@code Main-Class}, so it must be there, name a
 * class in the jar, and that class must have {@code public static void main(String[])}: declared, or inherited from
 * a superclass in the jar (Flink finds it with {@code Class.getMethod}, which sees inherited public static methods).
 */
final class MainClassCheck implements Check {
    static final String CODE = "main-class";

    private static final String SHADE_FIX = "set <mainClass> in the maven-shade-plugin's ManifestResourceTransformer";

    @Override
    public List<Finding> check(JarContents jar, RuntimeEnvironment runtime) throws IOException {
        Optional<String> mainClass = jar.mainAttribute(Attributes.Name.MAIN_CLASS);
        if (mainClass.isEmpty()) {
            return List.of(Finding.error(CODE, "the jar's manifest has no Main-Class, so MSF does not know what to run",
                    SHADE_FIX + " to the job's entry class"));
        }
        String name = mainClass.get();
        String entry = entryName(name);
        if (!jar.contains(entry)) {
            return List.of(Finding.error(CODE,
                    "the manifest's Main-Class " + name + " is not in the jar (no " + entry + ")",
                    SHADE_FIX + " to a class in the jar, spelled package.ClassName"));
        }
        Set<String> seen = new HashSet<>();
        for (String current = entry; current != null && jar.contains(current) && seen.add(current); ) {
            ClassFile type;
            try {
                type = ClassFile.parse(jar.read(current));
            } catch (IllegalArgumentException e) {
                return List.of(Finding.error(CODE, "the manifest's Main-Class " + name + " cannot be read: " + current
                        + " is not a valid class file", "rebuild the jar"));
            }
            if (type.declaresMain()) {
                return List.of();
            }
            current = type.superName() == null ? null : type.superName() + ".class";
        }
        return List.of(Finding.error(CODE, "the manifest's Main-Class " + name
                        + " has no public static void main(String[])",
                "add public static void main(String[] args) to " + name + ", or " + SHADE_FIX
                        + " to the class that has it"));
    }

    /** {@code com.example.Job} → {@code com/example/Job.class} (nested classes keep their {@code $}). */
    private static String entryName(String className) {
        return className.replace('.', '/') + ".class";
    }
}
