package dev.flinkctl;

import dev.flinkctl.code.CodeBuilder;
import dev.flinkctl.code.Packager;
import dev.flinkctl.code.ProcessRunner;
import dev.flinkctl.command.CompleteCommand;
import dev.flinkctl.command.CostEstimateCommand;
import dev.flinkctl.command.CostIdleCommand;
import dev.flinkctl.command.CostReportCommand;
import dev.flinkctl.command.DeployCommand;
import dev.flinkctl.command.DeleteCommand;
import dev.flinkctl.command.DescribeCommand;
import dev.flinkctl.command.ListCommand;
import dev.flinkctl.command.MetricsGetCommand;
import dev.flinkctl.command.MetricsListCommand;
import dev.flinkctl.command.MetricsTailCommand;
import dev.flinkctl.command.LogsTailCommand;
import dev.flinkctl.command.StartCommand;
import dev.flinkctl.command.StatusCommand;
import dev.flinkctl.command.StopCommand;
import dev.flinkctl.command.RestoreCommand;
import dev.flinkctl.command.SnapshotCreateCommand;
import dev.flinkctl.command.SnapshotDeleteCommand;
import dev.flinkctl.command.SnapshotListCommand;
import dev.flinkctl.command.SnapshotPinCommand;
import dev.flinkctl.command.SnapshotPruneCommand;
import dev.flinkctl.command.SnapshotUnpinCommand;
import dev.flinkctl.command.VersionDiffCommand;
import dev.flinkctl.command.VersionListCommand;
import dev.flinkctl.command.VersionRollbackCommand;
import dev.flinkctl.command.VersionShowCommand;
import dev.flinkctl.command.LocalDownCommand;
import dev.flinkctl.command.PackageCommand;
import dev.flinkctl.command.PlanCommand;
import dev.flinkctl.completion.CandidateSource;
import dev.flinkctl.completion.DynamicCandidates;
import dev.flinkctl.completion.SessionCandidates;
import dev.flinkctl.lint.ChildProcessCapture;
import dev.flinkctl.lint.JarLinter;
import dev.flinkctl.lint.OperatorUidCheck;
import dev.flinkctl.command.LocalResetCommand;
import dev.flinkctl.command.LocalStatusCommand;
import dev.flinkctl.command.LocalUpCommand;
import dev.flinkctl.command.RunCommand;
import dev.flinkctl.command.ShellCommand;
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
    private final CandidateSource candidates;

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
        this(launcher, home, host, prompt, new SessionCandidates(host));
    }

    private CommandFactory(ProcessLauncher launcher, Supplier<Optional<Path>> home, Supplier<Host> host,
                           Prompt prompt, CandidateSource candidates) {
        this.launcher = launcher;
        this.home = home;
        this.host = host;
        this.prompt = prompt;
        this.candidates = candidates;
    }

    /**
     * @param source where the dynamic completion candidates (application, snapshot, version and profile names) come
     *               from, e.g. {@link CandidateSource#placeholders()} to generate a completion script
     * @return this factory with {@code source} instead of the current target's candidates
     */
    public CommandFactory withCandidates(CandidateSource source) {
        return new CommandFactory(launcher, home, host, prompt, source);
    }

    /**
     * @param sessionHost the host commands get instead of this factory's ({@code flinkctl shell}'s session)
     * @param sessionPrompt asks confirmations instead of this factory's prompt
     * @return a factory with this one's launcher and installation
     */
    public CommandFactory with(Supplier<Host> sessionHost, Prompt sessionPrompt) {
        return new CommandFactory(launcher, home, sessionHost, sessionPrompt);
    }

    /** @return the environment of this run (the host's), e.g. for GitHub Actions annotations of errors */
    public java.util.Map<String, String> env() {
        return host.get().env();
    }

    /**
     * Builds and lints jars: the included job from the installation, Maven builds as real processes, and the
     * operator-uid check in a child JVM of the installation's local runtime (skipped when there is none).
     */
    private Packager packager() {
        Optional<Installation> installation = home.get().map(Installation::new);
        return new Packager(new CodeBuilder(home, ProcessRunner.system()),
                new JarLinter(new OperatorUidCheck(installation, new ChildProcessCapture())));
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
        if (type == DeployCommand.class) {
            return type.cast(new DeployCommand(host.get(), this::packager));
        }
        if (type == PlanCommand.class) {
            return type.cast(new PlanCommand(host.get(), this::packager));
        }
        if (type == PackageCommand.class) {
            return type.cast(new PackageCommand(host.get(), this::packager));
        }
        if (type == StatusCommand.class) {
            return type.cast(new StatusCommand(host.get()));
        }
        if (type == ListCommand.class) {
            return type.cast(new ListCommand(host.get()));
        }
        if (type == DescribeCommand.class) {
            return type.cast(new DescribeCommand(host.get()));
        }
        if (type == StartCommand.class) {
            return type.cast(new StartCommand(host.get(), prompt));
        }
        if (type == StopCommand.class) {
            return type.cast(new StopCommand(host.get(), prompt));
        }
        if (type == SnapshotListCommand.class) {
            return type.cast(new SnapshotListCommand(host.get()));
        }
        if (type == SnapshotCreateCommand.class) {
            return type.cast(new SnapshotCreateCommand(host.get()));
        }
        if (type == SnapshotDeleteCommand.class) {
            return type.cast(new SnapshotDeleteCommand(host.get(), prompt));
        }
        if (type == SnapshotPruneCommand.class) {
            return type.cast(new SnapshotPruneCommand(host.get(), prompt));
        }
        if (type == SnapshotPinCommand.class) {
            return type.cast(new SnapshotPinCommand(host.get()));
        }
        if (type == SnapshotUnpinCommand.class) {
            return type.cast(new SnapshotUnpinCommand(host.get()));
        }
        if (type == RestoreCommand.class) {
            return type.cast(new RestoreCommand(host.get(), prompt));
        }
        if (type == DeleteCommand.class) {
            return type.cast(new DeleteCommand(host.get(), prompt));
        }
        if (type == VersionListCommand.class) {
            return type.cast(new VersionListCommand(host.get()));
        }
        if (type == VersionShowCommand.class) {
            return type.cast(new VersionShowCommand(host.get()));
        }
        if (type == VersionDiffCommand.class) {
            return type.cast(new VersionDiffCommand(host.get()));
        }
        if (type == VersionRollbackCommand.class) {
            return type.cast(new VersionRollbackCommand(host.get(), prompt));
        }
        if (type == MetricsTailCommand.class) {
            return type.cast(new MetricsTailCommand(host.get()));
        }
        if (type == MetricsGetCommand.class) {
            return type.cast(new MetricsGetCommand(host.get()));
        }
        if (type == MetricsListCommand.class) {
            return type.cast(new MetricsListCommand(host.get()));
        }
        if (type == CostEstimateCommand.class) {
            return type.cast(new CostEstimateCommand(host.get()));
        }
        if (type == CostReportCommand.class) {
            return type.cast(new CostReportCommand(host.get()));
        }
        if (type == CostIdleCommand.class) {
            return type.cast(new CostIdleCommand(host.get()));
        }
        if (type == ShellCommand.class) {
            return type.cast(new ShellCommand(host.get(), this));
        }
        if (type == LogsTailCommand.class) {
            return type.cast(new LogsTailCommand(host.get()));
        }
        if (type == CompleteCommand.class) {
            return type.cast(new CompleteCommand(host.get()));
        }
        if (type == DynamicCandidates.ApplicationNames.class) {
            return type.cast(new DynamicCandidates.ApplicationNames(candidates));
        }
        if (type == DynamicCandidates.SnapshotNames.class) {
            return type.cast(new DynamicCandidates.SnapshotNames(candidates));
        }
        if (type == DynamicCandidates.VersionIds.class) {
            return type.cast(new DynamicCandidates.VersionIds(candidates));
        }
        if (type == DynamicCandidates.ProfileNames.class) {
            return type.cast(new DynamicCandidates.ProfileNames(candidates));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
