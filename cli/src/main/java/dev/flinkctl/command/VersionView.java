package dev.flinkctl.command;

import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.msf.versions.FieldChange;
import dev.flinkctl.msf.versions.RollbackPreview;
import dev.flinkctl.msf.versions.RollbackResult;
import dev.flinkctl.msf.versions.VersionDiff;
import dev.flinkctl.msf.versions.VersionEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Renders the {@code flinkctl version} results: tables and lines, or the records as documents. */
final class VersionView {
    private VersionView() {
    }

    static void list(Printer printer, String name, List<VersionEntry> versions, OutputOptions output) {
        if (output.structured()) {
            printer.document(versions, output.format() == OutputOptions.Format.yaml);
            return;
        }
        if (versions.isEmpty()) {
            printer.line("No versions of '%s'", name);
            return;
        }
        printer.table(List.of("", "version", "created", "status", "changes"), versions.stream()
                .map(v -> Arrays.asList(v.current() ? "*" : v.rollbackTarget() ? ">" : "", String.valueOf(v.version()),
                        seconds(v.createdAt()), v.status(), v.summary()))
                .toList());
        printer.line("%s", legend(name, versions));
    }

    /** @return what * and > mean, and the rollback target when it is not among the rows */
    static String legend(String name, List<VersionEntry> versions) {
        String rollback = "'flinkctl version rollback " + name + "'";
        if (versions.stream().anyMatch(VersionEntry::rollbackTarget)) {
            return "* current; > what " + rollback + " returns to";
        }
        return versions.stream().filter(VersionEntry::current).findFirst()
                .map(current -> current.updatedFrom() == null ? "* current; no rollback target: version "
                        + current.version() + " has no previous version" : "* current; " + rollback
                        + " returns to version " + current.updatedFrom())
                .orElse("the current version is not among these: see 'flinkctl status " + name + "'");
    }

    static void diff(Printer printer, VersionDiff diff, OutputOptions output) {
        if (output.structured()) {
            printer.document(diff, output.format() == OutputOptions.Format.yaml);
            return;
        }
        if (diff.changes().isEmpty()) {
            printer.line("No differences between versions %d and %d of '%s'", diff.from(), diff.to(),
                    diff.application());
            return;
        }
        printer.table(List.of("field", "version " + diff.from(), "version " + diff.to()), rows(diff.changes()));
    }

    /** @return the lines that show what a rollback will do, before it asks */
    static List<String> preview(RollbackPreview preview, String target) {
        List<String> lines = new ArrayList<>();
        lines.add("Rollback of '" + preview.application() + "' on " + target + " (" + preview.status() + "): version "
                + preview.fromVersion() + " -> the configuration of version " + preview.toVersion());
        if (preview.changes().isEmpty()) {
            lines.add("  no configuration difference");
        }
        preview.changes().forEach(change -> lines.add("  " + change.field() + ": " + value(change.from()) + " -> "
                + value(change.to())));
        lines.add("State: restored from snapshot " + preview.snapshot().name() + " ("
                + (preview.snapshot().version() == null ? "" : "of version " + preview.snapshot().version() + ", ")
                + "taken " + preview.snapshot().createdAt() + ")");
        lines.add("warning: the state the job built after that snapshot is not carried over");
        return lines;
    }

    static void rollback(Printer printer, RollbackResult result, OutputOptions output) {
        if (output.structured()) {
            printer.document(result, output.format() == OutputOptions.Format.yaml);
            return;
        }
        String name = "'" + result.application() + "'";
        String status = printer.style(StatusView.statusStyle(result.status()), String.valueOf(result.status()));
        if (!result.finished()) {
            printer.styled("Rollback of " + name + " to the configuration of version " + result.toVersion()
                    + " requested (operation " + result.operationId() + "): it is " + status + "; follow it with "
                    + "'flinkctl status " + result.application() + "'");
            return;
        }
        printer.styled(name + " is rolled back from version " + result.fromVersion() + " to the configuration of "
                + "version " + result.toVersion() + ": version " + result.newVersion() + " is " + status
                + ", restored from snapshot " + result.snapshot().name() + " (operation " + result.operationId() + ")");
    }

    private static List<List<String>> rows(List<FieldChange> changes) {
        return changes.stream().map(c -> List.of(c.field(), value(c.from()), value(c.to()))).toList();
    }

    private static String value(String value) {
        return value == null ? "(none)" : value;
    }

    private static String seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
