package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.local.Await;
import dev.flinkctl.job.MotoServer;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;

/** Nothing is lost when the endpoint stops, cleanly or by a crash: applications are listed again and running ones resume their state. */
class EndpointRestartIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer MOTO = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness ENDPOINT = new EndpointHarness(MOTO);

    @Test
    void shouldResumeRunningApplicationsFromTheirStateAfterACleanRestart() throws Exception {
        CountingApp app = new CountingApp("clean-restart", ENDPOINT.outputFile());
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        app.create(msf, false, Map.of());
        msf.startApplication(b -> b.applicationName(app.name));
        awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        msf.createApplicationSnapshot(b -> b.applicationName(app.name).snapshotName("kept"));
        LifecycleIT.awaitSnapshot(msf, app.name, "kept");
        app.awaitCount(30);
        long beforeStop = app.maxCount();

        ENDPOINT.stop();
        ENDPOINT.start();

        KinesisAnalyticsV2Client again = ENDPOINT.msf();
        awaitStatus(again, app.name, ApplicationStatus.RUNNING);
        assertThat(again.listApplicationSnapshots(b -> b.applicationName(app.name)).snapshotSummaries())
                .extracting(s -> s.snapshotName()).contains("kept");
        assertThat(again.listApplicationOperations(b -> b.applicationName(app.name)).applicationOperationInfoList())
                .anySatisfy(o -> assertThat(o.operationStatus()).isEqualTo(OperationStatus.SUCCESSFUL));
        String resumed = app.awaitNewRun(1);
        assertThat(app.firstCount(resumed)).isGreaterThanOrEqualTo(beforeStop);
    }

    @Test
    void shouldResumeFromTheLatestCheckpointAfterTheEndpointProcessIsKilled() throws Exception {
        Path data = Files.createTempDirectory(ENDPOINT.data(), "crash-");
        CountingApp app = new CountingApp("crash-restart", ENDPOINT.outputFile());
        Process first = startProcess(data);
        try (KinesisAnalyticsV2Client msf = EndpointHarness.client(awaitEndpoint(data, first))) {
            app.create(msf, false, Map.of());
            msf.startApplication(b -> b.applicationName(app.name));
            awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
            app.awaitCount(50);
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: no savepoint, no clean shutdown
        }
        long atCrash = app.maxCount();
        Files.deleteIfExists(data.resolve(LocalEndpoint.ENDPOINT_FILE));

        Process second = startProcess(data);
        try (KinesisAnalyticsV2Client msf = EndpointHarness.client(awaitEndpoint(data, second))) {
            assertThat(msf.listApplications().applicationSummaries()).extracting(s -> s.applicationName()).contains(app.name);
            awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
            String resumed = app.awaitNewRun(1);
            assertThat(app.firstCount(resumed)).as("restored from a checkpoint, not started empty")
                    .isGreaterThan(10).isLessThanOrEqualTo(atCrash + 10);
            msf.stopApplication(b -> b.applicationName(app.name).force(true));
            awaitStatus(msf, app.name, ApplicationStatus.READY);
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** The endpoint in a JVM of its own, as `flinkctl local up` runs it, with the test's classpath. */
    private static Process startProcess(Path data) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-")) {
                command.add(arg);
            }
        }
        command.addAll(List.of("-Dflinkctl.log.file=" + data.resolve("endpoint.log"), "-cp", System.getProperty("java.class.path"),
                EndpointMain.class.getName(), "--data-dir", data.toString(), "--port", "0", "--dashboard-port", "0",
                "--s3-endpoint", MOTO.endpoint().toString(), "--cloudwatch-endpoint", MOTO.endpoint().toString(),
                "--logs-endpoint", MOTO.endpoint().toString(), "--restart-delay", "200ms", "--stable-time", "500ms"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("endpoint.out").toFile()).start();
    }

    private static URI awaitEndpoint(Path data, Process process) throws Exception {
        File file = data.resolve(LocalEndpoint.ENDPOINT_FILE).toFile();
        Await.until(() -> "the endpoint process to write " + file + " (output: " + output(data) + ")", EndpointHarness.TIMEOUT,
                () -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the endpoint process exited: " + output(data));
                    }
                    return file.exists();
                });
        return URI.create(new ObjectMapper().readTree(file).get("endpoint").asText());
    }

    private static String output(Path data) {
        try {
            return Files.readString(data.resolve("endpoint.out"));
        } catch (Exception e) {
            return "(none)";
        }
    }
}
