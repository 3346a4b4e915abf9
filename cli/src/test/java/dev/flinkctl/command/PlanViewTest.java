package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.deploy.Change;
import dev.flinkctl.deploy.CodeLocation;
import dev.flinkctl.deploy.Plan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanViewTest {
    static final Plan UPDATE = new Plan("fraud", "aws (eu-west-1)", Plan.Action.update, "RUNNING", 3L,
            new CodeLocation("b", "flinkctl/fraud/abc.jar", null), true,
            List.of(new Change("scaling.parallelism", "2", "4", true)), true, true, "the snapshot taken before it",
            List.of("UpdateApplication"), null);

    static final Plan NONE = new Plan("fraud", "aws (eu-west-1)", Plan.Action.none, "RUNNING", 3L,
            new CodeLocation("b", "flinkctl/fraud/abc.jar", null), false, List.of(), false, false, "unchanged",
            List.of(), null);

    @TempDir
    Path dir;

    @Test
    void shouldAppendThePlanToTheGitHubStepSummary() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString());

        PlanView.reportToGitHub(env, UPDATE);
        PlanView.reportToGitHub(env, NONE);

        assertThat(Files.readString(summary)).isEqualTo("""
                earlier step
                ### flinkctl plan: fraud

                On aws (eu-west-1) (version 3, RUNNING), code `s3://b/flinkctl/fraud/abc.jar` (new: will be uploaded)

                | field | live | spec |
                |---|---|---|
                | `scaling.parallelism` | 2 | 4 |

                Action: **update**; state: the snapshot taken before it
                ### flinkctl plan: fraud

                On aws (eu-west-1) (version 3, RUNNING), code `s3://b/flinkctl/fraud/abc.jar`

                Action: **none**; state: unchanged
                """);
    }

    @Test
    void shouldWriteNothingOutsideGitHubActions() {
        Path summary = dir.resolve("summary.md");

        PlanView.reportToGitHub(Map.of("GITHUB_STEP_SUMMARY", summary.toString()), UPDATE);

        assertThat(summary).doesNotExist();
    }
}
