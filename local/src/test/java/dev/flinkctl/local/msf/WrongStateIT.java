package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.job.MotoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ConcurrentModificationException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.InvalidApplicationConfigurationException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.KinesisAnalyticsV2Exception;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RuntimeEnvironment;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.UnsupportedOperationException;

/** Every call in the wrong state gets the modelled exception; concurrent updates; pagination; the wire format of errors. */
class WrongStateIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer MOTO = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness ENDPOINT = new EndpointHarness(MOTO);

    @Test
    void shouldRejectCallsThatTheStatusDoesNotAllow() throws Exception {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        CountingApp app = new CountingApp("wrong-state", ENDPOINT.outputFile());
        ApplicationDetail created = app.create(msf, false, Map.of());

        // READY: no stop, no snapshot, no rollback; duplicate create
        assertThatThrownBy(() -> msf.stopApplication(b -> b.applicationName(app.name)))
                .isInstanceOf(ResourceInUseException.class).hasMessageContaining("READY");
        assertThatThrownBy(() -> msf.stopApplication(b -> b.applicationName(app.name).force(true)))
                .isInstanceOf(ResourceInUseException.class);
        assertThatThrownBy(() -> msf.createApplicationSnapshot(b -> b.applicationName(app.name).snapshotName("s")))
                .isInstanceOf(ResourceInUseException.class);
        assertThatThrownBy(() -> msf.rollbackApplication(b -> b.applicationName(app.name).currentApplicationVersionId(1L)))
                .isInstanceOf(ResourceInUseException.class);
        assertThatThrownBy(() -> app.create(msf, false, Map.of())).isInstanceOf(ResourceInUseException.class);
        assertThatThrownBy(() -> msf.startApplication(b -> b.applicationName(app.name).runConfiguration(r -> r
                .applicationRestoreConfiguration(c -> c.applicationRestoreType("RESTORE_FROM_CUSTOM_SNAPSHOT").snapshotName("nope")))))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("nope");

        // RUNNING: no second start; a RUNNING app has no previous version to roll back to
        msf.startApplication(b -> b.applicationName(app.name));
        assertThatThrownBy(() -> msf.startApplication(b -> b.applicationName(app.name)))
                .isInstanceOf(ResourceInUseException.class).hasMessageContaining("STARTING");
        awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        assertThatThrownBy(() -> msf.startApplication(b -> b.applicationName(app.name)))
                .isInstanceOf(ResourceInUseException.class).hasMessageContaining("RUNNING");
        assertThatThrownBy(() -> msf.rollbackApplication(b -> b.applicationName(app.name).currentApplicationVersionId(1L)))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("no previous version");
        assertThatThrownBy(() -> msf.rollbackApplication(b -> b.applicationName(app.name).currentApplicationVersionId(7L)))
                .isInstanceOf(ConcurrentModificationException.class);

        // a stop returns at once, in STOPPING (how long it stays there is Flink's: not asserted)
        msf.stopApplication(b -> b.applicationName(app.name));
        assertThat(msf.describeApplication(b -> b.applicationName(app.name)).applicationDetail().applicationStatus())
                .isIn(ApplicationStatus.STOPPING, ApplicationStatus.READY);
        awaitStatus(msf, app.name, ApplicationStatus.READY);

        // deleting needs the exact CreateTimestamp
        assertThatThrownBy(() -> msf.deleteApplication(b -> b.applicationName(app.name).createTimestamp(Instant.EPOCH)))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("CreateTimestamp");
        var snapshot = msf.listApplicationSnapshots(b -> b.applicationName(app.name)).snapshotSummaries().get(0);
        assertThatThrownBy(() -> msf.deleteApplicationSnapshot(b -> b.applicationName(app.name)
                .snapshotName(snapshot.snapshotName()).snapshotCreationTimestamp(snapshot.snapshotCreationTimestamp().minusSeconds(1))))
                .isInstanceOf(InvalidArgumentException.class);
        msf.deleteApplicationSnapshot(b -> b.applicationName(app.name).snapshotName(snapshot.snapshotName())
                .snapshotCreationTimestamp(snapshot.snapshotCreationTimestamp()));
        assertThat(msf.listApplicationSnapshots(b -> b.applicationName(app.name)).snapshotSummaries()).isEmpty();
        msf.deleteApplication(b -> b.applicationName(app.name).createTimestamp(created.createTimestamp()));
        assertThatThrownBy(() -> msf.describeApplication(b -> b.applicationName(app.name)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void shouldRejectSnapshotsWhenDisabledAndBadConfiguration() throws Exception {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        CountingApp app = new CountingApp("no-snapshots", ENDPOINT.outputFile());
        app.create(msf, false, Map.of());
        msf.updateApplication(b -> b.applicationName(app.name).currentApplicationVersionId(1L)
                .applicationConfigurationUpdate(u -> u.applicationSnapshotConfigurationUpdate(s -> s.snapshotsEnabledUpdate(false))));
        awaitStatus(msf, app.name, ApplicationStatus.READY);
        msf.startApplication(b -> b.applicationName(app.name));
        awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        assertThatThrownBy(() -> msf.createApplicationSnapshot(b -> b.applicationName(app.name).snapshotName("s")))
                .isInstanceOf(InvalidApplicationConfigurationException.class).hasMessageContaining("Snapshots are disabled");
        assertThatThrownBy(() -> msf.updateApplication(b -> b.applicationName(app.name).currentApplicationVersionId(2L)
                .applicationConfigurationUpdate(u -> u.flinkApplicationConfigurationUpdate(f -> f.parallelismConfigurationUpdate(
                        p -> p.configurationTypeUpdate("CUSTOM").parallelismUpdate(0))))))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("Parallelism");
        assertThatThrownBy(() -> msf.createApplication(b -> b.applicationName("bad name!").runtimeEnvironment(RuntimeEnvironment.FLINK_1_20)
                .serviceExecutionRole(EndpointHarness.ROLE))).isInstanceOf(InvalidArgumentException.class);
        assertThatThrownBy(() -> msf.createApplication(b -> b.applicationName("sql").runtimeEnvironment(RuntimeEnvironment.SQL_1_0)
                .serviceExecutionRole(EndpointHarness.ROLE))).isInstanceOf(UnsupportedOperationException.class);
        msf.stopApplication(b -> b.applicationName(app.name).force(true));
        awaitStatus(msf, app.name, ApplicationStatus.READY);
    }

    @Test
    void shouldLetExactlyOneOfTwoConcurrentUpdatesWin() throws Exception {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        CountingApp app = new CountingApp("concurrent", ENDPOINT.outputFile());
        String token = app.create(msf, false, Map.of()).conditionalToken();
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> updates = new ArrayList<>();
        for (String rate : List.of("10", "20")) {
            updates.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    msf.updateApplication(b -> b.applicationName(app.name).conditionalToken(token)
                            .applicationConfigurationUpdate(u -> u.environmentPropertyUpdates(app.properties(Map.of("rate", rate)))));
                    return "won";
                } catch (ConcurrentModificationException e) {
                    return "ConcurrentModificationException";
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        List<String> outcomes = updates.stream().map(CompletableFuture::join).toList();
        assertThat(outcomes).containsExactlyInAnyOrder("won", "ConcurrentModificationException");
        assertThat(msf.describeApplication(b -> b.applicationName(app.name)).applicationDetail().applicationVersionId()).isEqualTo(2);
        assertThatThrownBy(() -> msf.updateApplication(b -> b.applicationName(app.name).currentApplicationVersionId(1L)
                .applicationConfigurationUpdate(u -> u.environmentPropertyUpdates(app.properties(Map.of("rate", "30"))))))
                .isInstanceOf(ConcurrentModificationException.class).hasMessageContaining("version 1");
    }

    @Test
    void shouldPageApplicationsByName() {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        for (int i = 0; i < 5; i++) {
            String name = "page-" + i;
            msf.createApplication(b -> b.applicationName(name).runtimeEnvironment(RuntimeEnvironment.FLINK_1_20)
                    .serviceExecutionRole(EndpointHarness.ROLE));
        }
        List<String> names = msf.listApplicationsPaginator(b -> b.limit(2)).applicationSummaries().stream()
                .map(ApplicationSummary::applicationName).filter(n -> n.startsWith("page-")).toList();
        assertThat(names).containsExactly("page-0", "page-1", "page-2", "page-3", "page-4");
        assertThat(msf.listApplications(b -> b.limit(2).nextToken("page-3")).applicationSummaries())
                .extracting(ApplicationSummary::applicationName).first().isEqualTo("page-3");
    }

    @Test
    void shouldAnswerUnimplementedAndMalformedCallsWithModelledErrors() throws Exception {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        assertThatThrownBy(() -> msf.addApplicationVpcConfiguration(b -> b.applicationName("x").currentApplicationVersionId(1L)
                .vpcConfiguration(v -> v.subnetIds("s").securityGroupIds("g"))))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("AddApplicationVpcConfiguration");
        HttpResponse<String> malformed = post("KinesisAnalytics_20180523.DescribeApplication", "{not json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidRequestException");
        assertThat(malformed.body()).contains("\"__type\":\"InvalidRequestException\"").contains("\"message\"");
        HttpResponse<String> wrongType = post("KinesisAnalytics_20180523.DescribeApplication", "{\"ApplicationName\": 7}");
        assertThat(wrongType.body()).contains("InvalidRequestException").contains("ApplicationName must be a string");
        HttpResponse<String> unknown = post("KinesisAnalytics_20180523.Frobnicate", "{}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("UnsupportedOperationException").contains("Frobnicate");
        HttpResponse<String> missing = post("KinesisAnalytics_20180523.DescribeApplication", "{\"ApplicationName\":\"missing\"}");
        assertThat(missing.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceNotFoundException");
        assertThatThrownBy(() -> msf.describeApplication(b -> b.applicationName("missing")))
                .isInstanceOfSatisfying(KinesisAnalyticsV2Exception.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static HttpResponse<String> post(String target, String body) throws Exception {
        URI endpoint = ENDPOINT.endpoint().endpoint();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint).header("X-Amz-Target", target)
                .header("Content-Type", "application/x-amz-json-1.1").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
