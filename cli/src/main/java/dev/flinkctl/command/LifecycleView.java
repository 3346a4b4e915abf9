package dev.flinkctl.command;

import dev.flinkctl.msf.Lifecycle;
import dev.flinkctl.msf.LifecycleResult;
import dev.flinkctl.msf.Restore;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;

/** Renders what {@code start}, {@code stop} and {@code delete} did: one line, or the result as a document. */
final class LifecycleView {
    private LifecycleView() {
    }

    static void print(Printer printer, LifecycleResult result, Lifecycle.State before, OutputOptions output) {
        if (output.structured()) {
            printer.document(result, output.format() == OutputOptions.Format.yaml);
            return;
        }
        printer.styled(line(printer, result, before));
    }

    /** @return the one line for {@code result}, with its status in colour markup */
    static String line(Printer printer, LifecycleResult result, Lifecycle.State before) {
        String name = "'" + result.application() + "'";
        String status = printer.style(StatusView.statusStyle(result.status()), result.status());
        if (!result.changed()) {
            return name + " is already " + ("RUNNING".equals(result.status()) ? "running" : "stopped") + " ("
                    + status + ")";
        }
        if (!result.finished()) {
            return requested(result) + " of " + name + " requested" + (result.operationId() == null ? ""
                    : " (operation " + result.operationId() + ")") + ": it is " + status + "; follow it with "
                    + "'flinkctl status " + result.application() + "'";
        }
        return switch (result.action()) {
            case "start" -> name + " is " + status + " (operation " + result.operationId() + ")";
            case "restore" -> name + " is " + status + " (operation " + result.operationId() + ")"
                    + (result.snapshot() == null ? "" : "; its state before the restore is kept as snapshot "
                    + result.snapshot().name());
            case "stop" -> name + " is " + status + (result.snapshot() != null ? "; snapshot "
                    + result.snapshot().name() + " (" + result.snapshot().createdAt() + ")" : before.snapshotsEnabled()
                    ? "; no new snapshot appeared" : "; no snapshot (snapshots are disabled)");
            case "force-stop" -> name + " is " + status + " (force-stopped, no snapshot)";
            default -> LifecycleResult.DELETED.equals(result.status()) ? name + " is deleted" : name + " is " + status;
        };
    }

    /** @return what a start is about to do with the state, for the progress line */
    static String starting(Lifecycle.State state, Restore restore, String target) {
        return "Starting '" + state.name() + "' on " + target + ": " + restoring(state, restore);
    }

    /** @return where a start takes the state from, e.g. {@code restoring snapshot before-change} */
    static String restoring(Lifecycle.State state, Restore restore) {
        return switch (restore.type()) {
            case LATEST -> state.latest() == null ? "no snapshot to restore: without state"
                    : "restoring the latest snapshot, " + state.latest().name();
            case NONE -> "without state";
            case SNAPSHOT -> "restoring snapshot " + restore.snapshotName();
        };
    }

    /** @return the warning before a force stop: what is lost */
    static String forceWarning(Lifecycle.State state) {
        return "warning: --force stops '" + state.name() + "' without a snapshot: its state since "
                + (state.latest() == null ? "it started (it has no snapshot)" : "snapshot " + state.latest().name()
                + " (" + state.latest().createdAt() + ")") + " is lost";
    }

    private static String requested(LifecycleResult result) {
        return switch (result.action()) {
            case "start" -> "Start";
            case "restore" -> "Restore";
            case "delete" -> "Delete";
            default -> "Stop";
        };
    }
}
