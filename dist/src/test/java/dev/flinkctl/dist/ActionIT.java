package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.dist.Installed.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's steps (action/install.sh, action/run.sh, as action.yml runs them) in a faked GitHub Actions
 * environment: the variables a runner sets, pointing at files in a temporary directory. The install step installs the
 * assembled layout ({@code FLINKCTL_ACTION_INSTALL_FROM}) instead of building it; {@code plan} runs against the local
 * target.
 */
class ActionIT {
    private static final Duration QUICK = Duration.ofSeconds(90);
    /** moto_server and the endpoint JVM on 2 slow cores. */
    private static final Duration LOCAL_UP = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private Map<String, String> env;
    private Path output;
    private Path summary;
    private Path githubPath;

    @BeforeEach
    void fakeGitHub() throws Exception {
        output = dir.resolve("github-output");
        summary = dir.resolve("github-step-summary.md");
        githubPath = dir.resolve("github-path");
        env = new HashMap<>();
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_ACTION_PATH", Installed.REPO.toString());
        env.put("RUNNER_TEMP", Files.createDirectories(dir.resolve("runner-temp")).toString());
        env.put("GITHUB_PATH", githubPath.toString());
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("FLINKCTL_ACTION_INSTALL_FROM", Installed.DIST.toString());
        env.put("FLINKCTL_CONFIG_DIR", dir.resolve("config").toString());
        env.put("FLINKCTL_LOCAL_DIR", dir.resolve("data").toString());
    }

    /** Stops the local environment the test started, and kills what does not stop. */
    @AfterEach
    void stop() throws Exception {
        Installed.stopLocal(dir, env, dir.resolve("data"));
    }

    @Test
    void shouldInstallThenPassExitCodesThroughAndPlanIntoTheStepSummary() throws Exception {
        Path bin = dir.resolve("runner-temp/flinkctl/bin");
        Result install = step("install.sh", Map.of());

        assertThat(install.exitCode()).as(install.toString()).isZero();
        assertThat(install.out()).contains("Installed flinkctl " + System.getProperty("flinkctl.expectedVersion"));
        assertThat(Files.readAllLines(githubPath)).containsExactly(bin.toString());
        Result again = step("install.sh", Map.of());
        assertThat(again.out()).as(again.toString()).contains("flinkctl is already installed in ");

        // A failing command fails the step with its exit code; quotes and working-directory apply.
        Path workspace = Files.createDirectories(dir.resolve("workspace/job"));
        Result missing = step("run.sh", Map.of("INPUT_COMMAND", "flinkctl run --input 'no such.jsonl'",
                "INPUT_WORKING_DIRECTORY", workspace.toString()));

        assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(2);
        assertThat(missing.err()).contains("::error title=flinkctl::input file not found: "
                + workspace.toRealPath().resolve("no such.jsonl"));
        assertThat(Files.readAllLines(output)).containsExactly("exit-code=2");

        Result up = Installed.flinkctl(dir, LOCAL_UP, env, "local", "up");
        assertThat(up.exitCode()).as(up.toString()).isZero();
        Result plan = step("run.sh", Map.of("INPUT_COMMAND", "plan --local", "INPUT_OK_EXIT_CODES", "0 2"));

        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("Plan for fraud-detection on local");
        assertThat(Files.readAllLines(output)).containsExactly("exit-code=2", "exit-code=2");
        assertThat(Files.readString(summary)).startsWith("### flinkctl plan: fraud-detection\n\nOn local")
                .contains("(does not exist)", "Action: **create**");

        Result failedPlan = step("run.sh", Map.of("INPUT_COMMAND", "plan --local"));
        assertThat(failedPlan.exitCode()).as("without ok-exit-codes, changes fail the step").isEqualTo(2);
    }

    private Result step(String script, Map<String, String> inputs) throws Exception {
        Map<String, String> stepEnv = new HashMap<>(env);
        stepEnv.putAll(inputs);
        return Installed.run(List.of(Installed.REPO.resolve("action").resolve(script).toString()), dir, QUICK,
                stepEnv);
    }
}
