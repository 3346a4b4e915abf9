package dev.flinkctl.local.msf;

import static dev.flinkctl.local.msf.EndpointHarness.awaitOperation;
import static dev.flinkctl.local.msf.EndpointHarness.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.job.MotoServer;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfoDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationRestoreType;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationStatus;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.OperationStatus;

/** Jobs that fail: a crash loop at start, a failing update with and without system rollback, state that no longer maps. */
class FailuresIT {
    @RegisterExtension
    @Order(1)
    static final MotoServer MOTO = new MotoServer();

    @RegisterExtension
    @Order(2)
    static final EndpointHarness ENDPOINT = new EndpointHarness(MOTO);

    @Test
    void shouldFailTheStartOfACrashLoopingJobAndReturnToReady() throws Exception {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        CountingApp app = new CountingApp("crash-loop", ENDPOINT.outputFile());
        app.create(msf, false, Map.of("crash", "true"));
        String start = msf.startApplication(b -> b.applicationName(app.name)).operationId();
        assertThat(awaitOperation(msf, app.name, start)).isEqualTo(OperationStatus.FAILED);
        ApplicationOperationInfoDetails details = operation(msf, app.name, start);
        assertThat(details.operationFailureDetails().errorInfo().errorString())
                .contains("failed 3 times while starting").contains("crashes on purpose");
        assertThat(awaitStatus(msf, app.name, ApplicationStatus.READY).applicationConfigurationDescription()
                .runConfigurationDescription()).isNull();
    }

    @Test
    void shouldRollBackAFailingUpdateByItselfWhenSystemRollbackIsEnabled() throws Exception {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        CountingApp app = new CountingApp("system-rollback", ENDPOINT.outputFile());
        app.create(msf, true, Map.of());
        msf.startApplication(b -> b.applicationName(app.name));
        awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        app.awaitCount(30);
        long beforeUpdate = app.maxCount();
        String update = msf.updateApplication(b -> b.applicationName(app.name).currentApplicationVersionId(1L)
                .applicationConfigurationUpdate(u -> u.environmentPropertyUpdates(app.properties(Map.of("crash", "true")))))
                .operationId();
        assertThat(awaitOperation(msf, app.name, update)).isEqualTo(OperationStatus.FAILED);
        ApplicationOperationInfoDetails failed = operation(msf, app.name, update);
        String rollbackId = failed.operationFailureDetails().rollbackOperationId();
        assertThat(rollbackId).isNotNull();
        assertThat(failed.operationFailureDetails().errorInfo().errorString()).contains("crashes on purpose");
        assertThat(awaitOperation(msf, app.name, rollbackId)).isEqualTo(OperationStatus.SUCCESSFUL);
        ApplicationDetail running = awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        assertThat(running.applicationVersionId()).isEqualTo(3);
        assertThat(running.applicationVersionRolledBackTo()).isEqualTo(1);
        String rolledBackRun = app.awaitNewRun(1);
        assertThat(app.firstCount(rolledBackRun)).isGreaterThanOrEqualTo(beforeUpdate);
        msf.stopApplication(b -> b.applicationName(app.name).force(true));
        awaitStatus(msf, app.name, ApplicationStatus.READY);
    }

    @Test
    void shouldLeaveAFailedUpdateInUpdatingWithoutSystemRollbackUntilRolledBack() throws Exception {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        CountingApp app = new CountingApp("stuck-update", ENDPOINT.outputFile());
        app.create(msf, false, Map.of());
        msf.startApplication(b -> b.applicationName(app.name));
        awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        app.awaitCount(20);
        String update = msf.updateApplication(b -> b.applicationName(app.name).currentApplicationVersionId(1L)
                .applicationConfigurationUpdate(u -> u.environmentPropertyUpdates(app.properties(Map.of("crash", "true")))))
                .operationId();
        assertThat(awaitOperation(msf, app.name, update)).isEqualTo(OperationStatus.FAILED);
        assertThat(operation(msf, app.name, update).operationFailureDetails().rollbackOperationId()).isNull();
        assertThat(msf.describeApplication(b -> b.applicationName(app.name)).applicationDetail().applicationStatus())
                .isEqualTo(ApplicationStatus.UPDATING);
        String rollback = msf.rollbackApplication(b -> b.applicationName(app.name).currentApplicationVersionId(2L)).operationId();
        assertThat(awaitOperation(msf, app.name, rollback)).isEqualTo(OperationStatus.SUCCESSFUL);
        assertThat(awaitStatus(msf, app.name, ApplicationStatus.RUNNING).applicationVersionId()).isEqualTo(3);
        msf.stopApplication(b -> b.applicationName(app.name).force(true));
        awaitStatus(msf, app.name, ApplicationStatus.READY);
    }

    @Test
    void shouldFailARestoreWhoseStateNoLongerMapsUnlessNonRestoredStateIsAllowed() throws Exception {
        KinesisAnalyticsV2Client msf = ENDPOINT.msf();
        CountingApp app = new CountingApp("changed-uid", ENDPOINT.outputFile());
        app.create(msf, false, Map.of());
        msf.startApplication(b -> b.applicationName(app.name));
        awaitStatus(msf, app.name, ApplicationStatus.RUNNING);
        app.awaitCount(20);
        msf.stopApplication(b -> b.applicationName(app.name));
        awaitStatus(msf, app.name, ApplicationStatus.READY);
        msf.updateApplication(b -> b.applicationName(app.name).currentApplicationVersionId(1L)
                .applicationConfigurationUpdate(u -> u.environmentPropertyUpdates(app.properties(Map.of("uid", "counter-v2")))));
        awaitStatus(msf, app.name, ApplicationStatus.READY);

        String strict = msf.startApplication(b -> b.applicationName(app.name)).operationId();
        assertThat(awaitOperation(msf, app.name, strict)).isEqualTo(OperationStatus.FAILED);
        assertThat(operation(msf, app.name, strict).operationFailureDetails().errorInfo().errorString())
                .contains("AllowNonRestoredState");
        awaitStatus(msf, app.name, ApplicationStatus.READY);

        String lenient = msf.startApplication(b -> b.applicationName(app.name).runConfiguration(r -> r
                .flinkRunConfiguration(f -> f.allowNonRestoredState(true))
                .applicationRestoreConfiguration(c -> c.applicationRestoreType(ApplicationRestoreType.RESTORE_FROM_LATEST_SNAPSHOT))))
                .operationId();
        assertThat(awaitOperation(msf, app.name, lenient)).isEqualTo(OperationStatus.SUCCESSFUL);
        String fresh = app.awaitNewRun(1);
        assertThat(app.firstCount(fresh)).isEqualTo(10);
        msf.stopApplication(b -> b.applicationName(app.name).force(true));
        awaitStatus(msf, app.name, ApplicationStatus.READY);
    }

    private static ApplicationOperationInfoDetails operation(KinesisAnalyticsV2Client msf, String app, String id) {
        return msf.describeApplicationOperation(b -> b.applicationName(app).operationId(id)).applicationOperationInfoDetails();
    }
}
