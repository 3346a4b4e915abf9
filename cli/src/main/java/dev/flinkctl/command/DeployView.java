package dev.flinkctl.command;

import dev.flinkctl.ci.GitHubActions;
import dev.flinkctl.deploy.DeployResult;
import dev.flinkctl.deploy.PlanCost;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.output.Printer;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders a {@link DeployResult}: one line (table), the document (json/yaml), and the GitHub Actions report. */
final class DeployView {
    private DeployView() {
    }

    static void print(Printer printer, DeployResult result, OutputOptions output) {
        if (output.structured()) {
            printer.document(result, output.format() == OutputOptions.Format.yaml);
            return;
        }
        String style = switch (result.outcome()) {
            case deployed, unchanged -> "green";
            case submitted -> "cyan";
            case rolled_back, unhealthy -> "red";
        };
        printer.styled(printer.style(style, result.outcome().name().replace('_', ' ')) + ": " + result.message());
        printer.line("  application %s, version %d, %s", result.application(), result.versionId(), result.status());
        printer.line("  code %s%s", result.code().uri(), result.uploaded() ? " (uploaded)" : "");
        PlanCost cost = result.plan().cost();
        if (cost != null && (cost.beforeUsd() == null || cost.change() != null)) {
            printer.line("  cost %s", cost.summary());
        }
        if (result.prunedSnapshots() != null && !result.prunedSnapshots().isEmpty()) {
            printer.line("  snapshot retention deleted %d snapshot(s): %s", result.prunedSnapshots().size(),
                    String.join(", ", result.prunedSnapshots()));
        }
    }

    /** In a GitHub Actions step: outputs application-arn, version-id, jar-s3-key, outcome, and a summary table. */
    static void reportToGitHub(Map<String, String> env, DeployResult result) {
        GitHubActions.detect(env).ifPresent(github -> {
            Map<String, String> outputs = new LinkedHashMap<>();
            outputs.put("application-arn", result.applicationArn());
            outputs.put("version-id", String.valueOf(result.versionId()));
            outputs.put("jar-s3-key", result.code().key());
            outputs.put("outcome", result.outcome().name());
            github.outputs(outputs);
            StringBuilder md = new StringBuilder("### flinkctl deploy: ").append(result.application()).append("\n\n")
                    .append("| | |\n|---|---|\n")
                    .append("| outcome | ").append(result.outcome().name().replace('_', ' ')).append(" |\n")
                    .append("| version | ").append(result.versionId()).append(" |\n")
                    .append("| status | ").append(result.status()).append(" |\n")
                    .append("| code | `").append(result.code().uri()).append("` |\n")
                    .append("| duration | ").append(result.durationMs() / 1000).append(" s |\n\n")
                    .append(result.message()).append("\n");
            if (!result.plan().changes().isEmpty()) {
                md.append("\n").append(PlanView.markdown(result.plan()));
            }
            github.summary(md.toString());
        });
    }
}
