package dev.flinkctl.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML node that remembers where it starts in the file. Jackson's {@code JsonNode} drops locations; keeping them
 * lets every check after parsing still point at {@code file:line:column}.
 */
sealed interface SpecNode {

    /** @return where the node starts, 1-based */
    Location location();

    /** A 1-based line and column. */
    record Location(int line, int column) {
        static Location of(JsonLocation location) {
            return new Location(location.getLineNr(), location.getColumnNr());
        }
    }

    /**
     * A string, number or boolean.
     *
     * @param token  the YAML type Jackson resolved (VALUE_STRING, VALUE_NUMBER_INT, VALUE_TRUE, ...)
     * @param text   the scalar exactly as written, so {@code 500.00} stays {@code 500.00}
     * @param number the value of an integer, else null
     */
    record Scalar(JsonToken token, String text, Number number, Location location) implements SpecNode {
    }

    /** An explicit null ({@code key:} with nothing after it, {@code ~}, {@code null}). */
    record Null(Location location) implements SpecNode {
    }

    /** One key of a mapping, with where the key itself is (for unknown-key errors). */
    record Entry(String key, Location keyLocation, SpecNode value) {
    }

    /** A mapping, in file order. */
    record Mapping(Map<String, Entry> entries, Location location) implements SpecNode {
    }

    /** A sequence. */
    record Sequence(List<SpecNode> items, Location location) implements SpecNode {
    }

    /**
     * Reads the single document {@code parser} holds.
     *
     * @return the document's root, or null when the file holds no document (empty, or only comments)
     * @throws IOException       on invalid YAML (Jackson's {@code StreamReadException}) or a read error
     * @throws SpecError         on a duplicate key, an alias, or a second document
     */
    static SpecNode read(YAMLParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        SpecNode root = read(parser, first, "");
        if (parser.nextToken() != null) {
            throw new SpecError(Location.of(parser.currentTokenLocation()),
                    "a spec file holds one YAML document: remove the second '---' and what follows it");
        }
        return root;
    }

    private static SpecNode read(YAMLParser parser, JsonToken token, String path) throws IOException {
        Location location = Location.of(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyLocation = Location.of(parser.currentTokenLocation());
                    Entry previous = entries.get(key);
                    if (previous != null) {
                        throw new SpecError(keyLocation, "duplicate key '" + key + "'" + in(path)
                                + ": it is already set on line " + previous.keyLocation().line());
                    }
                    SpecNode value = read(parser, parser.nextToken(), path.isEmpty() ? key : path + "." + key);
                    entries.put(key, new Entry(key, keyLocation, value));
                }
                return new Mapping(Collections.unmodifiableMap(entries), location);
            }
            case START_ARRAY -> {
                List<SpecNode> items = new ArrayList<>();
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    items.add(read(parser, item, path));
                }
                return new Sequence(List.copyOf(items), location);
            }
            case VALUE_NULL -> {
                return new Null(location);
            }
            default -> {
                // Jackson hands an alias (*name) over as the string "name": taking that as the value would be wrong.
                if (parser.isCurrentAlias()) {
                    throw new SpecError(location, "YAML aliases (*" + parser.getText() + ") are not supported"
                            + in(path) + ": repeat the value");
                }
                Number number = token == JsonToken.VALUE_NUMBER_INT ? parser.getNumberValue() : null;
                return new Scalar(token, parser.getText(), number, location);
            }
        }
    }

    private static String in(String path) {
        return path.isEmpty() ? "" : " in " + path;
    }
}
