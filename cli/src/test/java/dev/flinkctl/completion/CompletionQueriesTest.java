package dev.flinkctl.completion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.candidates.CandidateKind;
import dev.flinkctl.candidates.CandidateQuery;
import dev.flinkctl.option.ApplicationOptions;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.targets.TargetRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;

class CompletionQueriesTest {
    private final CommandSpec root = CompletionScripts.tree().getCommandSpec();

    @TempDir
    Path dir;

    private CandidateQuery fromLine(Map<String, String> env, String... words) {
        return CompletionQueries.fromLine(CandidateKind.snapshots, TypedLine.read(root, List.of(words)), env);
    }

    @Test
    void theLineChoosesTargetAndApplication() {
        CandidateQuery query = fromLine(Map.of(), "snapshot", "pin", "--profile", "prod", "--region", "eu-west-1",
                "payments", "");

        assertThat(query.kind()).isEqualTo(CandidateKind.snapshots);
        assertThat(query.target()).isEqualTo(new TargetRequest(false, "prod", "eu-west-1"));
        assertThat(query.application()).isEqualTo("payments");
        assertThat(fromLine(Map.of(), "status", "--local", "").target()).isEqualTo(new TargetRequest(true, null,
                null));
    }

    @Test
    void withoutAppTheEnvironmentThenTheSpecThenTheDefaultName() throws IOException {
        Path spec = Files.writeString(dir.resolve("payments.yaml"), "name: payments-from-spec\n");

        assertThat(fromLine(Map.of(ApplicationOptions.APPLICATION_ENV, "orders"), "restore", "--snapshot", "")
                .application()).isEqualTo("orders");
        assertThat(fromLine(Map.of(), "restore", "-f", spec.toString(), "--snapshot", "").application())
                .isEqualTo("payments-from-spec");
        assertThat(fromLine(Map.of(), "restore", "-f", dir.resolve("missing.yaml").toString(), "--snapshot", "")
                .application()).isEqualTo(ApplicationSpec.DEFAULT_NAME);
    }

    @Test
    void aSessionPassesProfileAndRegionOnlyWhenItChoseAws() {
        Map<String, String> aws = Map.of("FLINKCTL_TARGET", "aws", "AWS_PROFILE", "prod", "AWS_REGION", "eu-west-1",
                ApplicationOptions.APPLICATION_ENV, "payments");
        Map<String, String> unchosen = Map.of("AWS_PROFILE", "prod", "AWS_REGION", "eu-west-1");

        assertThat(CompletionQueries.fromSession(CandidateKind.versions, aws))
                .isEqualTo(new CandidateQuery(CandidateKind.versions, new TargetRequest(false, "prod", "eu-west-1"),
                        "payments"));
        assertThat(CompletionQueries.fromSession(CandidateKind.versions, unchosen).target())
                .isEqualTo(TargetRequest.none());
    }
}
