package dev.flinkctl.spec;

import dev.flinkctl.spec.SpecNode.Entry;
import dev.flinkctl.spec.SpecNode.Mapping;
import dev.flinkctl.spec.SpecNode.Scalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the {@code properties} section: group id to key to value, within MSF's EnvironmentProperties limits. A value
 * is a scalar, or a mapping with {@code value} or {@code fromEnv} (plus {@code default} and {@code sensitive}).
 */
final class PropertyGroups {
    private static final Pattern GROUP_ID = Pattern.compile("[a-zA-Z0-9_.-]{1,50}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final List<String> VALUE_KEYS = List.of("value", "fromEnv", "default", "sensitive");
    private static final int MAX_GROUPS = 50;
    private static final int MAX_KEYS = 50;
    private static final int MAX_LENGTH = 2048;

    private final Map<String, String> env;

    /** @param env the environment {@code fromEnv} reads */
    PropertyGroups(Map<String, String> env) {
        this.env = env;
    }

    /**
     * @return the groups of {@code top}'s {@code properties}, in file order; empty when there are none
     * @throws SpecError on a bad group id, key or value, or an unset environment variable without a default
     */
    Map<String, Map<String, PropertyValue>> read(Section top) {
        Mapping groups = top.mapping("properties");
        Map<String, Map<String, PropertyValue>> result = new LinkedHashMap<>();
        if (groups == null) {
            return result;
        }
        top.check(groups.entries().size() <= MAX_GROUPS, "properties", "properties has "
                + groups.entries().size() + " groups: MSF allows at most " + MAX_GROUPS);
        for (Entry group : groups.entries().values()) {
            if (!GROUP_ID.matcher(group.key()).matches()) {
                throw new SpecError(group.keyLocation(), "property group ids must be 1 to 50 letters, digits, "
                        + "'_', '.' or '-', not '" + group.key() + "'");
            }
            result.put(group.key(), group("properties." + group.key(), group));
        }
        return result;
    }

    private Map<String, PropertyValue> group(String path, Entry group) {
        if (!(group.value() instanceof Mapping keys)) {
            throw group.value() instanceof SpecNode.Null
                    ? new SpecError(group.value().location(), path + " must have 1 to " + MAX_KEYS + " keys, not none")
                    : Section.wrongType(path, group.value(), "a mapping of keys to values");
        }
        if (keys.entries().isEmpty() || keys.entries().size() > MAX_KEYS) {
            throw new SpecError(keys.location(), path + " must have 1 to " + MAX_KEYS + " keys, not "
                    + keys.entries().size());
        }
        Map<String, PropertyValue> values = new LinkedHashMap<>();
        for (Entry key : keys.entries().values()) {
            if (key.key().isEmpty() || key.key().length() > MAX_LENGTH) {
                throw new SpecError(key.keyLocation(), "keys in " + path + " must be 1 to " + MAX_LENGTH
                        + " characters, not " + key.key().length());
            }
            values.put(key.key(), value(path + "." + key.key(), key.value()));
        }
        return values;
    }

    private PropertyValue value(String path, SpecNode node) {
        PropertyValue value;
        if (node instanceof Scalar scalar) {
            value = PropertyValue.of(scalar.text());
        } else if (node instanceof Mapping) {
            value = fromMapping(Section.of(path, node, VALUE_KEYS));
        } else {
            throw Section.wrongType(path, node, "a value (string, number, true/false) or a mapping with value or "
                    + "fromEnv");
        }
        // The length goes in the message, never the value: it may be a secret.
        int length = value.value().length();
        if (length == 0 || length > MAX_LENGTH) {
            throw new SpecError(node.location(), path + " must be 1 to " + MAX_LENGTH + " characters, not " + length
                    + (value.fromEnv() == null ? "" : " (from environment variable " + value.fromEnv() + ")"));
        }
        return value;
    }

    private PropertyValue fromMapping(Section section) {
        String literal = section.string("value", null);
        String variable = section.string("fromEnv", null);
        String fallback = section.string("default", null);
        boolean sensitive = section.bool("sensitive", false);
        String path = section.path();
        section.check(literal == null || variable == null, "fromEnv",
                path + ": give value or fromEnv, not both");
        section.check(literal != null || variable != null, "value", path + " needs value or fromEnv");
        section.check(fallback == null || variable != null, "default", path + ".default applies only with fromEnv");
        if (literal != null) {
            return new PropertyValue(literal, sensitive, null);
        }
        section.check(ENV_NAME.matcher(variable).matches(), "fromEnv",
                path + ".fromEnv must be an environment variable name, not '" + variable + "'");
        String resolved = env.get(variable);
        // Like ${VAR:-default}: an empty variable is as good as unset, since MSF rejects empty values anyway.
        if (resolved == null || resolved.isEmpty()) {
            if (fallback == null) {
                throw new SpecError(section.location(), path + ": environment variable " + variable
                        + (resolved == null ? " is not set" : " is empty") + ": export it or give a default");
            }
            resolved = fallback;
        }
        return new PropertyValue(resolved, sensitive, variable);
    }
}
