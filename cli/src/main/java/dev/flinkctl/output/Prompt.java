package dev.flinkctl.output;

import java.io.Console;
import java.util.Optional;

/** Asks the user a question on the terminal. Tests pass their own answers. */
@FunctionalInterface
public interface Prompt {

    /**
     * @param question the question, printed as is (end it with a space)
     * @return the answer; empty if there is no interactive terminal to ask on
     */
    Optional<String> ask(String question);

    /** @return a prompt on this process's terminal (none when standard input or output is redirected) */
    static Prompt terminal() {
        return question -> {
            Console console = System.console();
            if (console == null) {
                return Optional.empty();
            }
            String answer = console.readLine("%s", question);
            return Optional.of(answer == null ? "" : answer);
        };
    }
}
