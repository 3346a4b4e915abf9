package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.Flinkctl;
import dev.flinkctl.job.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;

/**
 * {@code flinkctl shell} on a real terminal: the CLI runs in its own JVM in a tmux session against the local
 * endpoint, and the test types as a person would (Tab, Ctrl-C, the up arrow) and reads the screen.
 */
class ShellIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness endpoint = new EndpointHarness(moto);

    private static final String APP = "shell-counting";
    private static final String STREAM = "kinesis-analytics-log-stream";
    private static final Duration SCREEN_TIMEOUT = Duration.ofSeconds(60);
    private static final String FIRST_PROMPT = "flinkctl [local fraud-detection]>";
    private static final String APP_PROMPT = "flinkctl [local " + APP + "]>";

    @TempDir
    Path work;

    private TmuxSession tmux;

    @AfterEach
    void killTheTmuxServer() throws Exception {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void shouldCompleteRunRememberAndSurviveCtrlC() throws Exception {
        runWithLogging();
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);
        tmux = shell(cli, "first");
        awaitPrompt(FIRST_PROMPT);

        tmux.sendKeys("stat", "Tab");
        awaitLastLine("the command completed", FIRST_PROMPT + " status");
        tmux.sendKeys("--", "--no-c", "Tab"); // "--" ends the options of send-keys; a completed word ends with a space
        awaitLastLine("the option completed", FIRST_PROMPT + " status --no-color");
        tmux.sendKeys("Enter");
        String missing = awaitPrompt("flinkctl [local fraud-detection] exit=3>");
        assertThat(missing).as("the error as on the command line")
                .contains("flinkctl: application 'fraud-detection' not found");

        tmux.sendKeys("use " + APP, "Enter");
        awaitPrompt(APP_PROMPT);
        tmux.sendKeys("status", "Enter");
        String status = awaitPrompt(APP_PROMPT, "status", screen -> screen.contains("RUNNING"));
        assertThat(status).contains(APP);

        tmux.sendKeys("logs tail --poll 200ms --filter RUNNING", "Enter");
        tmux.awaitScreen("logs tail following", SCREEN_TIMEOUT,
                screen -> screen.contains("(Ctrl-C to stop)") && screen.contains("Application " + APP + " is RUNNING"));
        tmux.sendKeys("C-c");
        String interrupted = awaitPrompt("flinkctl [local " + APP + "] exit=130>");
        assertThat(interrupted).contains("flinkctl: interrupted");

        tmux.sendKeys("use", "Enter");
        awaitPrompt(APP_PROMPT, "use", screen -> screen.contains("application  " + APP));
        tmux.sendKeys("exit", "Enter");
        tmux.awaitScreen("the shell to end", SCREEN_TIMEOUT, screen -> screen.contains("exit=0"));
        assertThat(Files.readString(work.resolve("first/stty-after")))
                .as("the terminal's settings restored").isEqualTo(Files.readString(work.resolve("first/stty-before")));
        assertThat(work.resolve("config/history")).exists();

        tmux.close();
        tmux = shell(cli, "second");
        awaitPrompt(FIRST_PROMPT);
        tmux.sendKeys("Up");
        awaitLastLine("the last line of the first shell", FIRST_PROMPT + " exit");
        tmux.sendKeys("Up", "Up");
        awaitLastLine("the line before it", FIRST_PROMPT + " logs tail --poll 200ms --filter RUNNING");
        tmux.sendKeys("C-c");
        awaitPrompt(FIRST_PROMPT);
        tmux.sendKeys("C-d");
        tmux.awaitScreen("Ctrl-D to leave", SCREEN_TIMEOUT, screen -> screen.contains("exit=0"));
    }

    /** Creates the counting application with the default logging option and starts it. */
    private static void runWithLogging() throws Exception {
        new CountingApp(APP, endpoint.outputFile()).create(endpoint.msf(), false, Map.of());
        endpoint.msf().addApplicationCloudWatchLoggingOption(b -> b.applicationName(APP)
                .currentApplicationVersionId(1L).cloudWatchLoggingOption(o -> o.logStreamARN(
                        "arn:aws:logs:us-east-1:123456789012:log-group:/aws/kinesis-analytics/" + APP
                                + ":log-stream:" + STREAM)));
        String start = endpoint.msf().startApplication(b -> b.applicationName(APP)).operationId();
        assertThat(awaitOperation(endpoint.msf(), APP, start)).isEqualTo(OperationStatus.SUCCESSFUL);
        awaitStatus(endpoint.msf(), APP, ApplicationStatus.RUNNING);
    }

    /**
     * Starts {@code flinkctl shell} in its own JVM in a 120 x 40 terminal, in {@code work/name}, with the harness's
     * configuration (so both shells share the history). The script records the terminal's settings before and after,
     * prints {@code exit=N}, and keeps the pane open; its trap keeps the script alive through Ctrl-C (a terminal's
     * Ctrl-C goes to the whole foreground group), and is not inherited by java.
     */
    private TmuxSession shell(CliHarness cli, String name) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path argFile = dir.resolve("command.args");
        Files.writeString(argFile, String.join("\n", List.of("-cp", quoted(System.getProperty("java.class.path")),
                Flinkctl.class.getName(), "shell")) + "\n", UTF_8);
        Path script = Files.writeString(dir.resolve("run.sh"), String.join("\n",
                "cd '" + dir + "'",
                "trap : INT",
                "stty -a > stty-before",
                "'" + java + "' @'" + argFile + "'",
                "echo \"exit=$?\"",
                "stty -a > stty-after",
                "exec sleep 600",
                ""), UTF_8);
        Map<String, String> env = new HashMap<>(cli.env());
        env.put("LANG", "C.UTF-8");
        return TmuxSession.start(120, 40, env, script);
    }

    private static String quoted(String arg) {
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Waits until the screen's last non-empty line is {@code prompt} (nothing typed after it); returns the screen. */
    private String awaitPrompt(String prompt) throws Exception {
        return awaitPrompt(prompt, "nothing else", screen -> true);
    }

    private String awaitPrompt(String prompt, String what, java.util.function.Predicate<String> also)
            throws Exception {
        return tmux.awaitScreen("the prompt '" + prompt + "' after " + what, SCREEN_TIMEOUT,
                screen -> lastLine(screen).equals(prompt) && also.test(screen));
    }

    private void awaitLastLine(String what, String line) throws Exception {
        tmux.awaitScreen(what + ": '" + line + "'", SCREEN_TIMEOUT, screen -> lastLine(screen).equals(line));
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().map(String::stripTrailing).filter(line -> !line.isEmpty()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
