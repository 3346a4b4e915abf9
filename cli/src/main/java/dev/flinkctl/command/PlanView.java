package dev.flinkctl.command;

import dev.flinkctl.deploy.Change;
import dev.flinkctl.deploy.Plan;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Plan}: the field-by-field table and what the deploy will do, or the document, or Markdown. */
final class PlanView {
    private PlanView() {
    }

    static void print(Printer printer, Plan plan, OutputOptions output) {
        if (output.structured()) {
            printer.document(plan, output.format() == OutputOptions.Format.yaml);
            return;
        }
        String live = plan.status() == null ? "does not exist" : "version " + plan.currentVersion() + ", "
                + plan.status();
        printer.styled("Plan for " + plan.application() + " on " + plan.target() + " (" + live + "): "
                + printer.style(plan.hasChanges() ? "yellow" : "green", plan.action().name()));
        printer.line("  code     %s%s", plan.code().uri(), plan.upload() ? " (new: will be uploaded)" : "");
        if (!plan.changes().isEmpty()) {
            printer.line("");
            List<List<String>> rows = new ArrayList<>();
            for (Change change : plan.changes()) {
                rows.add(List.of(change.field(), value(change.from()), value(change.to())));
            }
            printer.table(List.of("field", "live", "spec"), rows);
            printer.line("");
        }
        printer.line("  restart  %s", plan.restart() ? (plan.snapshotFirst() ? "yes, after a snapshot" : "yes")
                : "no");
        printer.line("  state    %s", plan.restore());
        printer.line("  steps    %s", plan.steps().isEmpty() ? "none" : String.join(" -> ", plan.steps()));
        if (plan.cost() != null) {
            printer.line("  cost     %s", plan.cost().summary());
        }
    }

    /** @return the plan as a Markdown table for a GitHub step summary or a pull-request comment */
    static String markdown(Plan plan) {
        StringBuilder md = new StringBuilder("| field | live | spec |\n|---|---|---|\n");
        for (Change change : plan.changes()) {
            md.append("| `").append(change.field()).append("` | ").append(value(change.from())).append(" | ")
                    .append(value(change.to())).append(" |\n");
        }
        md.append("\nAction: **").append(plan.action().name()).append("**; state: ").append(plan.restore())
                .append("\n");
        if (plan.cost() != null) {
            md.append("\nCost: ").append(plan.cost().summary()).append("\n");
        }
        return md.toString();
    }

    private static String value(String value) {
        return value == null ? "(none)" : value;
    }
}
