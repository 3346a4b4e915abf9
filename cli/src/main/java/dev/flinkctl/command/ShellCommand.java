package dev.flinkctl.command;

import dev.flinkctl.CommandFactory;
import dev.flinkctl.ErrorHandler;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.Flinkctl;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.config.FlinkctlConfig;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.option.SessionDefaults;
import dev.flinkctl.output.Printer;
import dev.flinkctl.shell.PromptText;
import dev.flinkctl.shell.Session;
import dev.flinkctl.shell.Shell;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code flinkctl shell}: every flinkctl command at a prompt, with Tab completion, history and a session that
 * remembers the application and target ({@code use}).
 */
@Command(name = "shell",
        description = {"Start an interactive shell for flinkctl commands, with Tab completion, history, and a "
            + "default application and target.",
            "Type any flinkctl command without 'flinkctl'. Tab completes commands, options and their values; the "
                + "history is kept in the configuration directory; the prompt shows the target, AWS profile and "
                + "region, the application commands act on when none is named, and the exit code of a failed command.",
            "'use APP' sets the default application, 'use --local' or 'use --profile P --region R' the target; "
                + "'help' lists the commands; Ctrl-C stops the running command; 'exit', 'quit' or Ctrl-D leaves.",
            "For example:",
            "  flinkctl [aws us-east-1 fraud-detection]> use my-app --local",
            "  flinkctl [local my-app]> logs tail      (Ctrl-C returns to the prompt)"},
        footerHeading = "%nExamples:%n",
        footer = {"  flinkctl shell",
            "  flinkctl shell --verbose  # commands that fail print their stack trace"},
        exitCodeList = {ExitCodeHelp.OK + "left with exit, quit or Ctrl-D",
            ExitCodeHelp.FAILED + "the terminal could not be set up"})
