package dev.flinkctl;

import dev.flinkctl.localenv.Host;
import dev.flinkctl.output.Prompt;
import dev.flinkctl.run.ProcessLauncher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Runs flinkctl in-process through {@code Flinkctl.run(out, err, args)} and captures both writers. */
public final class CliRun {
    private final CommandFactory factory;

    private CliRun(CommandFactory factory) {
        this.factory = factory;
    }

    /** @return a runner with the production wiring (fine for commands that start nothing) */
    public static CliRun production() {
        return new CliRun(new CommandFactory());
    }

    /** @return a runner whose {@code flinkctl run} uses {@code launcher} and the installation at {@code home} */
    public static CliRun with(ProcessLauncher launcher, Path home) {
        return new CliRun(new CommandFactory(launcher, () -> Optional.ofNullable(home)));
    }

    /** @return a runner whose {@code local} commands use {@code host}, and {@code prompt} to ask for confirmation */
    public static CliRun with(Host host, Prompt prompt) {
        return new CliRun(new CommandFactory(command -> {
            throw new AssertionError("flinkctl run should not start " + command);
        }, host.installation(), () -> host, prompt));
    }

    /** @return exit code and everything printed */
    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Flinkctl.run(new PrintWriter(out, true), new PrintWriter(err, true), factory, args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** What one run returned and printed; {@link #toString} is the assertion message. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }
}
