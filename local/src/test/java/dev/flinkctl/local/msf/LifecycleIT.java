package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.local.Await;
import dev.flinkctl.job.MotoServer;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotStatus;

/**
 * The whole lifecycle through the AWS SDK over HTTP, on a real job whose keyed counts must survive
 * every restore: create → start → snapshot → update while running → rollback → stop → start from a
 * snapshot → delete.
 */
class LifecycleIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer MOTO = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness ENDPOINT = new EndpointHarness(MOTO);

    @Test
    void shouldKeepKeyedStateThroughUpdateRollbackStopAndStartFromSnapshot() throws Exception {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        CountingApp app = new CountingApp("lifecycle", ENDPOINT.outputFile());
        ApplicationDetail created = app.create(msf, false, Map.of());
        assertThat(created.applicationStatus()).isEqualTo(ApplicationStatus.READY);
        assertThat(created.applicationVersionId()).isEqualTo(1);

        // start: a fresh run counts from 1
        String start = msf.startApplication(b -> b.applicationName(app.name)).operationId();
        assertThat(msf.describeApplication(b -> b.applicationName(app.name)).applicationDetail().applicationStatus())
                .isIn(ApplicationStatus.STARTING, ApplicationStatus.RUNNING);
        awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        assertThat(awaitOperation(msf, app.name, start)).isEqualTo(OperationStatus.SUCCESSFUL);
        String firstRun = app.awaitNewRun(0);
        assertThat(app.firstCount(firstRun)).isEqualTo(10);

        // snapshot
        app.awaitCount(30);
        long beforeManual = app.maxCount();
        msf.createApplicationSnapshot(b -> b.applicationName(app.name).snapshotName("manual-1"));
        SnapshotDetails manual = awaitSnapshot(msf, app.name, "manual-1");
        assertThat(manual.applicationVersionId()).isEqualTo(1);

        // update while running: snapshot, restart at version 2, restore
        app.awaitCount(beforeManual + 20);
        long beforeUpdate = app.maxCount();
        var update = msf.updateApplication(b -> b.applicationName(app.name).currentApplicationVersionId(1L)
                .applicationConfigurationUpdate(u -> u.environmentPropertyUpdates(app.properties(Map.of("rate", "50")))));
        assertThat(update.applicationDetail().applicationVersionId()).isEqualTo(2);
        assertThat(update.applicationDetail().applicationStatus()).isEqualTo(ApplicationStatus.UPDATING);
        assertThat(awaitOperation(msf, app.name, update.operationId())).isEqualTo(OperationStatus.SUCCESSFUL);
        awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        String updatedRun = app.awaitNewRun(1);
        assertThat(app.firstCount(updatedRun)).isGreaterThanOrEqualTo(beforeUpdate);
        assertThat(msf.listApplicationSnapshots(b -> b.applicationName(app.name)).snapshotSummaries())
                .anySatisfy(s -> assertThat(s.snapshotName()).startsWith("update-lifecycle-"));

        // rollback: version 3 is version 1 again, restored from the latest READY snapshot (the update's)
        app.awaitCount(app.maxCount() + 20);
        var rollback = msf.rollbackApplication(b -> b.applicationName(app.name).currentApplicationVersionId(2L));
        assertThat(rollback.applicationDetail().applicationStatus()).isEqualTo(ApplicationStatus.ROLLING_BACK);
        assertThat(awaitOperation(msf, app.name, rollback.operationId())).isEqualTo(OperationStatus.SUCCESSFUL);
        ApplicationDetail rolledBack = awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        assertThat(rolledBack.applicationVersionId()).isEqualTo(3);
        assertThat(rolledBack.applicationVersionRolledBackFrom()).isEqualTo(2);
        assertThat(rolledBack.applicationVersionRolledBackTo()).isEqualTo(1);
        assertThat(rolledBack.applicationConfigurationDescription().environmentPropertyDescriptions()
                .propertyGroupDescriptions().get(0).propertyMap()).doesNotContainKey("rate");
        assertThat(msf.listApplicationVersions(b -> b.applicationName(app.name)).applicationVersionSummaries())
                .extracting(ApplicationVersionSummary::applicationVersionId, ApplicationVersionSummary::applicationStatusAsString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "RUNNING"), org.assertj.core.groups.Tuple.tuple(2L, "ROLLED_BACK"),
                        org.assertj.core.groups.Tuple.tuple(1L, "RUNNING"));
        String rolledBackRun = app.awaitNewRun(2);
        assertThat(app.firstCount(rolledBackRun)).isGreaterThanOrEqualTo(beforeUpdate);

        // stop: a snapshot of version 3, then READY
        app.awaitCount(app.maxCount() + 20);
        String stop = msf.stopApplication(b -> b.applicationName(app.name)).operationId();
        assertThat(awaitOperation(msf, app.name, stop)).isEqualTo(OperationStatus.SUCCESSFUL);
        ApplicationDetail stopped = awaitStatus(msf, app.name, ApplicationStatus.READY);
        assertThat(stopped.applicationConfigurationDescription().runConfigurationDescription()).isNull();
        long atStop = app.maxCount();
        assertThat(msf.listApplicationSnapshots(b -> b.applicationName(app.name)).snapshotSummaries())
                .filteredOn(s -> s.snapshotName().startsWith("stop-lifecycle-"))
                .singleElement().satisfies(s -> {
                    assertThat(s.snapshotStatus()).isEqualTo(SnapshotStatus.READY);
                    assertThat(s.applicationVersionId()).isEqualTo(3);
                });

        // start from the manual snapshot: counts go back to what they were then
        msf.startApplication(b -> b.applicationName(app.name).runConfiguration(r -> r.applicationRestoreConfiguration(
                c -> c.applicationRestoreType(ApplicationRestoreType.RESTORE_FROM_CUSTOM_SNAPSHOT).snapshotName("manual-1"))));
        ApplicationDetail restarted = awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        assertThat(restarted.applicationConfigurationDescription().runConfigurationDescription()
                .applicationRestoreConfigurationDescription().snapshotName()).isEqualTo("manual-1");
        String fromManual = app.awaitNewRun(3);
        assertThat(app.firstCount(fromManual)).isGreaterThanOrEqualTo(beforeManual).isLessThan(atStop);

        // delete while running: gone, with its files
        msf.deleteApplication(b -> b.applicationName(app.name).createTimestamp(created.createTimestamp()));
        Await.until("lifecycle to be deleted", EndpointHarness.TIMEOUT, () -> {
            try {
                msf.describeApplication(b -> b.applicationName(app.name));
                return false;
            } catch (ResourceNotFoundException e) {
                return true;
            }
        });
        assertThatThrownBy(() -> msf.describeApplication(b -> b.applicationName(app.name)))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("lifecycle");
        assertThat(ENDPOINT.data().resolve("snapshots").resolve(app.name)).doesNotExist();
        assertThat(Files.exists(ENDPOINT.data().resolve("applications").resolve(app.name + ".json"))).isFalse();
    }

    static SnapshotDetails awaitSnapshot(KinesisAnalyticsV2Client msf, String app, String name) throws Exception {
        SnapshotDetails[] last = new SnapshotDetails[1];
        Await.until(() -> "snapshot " + name + " to be READY (last: " + last[0] + ")", EndpointHarness.TIMEOUT, () -> {
            last[0] = msf.describeApplicationSnapshot(b -> b.applicationName(app).snapshotName(name)).snapshotDetails();
            return last[0].snapshotStatus() != SnapshotStatus.CREATING;
        });
        assertThat(last[0].snapshotStatus()).isEqualTo(SnapshotStatus.READY);
        return last[0];
    }
}
