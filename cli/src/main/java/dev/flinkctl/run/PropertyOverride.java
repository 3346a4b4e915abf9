package dev.flinkctl.run;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;

/**
 * One {@code --property GROUP.KEY=VALUE} setting: GROUP is everything before the first dot, KEY everything between
 * it and the first {@code =}, VALUE the rest (it may be empty and may contain dots and {@code =}).
 *
 * @param group the property group id, e.g. {@code Source}
 * @param key   the key inside the group, e.g. {@code rate} or {@code aws.region}
 * @param value the value, possibly empty
 */
public record PropertyOverride(String group, String key, String value) {

    /**
     * Parses {@code GROUP.KEY=VALUE}.
     *
     * @param text the option value as typed
     * @return the parsed setting
     * @throws FlinkctlException with {@link ExitCodes#USAGE} when the text lacks a group, a key or the {@code =}
     */
    public static PropertyOverride parse(String text) {
        int equals = text.indexOf('=');
        int dot = equals < 0 ? -1 : text.substring(0, equals).indexOf('.');
        if (equals < 0 || dot <= 0 || dot == equals - 1) {
            throw new FlinkctlException(ExitCodes.USAGE,
                    "'" + text + "' is not GROUP.KEY=VALUE: write e.g. --property Source.rate=1000");
        }
        return new PropertyOverride(text.substring(0, dot), text.substring(dot + 1, equals), text.substring(equals + 1));
    }
}
