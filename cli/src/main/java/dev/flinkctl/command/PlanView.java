package dev.flinkctl.command;

import dev.flinkctl.ci.GitHubActions;
import dev.flinkctl.deploy.Change;
import dev.flinkctl.deploy.Plan;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a {@link Plan}: the field-by-field table and what the deploy will do, or the document, or Markdown. */
final class PlanView {
    private PlanView() {
    }

    static void print(Printer printer, Plan plan, OutputOptions output) {
        if (output.structured()) {
            printer.document(plan, output.format() == OutputOptions.Format.yaml);
            return;
        }
        printer.styled("Plan for " + plan.application() + " on " + plan.target() + " (" + live(plan) + "): "
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

    /**
     * In a GitHub Actions step ({@code GITHUB_ACTIONS=true}): appends the plan to the step summary, so that a pull
     * request's checks show what merging it would deploy. Does nothing elsewhere.
     *
     * @param env  the environment
     * @param plan the plan
     */
    static void reportToGitHub(Map<String, String> env, Plan plan) {
        GitHubActions.detect(env).ifPresent(github -> github.summary("### flinkctl plan: " + plan.application()
                + "\n\nOn " + plan.target() + " (" + live(plan) + "), code `" + plan.code().uri() + "`"
                + (plan.upload() ? " (new: will be uploaded)" : "") + "\n\n" + markdown(plan)));
    }

    /** @return the plan as Markdown (the changed fields' table, if any, then the action) for a GitHub summary */
    static String markdown(Plan plan) {
        StringBuilder md = new StringBuilder();
        if (!plan.changes().isEmpty()) {
            md.append("| field | live | spec |\n|---|---|---|\n");
            for (Change change : plan.changes()) {
                md.append("| `").append(change.field()).append("` | ").append(value(change.from())).append(" | ")
                        .append(value(change.to())).append(" |\n");
            }
            md.append('\n');
        }
        md.append("Action: **").append(plan.action().name()).append("**; state: ").append(plan.restore())
                .append("\n");
        if (plan.cost() != null) {
            md.append("\nCost: ").append(plan.cost().summary()).append("\n");
        }
        return md.toString();
    }

    private static String live(Plan plan) {
        return plan.status() == null ? "does not exist" : "version " + plan.currentVersion() + ", " + plan.status();
    }

    private static String value(String value) {
        return value == null ? "(none)" : value;
    }
}
