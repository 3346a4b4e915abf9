package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.Flinkctl;
import dev.flinkctl.job.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;

/**
 * {@code flinkctl metrics tail} on a real terminal: the CLI runs in its own JVM in a fixed-size tmux session against
 * the local endpoint, whose counting job publishes metrics to moto_server every 2 s. The tests read the screen as a
 * person would see it, quit the way a person would, and check that the terminal is as it was before: main screen
 * back, cursor shown, and the same {@code stty -a} settings.
 */
class MetricsScreenIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer moto = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness endpoint = new EndpointHarness(moto);

    private static final String APP = "tui-counting";
    private static final int COLUMNS = 100;
    private static final int ROWS = 30;
    private static final Duration SCREEN_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern EXIT = Pattern.compile("(?m)^exit=(\\d+)$");
    private static final Pattern RECORDS_IN = Pattern.compile("(?m)^numRecordsInPerSecond +\\S+ +([0-9][0-9,.]*) /s ");
    private static final Pattern UPTIME = Pattern.compile("(?m)^uptime +\\S+ +([0-9][0-9,.]*) (ms|s|min|h) ");

    private static boolean appRunning;

    @TempDir
    Path work;

    private TmuxSession tmux;

    @BeforeEach
    void runTheCountingApplication() throws Exception {
        // Started once for all tests (the endpoint outlives them); here, not in @BeforeAll, because the endpoint
        // harness puts the job's jar in S3 before each test.
        if (!appRunning) {
            start(APP);
            appRunning = true;
        }
    }

    @AfterEach
    void killTheTmuxServer() throws Exception {
        if (tmux != null) {
            tmux.close();
        }
    }

    @Test
    void shouldShowLiveMetricsAndRestoreTheTerminalWhenQuitWithQ() throws Exception {
        tail(APP);

        String screen = awaitValues();

        List<String> lines = screen.lines().map(String::stripTrailing).toList();
        assertThat(lines.get(0)).startsWith(APP + "   RUNNING   ").contains("KPU", "period 10s", " UTC")
                .endsWith("q quit");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches(
                "METRIC +STAT +CURRENT +MIN +MAX +TREND +HEALTH"));
        assertThat(lines).as("nothing wrapped or wider than the window")
                .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(COLUMNS));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("downtime ").endsWith("OK"));
        assertThat(screen).containsAnyOf("▁", "▂", "▃", "▄", "▅", "▆", "▇", "█");
        assertThat(tmux.format("#{alternate_on} #{cursor_flag}")).as("alternate screen on, cursor hidden")
                .isEqualTo("1 0");

        tmux.sendKeys("q");

        assertThat(awaitExit()).isEqualTo(ExitCodes.OK);
        assertTerminalRestored(true);
    }

    @Test
    void shouldQuitWithCtrlCAsAKeyAndExitZero() throws Exception {
        tail(APP);
        awaitValues();

        tmux.sendKeys("C-c");

        // Exit 0: Ctrl-C is how a live view normally ends, as q is. That "exit=0" prints at all shows the shell that
        // started flinkctl did not get SIGINT: in raw mode Ctrl-C is a key for the view, not a signal for the group.
        assertThat(awaitExit()).isEqualTo(ExitCodes.OK);
        assertTerminalRestored(true);
    }

    @Test
    void shouldRedrawAtTheNewSizeWhenResizedAndQuitOnSigint() throws Exception {
        tail(APP);
        awaitValues();

        tmux.resize(60, 12);

        String small = tmux.awaitScreen("the view redrawn in 60 x 12", Duration.ofSeconds(10),
                screen -> screen.contains("more (enlarge the window)"));
        List<String> lines = small.lines().map(String::stripTrailing).toList();
        assertThat(lines.get(0)).startsWith(APP + "   RUNNING");
        assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(60));
        assertThat(lines.stream().filter(line -> !line.isEmpty())).last().asString()
                .matches("… \\d+ more \\(enlarge the window\\)");

        ProcessHandle cli = cliProcess();
        new ProcessBuilder("kill", "-INT", String.valueOf(cli.pid())).inheritIO().start().waitFor();

        assertThat(awaitExit()).as("SIGINT from outside quits as q does").isEqualTo(ExitCodes.OK);
        // the window is smaller now, so the sizes in stty's first line differ
        assertTerminalRestored(false);
    }

    @Test
    void shouldRestoreTheTerminalWhenTerminated() throws Exception {
        tail(APP);
        awaitValues();

        new ProcessBuilder("kill", "-TERM", String.valueOf(cliProcess().pid())).inheritIO().start().waitFor();

        assertThat(awaitExit()).as("128 + SIGTERM").isEqualTo(143);
        assertTerminalRestored(true);
    }

    @Test
    void shouldRestoreTheTerminalAndReportTheErrorWhenARefreshFails() throws Exception {
        String name = "tui-deleted";
        start(name);
        tail(name);
        tmux.awaitScreen("the view of " + name, SCREEN_TIMEOUT, screen -> screen.startsWith(name + "   RUNNING"));

        endpoint.msf().stopApplication(b -> b.applicationName(name).force(true));
        ApplicationDetail stopped = awaitStatus(endpoint.msf(), name, ApplicationStatus.READY);
        endpoint.msf().deleteApplication(b -> b.applicationName(name).createTimestamp(stopped.createTimestamp()));

        assertThat(awaitExit()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(tmux.screen()).as("the error, on the main screen").contains("flinkctl: ", name);
        assertTerminalRestored(true);
    }

    private static void start(String name) throws Exception {
        new CountingApp(name, endpoint.outputFile()).create(endpoint.msf(), false, Map.of());
        String start = endpoint.msf().startApplication(b -> b.applicationName(name)).operationId();
        awaitStatus(endpoint.msf(), name, ApplicationStatus.RUNNING);
        assertThat(awaitOperation(endpoint.msf(), name, start)).isEqualTo(OperationStatus.SUCCESSFUL);
    }

    /** Runs {@code flinkctl metrics tail APP --period 10s} in its own JVM, in a new 100 x 30 terminal. */
    private void tail(String application) throws Exception {
        CliHarness cli = new CliHarness(endpoint, moto.endpoint(), work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = TmuxSession.javaScript(Files.createDirectories(work.resolve("tmux")), java, List.of(
                "-cp", System.getProperty("java.class.path"), Flinkctl.class.getName(),
                "metrics", "tail", application, "--period", "10s"));
        Map<String, String> env = new HashMap<>(cli.env());
        env.put("LANG", "C.UTF-8"); // block characters, whatever locale the build runs in
        tmux = TmuxSession.start(COLUMNS, ROWS, env, script);
    }

    /** Waits until the view shows numbers above zero for records in and uptime; returns that screen. */
    private String awaitValues() throws Exception {
        return tmux.awaitScreen("the view with values for numRecordsInPerSecond and uptime", SCREEN_TIMEOUT,
                screen -> positive(RECORDS_IN, screen) && positive(UPTIME, screen));
    }

    private static boolean positive(Pattern row, String screen) {
        Matcher matcher = row.matcher(screen);
        return matcher.find() && Double.parseDouble(matcher.group(1).replace(",", "")) > 0;
    }

    private int awaitExit() throws Exception {
        String screen = tmux.awaitScreen("flinkctl to exit", EXIT_TIMEOUT, s -> EXIT.matcher(s).find());
        Matcher exit = EXIT.matcher(screen);
        assertThat(exit.find()).isTrue();
        return Integer.parseInt(exit.group(1));
    }

    private ProcessHandle cliProcess() throws Exception {
        return tmux.paneProcess().children().filter(p -> p.info().command().orElse("").endsWith("/java"))
                .findFirst().orElseThrow(() -> new AssertionError("no java process under the pane"));
    }

    /**
     * Main screen back, cursor shown, line editing and echo on, and the settings exactly as before flinkctl ran.
     *
     * @param sameSize false when the window was resized (stty's first line carries rows and columns)
     */
    private void assertTerminalRestored(boolean sameSize) throws Exception {
        assertThat(tmux.format("#{alternate_on} #{cursor_flag}")).as("main screen, cursor shown").isEqualTo("0 1");
        String after = Files.readString(work.resolve("tmux/stty-after"));
        String before = Files.readString(work.resolve("tmux/stty-before"));
        Set<String> settings = Arrays.stream(after.split("[\\s;]+")).collect(Collectors.toSet());
        assertThat(settings).contains("icanon", "echo", "isig")
                .doesNotContain("-icanon", "-echo", "-isig");
        if (sameSize) {
            assertThat(after).isEqualTo(before);
        } else {
            assertThat(after.lines().skip(1).toList()).isEqualTo(before.lines().skip(1).toList());
        }
    }
}