public final class ShellCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    private final Host host;
    private final CommandFactory factory;
    private final Session initial;
    private final AtomicReference<Session> session;
    private Shell shell;
    private Session treeSession;
    private CommandLine tree;

    /**
     * @param host    this machine: the environment the session starts from and is laid over
     * @param factory creates the commands the shell runs
     */
    public ShellCommand(Host host, CommandFactory factory) {
        this.host = host;
        this.factory = factory;
        this.initial = Session.from(host.env());
        this.session = new AtomicReference<>(initial);
    }

    /**
     * @return {@link ExitCodes#OK} when the user leaves
     * @throws IOException when the terminal cannot be set up or restored
     */
    @Override
    public Integer call() throws IOException {
        Path history = FlinkctlConfig.locate(host.env(), host.userHome()).file().resolveSibling(Shell.HISTORY_FILE);
        // exec: the same provider as the metrics view (see cli/pom.xml); dumb when not on a terminal, e.g. piped.
        try (Terminal terminal = TerminalBuilder.builder().system(true).provider("exec").dumb(true).build()) {
            shell = new Shell(terminal, new ShellCompleter(() -> completionTree().getCommandSpec()), history);
            shell.run(new Shell.Interpreter() {
                @Override
                public String prompt(int lastExit) {
                    return ShellCommand.this.prompt(lastExit);
                }

                @Override
                public int execute(List<String> words) {
                    return ShellCommand.this.execute(words);
                }
            });
        }
        return ExitCodes.OK;
    }

    /** @return the prompt for the current session */
    String prompt(int lastExit) {
        Session effective = effective();
        return PromptText.of(effective, application(effective), lastExit);
    }

    /**
     * Runs one line: a shell command ({@code use}, {@code help}) or a flinkctl command, with its output and errors
     * on this command's writers.
     *
     * @return its exit code
     */
    int execute(List<String> line) {
        List<String> words = line.size() > 1 && line.get(0).equals("flinkctl") ? line.subList(1, line.size()) : line;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Host sessionHost = sessionHost();
        String[] args = words.subList(1, words.size()).toArray(String[]::new);
        switch (words.get(0)) {
            case "use":
                return use(sessionHost).setOut(out).setErr(err).execute(args);
            case "help":
                return help(sessionHost, out, err, args);
            case "shell":
                Printer.of(spec).error("already in flinkctl shell");
                return ExitCodes.USAGE;
            default:
                Session effective = effective();
                // --local with the session's --profile would be refused: the typed --local wins, as it does over
                // FLINKCTL_TARGET.
                SessionDefaults defaults = effective.onAws() && !words.contains("--local")
                        ? new SessionDefaults(effective.profile(), effective.region()) : null;
                return Flinkctl.run(out, err, commandFactory(sessionHost), defaults, words.toArray(String[]::new));
        }
    }

    private int help(Host sessionHost, PrintWriter out, PrintWriter err, String... command) {
        if (command.length > 0 && command[0].equals("use")) {
            return use(sessionHost).setOut(out).setErr(err).execute("--help");
        }
        if (command.length > 0) {
            List<String> withHelp = new ArrayList<>(List.of(command));
            withHelp.add("--help");
            return Flinkctl.run(out, err, commandFactory(sessionHost), withHelp.toArray(String[]::new));
        }
        CommandLine root = Flinkctl.commandLine(commandFactory(sessionHost));
        out.print(root.getHelp().commandList());
        out.printf("%nIn this shell:%n");
        out.printf("  use      Set the default application, target, profile and region (use --help)%n");
        out.printf("  help     This list; help COMMAND: that command's help%n");
        out.printf("  exit     Leave the shell (also quit, Ctrl-D); Ctrl-C stops the running command%n");
        out.flush();
        return ExitCodes.OK;
    }

    private CommandLine use(Host sessionHost) {
        ErrorHandler errors = new ErrorHandler(sessionHost::env);
        // Through the factory: it gives the completion candidates of APP and --profile their source.
        return new CommandLine(new UseCommand(session, initial), commandFactory(sessionHost))
                .setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
    }

    /**
     * @return flinkctl's command tree with the shell's own commands, for completion; built again when the session
     *         changed, so that candidates computed from the environment follow it
     */
    private synchronized CommandLine completionTree() {
        Session current = session.get();
        if (tree == null || !current.equals(treeSession)) {
            Host sessionHost = sessionHost();
            CommandLine root = Flinkctl.commandLine(commandFactory(sessionHost));
            root.addSubcommand("use", use(sessionHost));
            for (String word : List.of("help", "exit", "quit")) {
                root.addSubcommand(word, CommandSpec.create().name(word));
            }
            tree = root;
            treeSession = current;
        }
        return tree;
    }

    private CommandFactory commandFactory(Host sessionHost) {
        // Confirmations go through the shell's line reader, which owns the terminal's input; without a shell (a
        // line run by a test) there is no terminal to ask on.
        return factory.with(() -> sessionHost, question -> shell == null ? Optional.empty() : shell.ask(question));
    }

    /** @return this machine with the session laid over its environment */
    private Host sessionHost() {
        return new Host(session.get().env(host.env()), host.userHome(), host.installation(), host.java(),
                host.processes());
    }

    /** @return the session with its target resolved: the one set, else the configured one ('local up'), else AWS */
    private Session effective() {
        Session current = session.get();
        if (current.target() != null) {
            return current;
        }
        String configured;
        try {
            configured = FlinkctlConfig.locate(host.env(), host.userHome()).target().orElse(Session.AWS);
        } catch (FlinkctlException e) {
            configured = Session.AWS; // commands report the broken configuration themselves
        }
        return Session.LOCAL.equals(configured) ? current.local() : current.aws(null, null);
    }

    /** @return the application commands act on without APP (as ApplicationOptions decides), or null if unknown */
    private String application(Session effective) {
        if (effective.application() != null) {
            return effective.application();
        }
        try {
            return ApplicationOptions.name(null, null, sessionHost().env());
        } catch (FlinkctlException e) {
            return null; // a broken spec file: commands report it when they read it
        }
    }
}
