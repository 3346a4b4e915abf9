package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import dev.flinkctl.output.Prompt;
import java.util.Locale;

/** Asks before a step that loses something (state, an application): {@code --yes} answers in advance. */
final class Confirmation {
    private Confirmation() {
    }

    /**
     * @param prompt    asks on the terminal
     * @param yes       true when {@code --yes} was given: nothing is asked
     * @param question  the question, ending in {@code [y/N] }
     * @param noTerminal the refusal when there is no terminal to ask on; it names {@code --yes}
     * @param cancelled what was kept when the answer is not yes, e.g. {@code delete cancelled: 'x' was kept}
     * @throws FlinkctlException {@link ExitCodes#USAGE} with {@code noTerminal} when there is no terminal;
     *                           {@link ExitCodes#FAILED} with {@code cancelled} for any answer but y or yes
     */
    static void require(Prompt prompt, boolean yes, String question, String noTerminal, String cancelled) {
        if (yes) {
            return;
        }
        String answer = prompt.ask(question).orElseThrow(() -> new FlinkctlException(ExitCodes.USAGE, noTerminal));
        String normalized = answer.strip().toLowerCase(Locale.ROOT);
        if (!normalized.equals("y") && !normalized.equals("yes")) {
            throw new FlinkctlException(ExitCodes.FAILED, cancelled);
        }
    }
}
