package dev.flinkctl.option;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data-dir}: which local environment a {@code flinkctl local} command works on. */
public final class LocalOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the local environment (default: $FLINKCTL_LOCAL_DIR, else the one "
                + "the last 'local up' used, else $${XDG_DATA_HOME:-~/.local/share}/flinkctl/local)")
    Path dataDir;

    /** @return the {@code --data-dir} value, or null for the default */
    public Path dataDir() {
        return dataDir;
    }
}
