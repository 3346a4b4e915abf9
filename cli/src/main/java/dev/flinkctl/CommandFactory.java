package dev.flinkctl;

import dev.flinkctl.command.RunCommand;
import dev.flinkctl.run.ChildProcessLauncher;
import dev.flinkctl.run.Installation;
import dev.flinkctl.run.ProcessLauncher;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates flinkctl's commands with their collaborators: plain constructor injection, no container. Tests pass
 * their own {@link ProcessLauncher} and installation home; picocli's {@code AutoComplete} uses the no-argument
 * constructor when the build generates the completion script.
 */
public final class CommandFactory implements IFactory {
    private final ProcessLauncher launcher;
    private final Supplier<Optional<Path>> home;

    /** The production wiring: real child processes, home from {@code -Dflinkctl.home} or {@code FLINKCTL_HOME}. */
    public CommandFactory() {
        this(new ChildProcessLauncher(), Installation::locate);
    }

    /**
     * @param launcher starts child processes for {@code flinkctl run}
     * @param home     locates the installation's {@code lib/flinkctl} directory
     */
    public CommandFactory(ProcessLauncher launcher, Supplier<Optional<Path>> home) {
        this.launcher = launcher;
        this.home = home;
    }

    /**
     * @throws Exception when picocli's default factory cannot instantiate {@code type}
     */
    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == RunCommand.class) {
            return type.cast(new RunCommand(launcher, home));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
