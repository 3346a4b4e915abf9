package dev.flinkctl;

import dev.flinkctl.command.LocalDownCommand;
import dev.flinkctl.command.LocalResetCommand;
import dev.flinkctl.command.LocalStatusCommand;
import dev.flinkctl.command.LocalUpCommand;
import dev.flinkctl.command.RunCommand;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.output.Prompt;
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
 * their own {@link ProcessLauncher}, installation home, {@link Host} and {@link Prompt}; picocli's
 * {@code AutoComplete} uses the no-argument constructor when the build generates the completion script.
 */
public final class CommandFactory implements IFactory {
    private final ProcessLauncher launcher;
    private final Supplier<Optional<Path>> home;
    private final Supplier<Host> host;
    private final Prompt prompt;

    /** The production wiring: real child processes, home from {@code -Dflinkctl.home} or {@code FLINKCTL_HOME}. */
    public CommandFactory() {
        this(new ChildProcessLauncher(), Installation::locate);
    }

    /**
     * @param launcher starts child processes for {@code flinkctl run}
     * @param home     locates the installation's {@code lib/flinkctl} directory
     */
    public CommandFactory(ProcessLauncher launcher, Supplier<Optional<Path>> home) {
        this(launcher, home, () -> Host.current(home), Prompt.terminal());
    }

    /**
     * @param launcher starts child processes for {@code flinkctl run}
     * @param home     locates the installation's {@code lib/flinkctl} directory
     * @param host     what the {@code local} commands take from this machine (created only when one runs)
     * @param prompt   asks the user for confirmation
     */
    public CommandFactory(ProcessLauncher launcher, Supplier<Optional<Path>> home, Supplier<Host> host,
                          Prompt prompt) {
        this.launcher = launcher;
        this.home = home;
        this.host = host;
        this.prompt = prompt;
    }

    /**
     * @throws Exception when picocli's default factory cannot instantiate {@code type}
     */
    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == RunCommand.class) {
            return type.cast(new RunCommand(launcher, home));
        }
        if (type == LocalUpCommand.class) {
            return type.cast(new LocalUpCommand(host.get()));
        }
        if (type == LocalStatusCommand.class) {
            return type.cast(new LocalStatusCommand(host.get()));
        }
        if (type == LocalDownCommand.class) {
            return type.cast(new LocalDownCommand(host.get()));
        }
        if (type == LocalResetCommand.class) {
            return type.cast(new LocalResetCommand(host.get(), prompt));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
