package dev.flinkctl.command;

import dev.flinkctl.msf.Lifecycle;
import dev.flinkctl.msf.Restore;
import dev.flinkctl.output.Printer;
import dev.flinkctl.output.Prompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Says what state a start or restore would drop and asks before it does: starting without a snapshot, letting the
 * restore skip state no operator claims (AllowNonRestoredState), or stopping without a snapshot. Nothing is asked
 * when nothing is dropped.
 */
final class StateLoss {
    private StateLoss() {
    }

    /**
     * @param printer      where the warnings go (stderr)
     * @param prompt       asks on the terminal
     * @param yes          true when {@code --yes} was given
     * @param app          the application before the command acts
     * @param restore      where the start takes the state from
     * @param restoreFlag  the option that chose it, e.g. {@code --snapshot}
     * @param allowNonRestoredState whether {@code --allow-non-restored-state} was given
     * @param stopsWithoutSnapshot  true if the command stops a running application whose snapshots are disabled
     * @param verb         what is asked about, e.g. {@code Start} or {@code Restore}
     * @throws dev.flinkctl.FlinkctlException USAGE when there is no terminal to ask on and no {@code --yes};
     *                                        FAILED when the answer is no
     */
    static void confirm(Printer printer, Prompt prompt, boolean yes, Lifecycle.State app, Restore restore,
                        String restoreFlag, boolean allowNonRestoredState, boolean stopsWithoutSnapshot, String verb) {
        List<String> losses = new ArrayList<>();
        if (stopsWithoutSnapshot) {
            printer.progress("warning: snapshots are disabled for '" + app.name() + "': stopping it loses its "
                    + "current state");
            losses.add("its current state");
        }
        if (restore.dropsState()) {
            printer.progress("warning: " + restoreFlag + " none starts '" + app.name() + "' without its state (its "
                    + app.snapshots() + " snapshot(s) are kept)");
            losses.add("its state");
        }
        if (allowNonRestoredState) {
            printer.progress("warning: --allow-non-restored-state drops the state of every operator the job no "
                    + "longer has (matched by uid): the job runs on without it");
            losses.add("the state no operator claims");
        }
        if (losses.isEmpty()) {
            return;
        }
        String what = String.join(" and ", losses);
        Confirmation.require(prompt, yes, verb + " '" + app.name() + "' without " + what + "? [y/N] ",
                verb.toLowerCase(Locale.ROOT) + " of '" + app.name() + "' drops " + what + " and there "
                        + "is no terminal to confirm on: pass --yes",
                verb.toLowerCase(Locale.ROOT) + " cancelled: '" + app.name() + "' is still "
                        + app.status());
    }
}
