package dev.flinkctl.msf.snapshots;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.spec.ApplicationSpec;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Snapshot pins, kept as resource tags on the application ({@code flinkctl:pinned:<snapshot> = <when>}), so
 * everyone who can see the application sees them and {@code snapshot prune} never deletes a pinned snapshot. A tag
 * key holds at most 128 characters and an application at most 50 tags
 * (https://docs.aws.amazon.com/managed-flink/latest/java/how-tagging.html), which bounds both the pinnable names and
 * the number of pins.
 */
public final class Pins {
    /** The tag key prefix of a pin; the snapshot name follows it. */
    public static final String PREFIX = ApplicationSpec.MANAGED_TAG_PREFIX + "pinned:";
    /** The longest tag key AWS accepts, in characters. */
    static final int MAX_TAG_KEY = 128;
    /** The most tags an application may have. */
    static final int MAX_TAGS = 50;
    /** The longest snapshot name that can be pinned, in characters. */
    public static final int MAX_NAME = MAX_TAG_KEY - PREFIX.length();

    private Pins() {
    }

    /**
     * @param snapshot a snapshot name
     * @return the tag key that pins it
     * @throws FlinkctlException {@link ExitCodes#USAGE} when the name is too long for a tag key
     */
    public static String tagKey(String snapshot) {
        if (snapshot.length() > MAX_NAME) {
            throw new FlinkctlException(ExitCodes.USAGE, "snapshot '" + snapshot + "' has " + snapshot.length()
                    + " characters: a pin is a tag key of at most " + MAX_TAG_KEY + " characters, so only names of "
                    + "up to " + MAX_NAME + " can be pinned");
        }
        return PREFIX + snapshot;
    }

    /**
     * @param tags an application's tags
     * @return the names of the snapshots they pin, sorted
     */
    public static Set<String> pinned(Map<String, String> tags) {
        Set<String> names = new TreeSet<>();
        tags.keySet().stream().filter(key -> key.startsWith(PREFIX))
                .forEach(key -> names.add(key.substring(PREFIX.length())));
        return names;
    }
}
