package dev.flinkctl.shell;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;

/**
 * The read-run loop of {@code flinkctl shell}: reads a line with editing, completion and history, runs it on a
 * worker thread that Ctrl-C interrupts, and reads the next, until {@code exit}, {@code quit} or Ctrl-D. A failing
 * command never ends the loop; its exit code goes to the next prompt.
 */
public final class Shell {
    /** The words that leave the shell (as Ctrl-D on an empty line does). */
    public static final List<String> EXIT_WORDS = List.of("exit", "quit");
    /** The history file's name in the configuration directory. */
    public static final String HISTORY_FILE = "history";

    /** What the shell runs. */
    public interface Interpreter {
        /**
         * @param lastExit the exit code of the last command (0 before the first)
         * @return the prompt to show now
         */
        String prompt(int lastExit);

        /**
         * Runs one command line, on a worker thread that Ctrl-C interrupts.
         *
         * @param words the line's words, quotes removed; never empty
         * @return the exit code
         * @throws Exception anything the command did not handle itself (reported as exit code 1)
         */
        int execute(List<String> words) throws Exception;
    }

    private final Terminal terminal;
    private final LineReader reader;

    /**
     * @param terminal  the terminal to read from
     * @param completer completes commands, options and their values
     * @param history   the history file, read at start and appended to after every line (created if missing)
     */
    public Shell(Terminal terminal, Completer completer, Path history) {
        this.terminal = terminal;
        try {
            Files.createDirectories(history.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + history, e);
        }
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("flinkctl")
                .completer(completer)
                .variable(LineReader.HISTORY_FILE, history)
                // A word is completed as it is, not its middle: closer to bash, which the completion script serves.
                .option(LineReader.Option.COMPLETE_IN_WORD, false)
                .build();
    }

    /**
     * Reads and runs lines until {@code exit}, {@code quit} or Ctrl-D. Ctrl-C at the prompt drops the line; while a
     * command runs it interrupts the command (which ends with exit code 130) and the prompt returns.
     *
     * @param interpreter runs the lines
     */
    public void run(Interpreter interpreter) {
        int lastExit = 0;
        while (true) {
            String line;
            try {
                line = reader.readLine(interpreter.prompt(lastExit));
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                return;
            }
            List<String> words = reader.getParsedLine().words().stream().filter(word -> !word.isEmpty()).toList();
            if (line.isBlank() || words.isEmpty()) {
                continue;
            }
            if (EXIT_WORDS.contains(words.get(0))) {
                return;
            }
            lastExit = runInterruptibly(interpreter, words);
        }
    }

    /**
     * Asks a question on the shell's line reader (a command's confirmation), without adding the answer to history.
     *
     * @param question the question, ending with a space
     * @return the answer; empty after Ctrl-D
     * @throws FlinkctlException {@link ExitCodes#INTERRUPTED} after Ctrl-C
     */
    public Optional<String> ask(String question) {
        Object disabled = reader.getVariable(LineReader.DISABLE_HISTORY);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            return Optional.of(reader.readLine(question));
        } catch (UserInterruptException e) {
            throw new FlinkctlException(ExitCodes.INTERRUPTED, "interrupted");
        } catch (EndOfFileException e) {
            return Optional.empty();
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, disabled);
        }
    }

    private int runInterruptibly(Interpreter interpreter, List<String> words) {
        FutureTask<Integer> command = new FutureTask<>(() -> interpreter.execute(words));
        Thread worker = new Thread(command, "flinkctl-shell-" + words.get(0));
        // Outside readLine the terminal is in its normal mode: Ctrl-C is SIGINT, which JLine hands to this handler
        // instead of ending the JVM.
        SignalHandler previous = terminal.handle(Signal.INT, signal -> worker.interrupt());
        try {
            worker.start();
            return command.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            terminal.writer().println("flinkctl: " + (cause.getMessage() == null ? cause : cause.getMessage()));
            terminal.flush();
            return ExitCodes.FAILED;
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return ExitCodes.INTERRUPTED;
        } finally {
            terminal.handle(Signal.INT, previous);
        }
    }
}
