package dev.flinkctl.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code services-transformer}: without the shade plugin's {@code ServicesResourceTransformer}, each
 * {@code META-INF/services/} file of the last (or first) dependency wins and the others' lines are lost; Flink SQL
 * then reports "Could not find any factory for identifier ..." at start
 * (<a href="https://docs.aws.amazon.com/managed-flink/latest/java/best-practices.html">MSF best practices</a>).
 *
 * <p>Detected for the one services file where a loss is visible in the jar itself: every concrete class in the jar
 * that implements one of Flink's table {@code Factory} interfaces must be listed in
 * {@code META-INF/services/org.apache.flink.table.factories.Factory}. To stay cheap and free of false alarms, only
 * classes named {@code *Factory} are examined, and a class counts as a factory only when its supertypes lead, within
 * the jar, to one of the interfaces below; a supertype outside the jar that is not one of them ends the search.
 * Other services files are not checked: their interfaces are not known here, and libraries legitimately leave
 * implementations unregistered.
 */
final class ServicesCheck implements Check {
    static final String CODE = "services-transformer";
    static final String FACTORY_SERVICE = "META-INF/services/org.apache.flink.table.factories.Factory";

    /** Flink's factory interfaces (and connector-base's sink factory) that SPI discovery goes through. */
    private static final Set<String> FACTORY_TYPES = Set.of(
            "org/apache/flink/table/factories/Factory",
            "org/apache/flink/table/factories/DynamicTableFactory",
            "org/apache/flink/table/factories/DynamicTableSourceFactory",
            "org/apache/flink/table/factories/DynamicTableSinkFactory",
            "org/apache/flink/table/factories/FormatFactory",
            "org/apache/flink/table/factories/DecodingFormatFactory",
            "org/apache/flink/table/factories/EncodingFormatFactory",
            "org/apache/flink/table/factories/DeserializationFormatFactory",
            "org/apache/flink/table/factories/SerializationFormatFactory",
            "org/apache/flink/table/factories/BulkReaderFormatFactory",
            "org/apache/flink/table/factories/BulkWriterFormatFactory",
            "org/apache/flink/table/factories/CatalogFactory",
            "org/apache/flink/table/factories/ModuleFactory",
            "org/apache/flink/connector/base/table/AsyncDynamicTableSinkFactory");

    @Override
    public List<Finding> check(JarContents jar, RuntimeEnvironment runtime) throws IOException {
        Map<String, Boolean> known = new HashMap<>();
        List<String> factories = new ArrayList<>();
        for (String entry : jar.classEntries()) {
            String simpleName = entry.substring(entry.lastIndexOf('/') + 1);
            if (entry.startsWith("META-INF/") || !simpleName.endsWith("Factory.class")) {
                continue;
            }
            ClassFile type = parse(jar, entry);
            if (type != null && type.isConcrete() && isFactory(jar, type, known, new HashSet<>())) {
                factories.add(type.name().replace('/', '.'));
            }
        }
        if (factories.isEmpty()) {
            return List.of();
        }
        Set<String> listed = jar.contains(FACTORY_SERVICE) ? listed(jar.read(FACTORY_SERVICE)) : Set.of();
        List<String> missing = factories.stream().filter(f -> !listed.contains(f)).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of(Finding.warning(CODE, String.format(
                "%d table %s not listed in %s, e.g. %s: the jar's services files were not merged, so Flink cannot "
                        + "find %s", missing.size(), missing.size() == 1 ? "factory is" : "factories are",
                FACTORY_SERVICE, missing.get(0), missing.size() == 1 ? "it" : "them"),
                "add <transformer implementation=\"org.apache.maven.plugins.shade.resource."
                        + "ServicesResourceTransformer\"/> to the maven-shade-plugin's <transformers>"));
    }

    private static boolean isFactory(JarContents jar, ClassFile type, Map<String, Boolean> known, Set<String> visiting)
            throws IOException {
        Boolean cached = known.get(type.name());
        if (cached != null) {
            return cached;
        }
        if (!visiting.add(type.name())) {
            return false; // a cycle: malformed, not a factory
        }
        List<String> supertypes = new ArrayList<>(type.interfaces());
        if (type.superName() != null) {
            supertypes.add(type.superName());
        }
        boolean factory = false;
        for (String supertype : supertypes) {
            if (FACTORY_TYPES.contains(supertype)) {
                factory = true;
            } else if (jar.contains(supertype + ".class")) {
                ClassFile parent = parse(jar, supertype + ".class");
                factory = parent != null && isFactory(jar, parent, known, visiting);
            }
            if (factory) {
                break;
            }
        }
        known.put(type.name(), factory);
        return factory;
    }

    private static ClassFile parse(JarContents jar, String entry) throws IOException {
        try {
            return ClassFile.parse(jar.read(entry));
        } catch (IllegalArgumentException notAClass) {
            return null;
        }
    }

    /** The class names a services file lists: one per line, {@code #} starts a comment. */
    static Set<String> listed(byte[] servicesFile) {
        Set<String> names = new HashSet<>();
        for (String line : new String(servicesFile, StandardCharsets.UTF_8).split("\\R")) {
            int comment = line.indexOf('#');
            String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
