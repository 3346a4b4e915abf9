package dev.flinkctl.msf;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.util.Locale;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreConfiguration;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreType;

/**
 * Where a start takes the job's state from: the latest snapshot, none (the state is dropped), or a named snapshot.
 *
 * @param type         which kind
 * @param snapshotName the snapshot for {@link Type#SNAPSHOT}, else null
 */
public record Restore(Type type, String snapshotName) {
    /** Snapshot names MSF accepts. */
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,256}");

    /** The kinds of restore, after MSF's ApplicationRestoreType. */
    public enum Type {
        /** RESTORE_FROM_LATEST_SNAPSHOT: the newest READY snapshot, or no state if there is none. */
        LATEST,
        /** SKIP_RESTORE_FROM_SNAPSHOT: start without state. */
        NONE,
        /** RESTORE_FROM_CUSTOM_SNAPSHOT: a snapshot by name. */
        SNAPSHOT
    }

    /**
     * @param value {@code latest}, {@code none}, or a snapshot name
     * @return the restore it names
     * @throws FlinkctlException {@link ExitCodes#USAGE} for a value that is none of these
     */
    public static Restore parse(String value) {
        return parse(value, "--restore");
    }

    /**
     * @param value  {@code latest}, {@code none}, or a snapshot name
     * @param option the option it came from, for the error message, e.g. {@code --snapshot}
     * @return the restore it names
     * @throws FlinkctlException {@link ExitCodes#USAGE} for a value that is none of these
     */
    public static Restore parse(String value, String option) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("latest")) {
            return new Restore(Type.LATEST, null);
        }
        if (lower.equals("none")) {
            return new Restore(Type.NONE, null);
        }
        if (!SNAPSHOT_NAME.matcher(value.strip()).matches()) {
            throw new FlinkctlException(ExitCodes.USAGE, option + " " + value + " is not latest, none or a snapshot "
                    + "name (letters, digits, '_', '.', '-'): 'flinkctl snapshot list' shows the snapshots");
        }
        return new Restore(Type.SNAPSHOT, value.strip());
    }

    /** @return true if the start drops the application's state */
    public boolean dropsState() {
        return type == Type.NONE;
    }

    /** @return how MSF is told, e.g. RESTORE_FROM_CUSTOM_SNAPSHOT with the snapshot name */
    ApplicationRestoreConfiguration configuration() {
        return switch (type) {
            case LATEST -> ApplicationRestoreConfiguration.builder()
                    .applicationRestoreType(ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT).build();
            case NONE -> ApplicationRestoreConfiguration.builder()
                    .applicationRestoreType(ApplicationRestoreType.SKIP_RESTORE_FROM_SNAPSHOT).build();
            case SNAPSHOT -> ApplicationRestoreConfiguration.builder()
                    .applicationRestoreType(ApplicationRestoreType.RESTORE_FROM_CUSTOM_SNAPSHOT)
                    .snapshotName(snapshotName).build();
        };
    }
}
