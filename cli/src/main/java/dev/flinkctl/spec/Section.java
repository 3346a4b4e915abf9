package dev.flinkctl.spec;

import com.fasterxml.jackson.core.JsonToken;
import dev.flinkctl.spec.SpecNode.Location;
import dev.flinkctl.spec.SpecNode.Mapping;
import dev.flinkctl.spec.SpecNode.Null;
import dev.flinkctl.spec.SpecNode.Scalar;
import dev.flinkctl.spec.SpecNode.Sequence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One mapping of a spec file with a fixed set of keys, read with typed getters. Every getter reports a problem as
 * a {@link SpecError} at the value's location and names the value by its path ({@code scaling.parallelism}).
 * An explicit null ({@code key:} with no value) counts as absent, so the default applies.
 */
final class Section {
    private static final int MAX_SUGGESTION_DISTANCE = 3;

    private final String path;
    private final Mapping mapping;

    private Section(String path, Mapping mapping) {
        this.path = path;
        this.mapping = mapping;
    }

    /**
     * @param path  the mapping's path in the document, "" for the root
     * @param node  the node that must be a mapping
     * @param known the keys it may have, in the order error messages list them
     * @throws SpecError when the node is no mapping or has a key not in {@code known}
     */
    static Section of(String path, SpecNode node, List<String> known) {
        if (!(node instanceof Mapping mapping)) {
            throw path.isEmpty()
                    ? new SpecError(node.location(), "a spec file is a mapping of keys (name: ...), not "
                            + describe(node))
                    : wrongType(path, node, "a mapping");
        }
        for (SpecNode.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                throw new SpecError(entry.keyLocation(), unknownKey(path, entry.key(), known));
            }
        }
        return new Section(path, mapping);
    }

    /** @return the error for a node of the wrong type: {@code PATH must be KIND, not 'VALUE'} */
    static SpecError wrongType(String path, SpecNode node, String kind) {
        return new SpecError(node.location(), path + " must be " + kind + ", not " + describe(node));
    }

    private static String describe(SpecNode node) {
        if (node instanceof Scalar scalar) {
            return "'" + scalar.text() + "'";
        }
        if (node instanceof Mapping) {
            return "a mapping";
        }
        return node instanceof Sequence ? "a list" : "empty";
    }

    private static String unknownKey(String path, String key, List<String> known) {
        String where = path.isEmpty() ? "unknown top-level key '" + key + "'" : "unknown key '" + key + "' in " + path;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A distance as long as the key itself means nothing of it matched: suggesting then would only confuse.
        String suggestion = bestDistance <= MAX_SUGGESTION_DISTANCE && bestDistance < key.length()
                ? ": did you mean '" + best + "'?" : "";
        return where + suggestion + " (known: " + String.join(", ", known) + ")";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** @return where the mapping starts */
    Location location() {
        return mapping.location();
    }

    /** @return the mapping's path in the document, "" for the root */
    String path() {
        return path;
    }

    /** @return {@code key}'s path in the document, e.g. {@code scaling.parallelism} */
    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** @return the value of {@code key}, or null when it is absent or null */
    SpecNode node(String key) {
        SpecNode.Entry entry = mapping.entries().get(key);
        return entry == null || entry.value() instanceof Null ? null : entry.value();
    }

    /** @return where {@code key}'s value is, or where this mapping starts when the key is absent */
    Location at(String key) {
        SpecNode value = node(key);
        return value == null ? mapping.location() : value.location();
    }

    /** @return an error at {@code key}'s value (or at this mapping when the key is absent) */
    SpecError error(String key, String message) {
        return new SpecError(at(key), message);
    }

    /** @throws SpecError at {@code key} with {@code message} unless {@code ok} */
    void check(boolean ok, String key, String message) {
        if (!ok) {
            throw error(key, message);
        }
    }

    /**
     * @return the nested mapping at {@code key}, or null when absent
     * @throws SpecError when it is no mapping or has an unknown key
     */
    Section section(String key, List<String> known) {
        SpecNode value = node(key);
        return value == null ? null : of(path(key), value, known);
    }

    /**
     * @return the mapping at {@code key} whose keys the user chooses (property groups, tags), or null when absent
     * @throws SpecError when it is no mapping
     */
    Mapping mapping(String key) {
        SpecNode value = node(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Mapping nested)) {
            throw wrongType(path(key), value, "a mapping");
        }
        return nested;
    }

    /**
     * @return the scalar at {@code key} as written (numbers and booleans too), or {@code fallback} when absent
     * @throws SpecError when it is a mapping or list
     */
    String string(String key, String fallback) {
        SpecNode value = node(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Scalar scalar)) {
            throw wrongType(path(key), value, "a string");
        }
        return scalar.text();
    }

    /**
     * @return the integer at {@code key} (a quoted one too), or {@code fallback} when absent
     * @throws SpecError when it is anything else or does not fit an int
     */
    int integer(String key, int fallback) {
        SpecNode value = node(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Scalar scalar) {
            if (scalar.number() instanceof Integer number) {
                return number;
            }
            if (scalar.token() == JsonToken.VALUE_STRING && scalar.text().strip().matches("[-+]?\\d{1,9}")) {
                return Integer.parseInt(scalar.text().strip());
            }
        }
        throw wrongType(path(key), value, "an integer");
    }

    /**
     * @return the boolean at {@code key} ({@code true}/{@code false}, quoted or not), or {@code fallback} when absent
     * @throws SpecError when it is anything else
     */
    boolean bool(String key, boolean fallback) {
        SpecNode value = node(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Scalar scalar) {
            if (scalar.token() == JsonToken.VALUE_TRUE || scalar.token() == JsonToken.VALUE_FALSE) {
                return scalar.token() == JsonToken.VALUE_TRUE;
            }
            String text = scalar.text().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.parseBoolean(text);
            }
        }
        throw wrongType(path(key), value, "true or false");
    }

    /**
     * @return the duration at {@code key} (see {@link Durations#parse}), or {@code fallback} when absent
     * @throws SpecError when it is no duration
     */
    Duration duration(String key, Duration fallback) {
        SpecNode value = node(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Scalar scalar && scalar.token() == JsonToken.VALUE_STRING) {
            try {
                return Durations.parse(scalar.text());
            } catch (IllegalArgumentException e) {
                // the message below names the path as well as the accepted forms
            }
        }
        throw wrongType(path(key), value, "a duration (500ms, 5s, 10min, 1h, 2h30m or PT5S)");
    }

    /**
     * @return the list of scalars at {@code key} as written, or null when absent
     * @throws SpecError when it is no list, or an item is no scalar
     */
    List<String> strings(String key) {
        SpecNode value = node(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Sequence sequence)) {
            throw wrongType(path(key), value, "a list");
        }
        List<String> items = new ArrayList<>();
        for (SpecNode item : sequence.items()) {
            if (!(item instanceof Scalar scalar)) {
                throw wrongType(path(key) + "[" + items.size() + "]", item, "a string");
            }
            items.add(scalar.text());
        }
        return items;
    }
}
