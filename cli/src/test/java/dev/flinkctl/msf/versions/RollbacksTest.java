package dev.flinkctl.msf.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfo;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationOperationInfoDetails;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ConcurrentModificationException;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.RollbackApplicationResponse;

class RollbacksTest {
    static final ApplicationDetail V1 = Details.version(1, Map.of("rate", "40", "api.token", "tok-1"));
    static final ApplicationDetail V2 = Details.version(2, Map.of("rate", "50", "api.token", "tok-2"));
    static final ApplicationDetail V3 = Details.version(3, Map.of("rate", "60", "api.token", "tok-2"));
    static final Duration WAIT = Duration.ofSeconds(5);

    private final List<String> progress = new ArrayList<>();

    private static Rollbacks rollbacks(FakeMsf msf) {
        return new Rollbacks(msf, Duration.ofMillis(1));
    }

    private static FlinkctlException refusal(Runnable call) {
        try {
            call.run();
        } catch (FlinkctlException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void shouldPreviewTheChangesBackToThePreviousVersionAndTheLatestSnapshot() {
        FakeMsf msf = new FakeMsf(V1, V2).snapshot("update-fraud-1", 2);

        RollbackPreview preview = rollbacks(msf).preview("fraud", null);

        assertThat(preview.fromVersion()).isEqualTo(2);
        assertThat(preview.toVersion()).isEqualTo(1);
        assertThat(preview.snapshot()).isEqualTo(new RestoredSnapshot("update-fraud-1",
                Instant.parse("2025-01-01T13:00:00Z"), 2L));
        assertThat(preview.changes()).containsExactly(new FieldChange("properties.Counter.api.token", "****", "****"),
                new FieldChange("properties.Counter.rate", "50", "40"));
    }

    @Test
    void shouldRefuseWithoutPreviousVersionRunningStatusOrSnapshot() {
        FlinkctlException first = refusal(() -> rollbacks(new FakeMsf(V1).snapshot("s", 1)).preview("fraud", null));
        assertThat(first.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(first.getMessage()).contains("version 1", "no previous version");

        ApplicationDetail ready = V2.toBuilder().applicationStatus("READY").build();
        FlinkctlException stopped = refusal(() -> rollbacks(new FakeMsf(V1, ready).snapshot("s", 1))
                .preview("fraud", null));
        assertThat(stopped.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(stopped.getMessage()).contains("is READY", "flinkctl start fraud");

        FlinkctlException noSnapshot = refusal(() -> rollbacks(new FakeMsf(V1, V2)).preview("fraud", null));
        assertThat(noSnapshot.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(noSnapshot.getMessage()).contains("no READY snapshot", "flinkctl snapshot create fraud");

        FlinkctlException expected = refusal(() -> rollbacks(new FakeMsf(V1, V2).snapshot("s", 1))
                .preview("fraud", 1L));
        assertThat(expected.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(expected.getMessage()).contains("at version 2 now, not 1");
    }

    @Test
    void shouldNotCallRollbackWhenTheVersionMovedSinceThePreview() {
        FakeMsf msf = new FakeMsf(V1, V2).snapshot("s", 2);
        RollbackPreview preview = rollbacks(msf).preview("fraud", null);
        msf.add(V3);
        msf.operations.add(ApplicationOperationInfo.builder().operation("UpdateApplication").operationId("op-old")
                .startTime(Instant.parse("2025-01-01T12:00:00Z")).operationStatus("SUCCESSFUL").build());
        msf.operations.add(ApplicationOperationInfo.builder().operation("UpdateApplication").operationId("op-new")
                .startTime(Instant.parse("2025-01-01T14:00:00Z")).operationStatus("IN_PROGRESS").build());

        FlinkctlException moved = refusal(() -> rollbacks(msf).execute(preview, WAIT, progress::add));

        assertThat(moved.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(moved.getMessage()).contains("at version 3 now, not 2", "UpdateApplication op-new started "
                + "2025-01-01T14:00:00Z", "nothing was rolled back");
        assertThat(msf.rollbackCalls).isZero();
    }

    @Test
    void shouldReportAConcurrentModificationAsAConflictNamingTheNewVersion() {
        FakeMsf msf = new FakeMsf(V1, V2).snapshot("s", 2);
        RollbackPreview preview = rollbacks(msf).preview("fraud", null);
        msf.rollback = request -> {
            assertThat(request.currentApplicationVersionId()).isEqualTo(2L);
            msf.add(V3);
            throw ConcurrentModificationException.builder().message("stale version").build();
        };

        FlinkctlException moved = refusal(() -> rollbacks(msf).execute(preview, WAIT, progress::add));

        assertThat(moved.exitCode()).isEqualTo(ExitCodes.CONFLICT);
        assertThat(moved.getMessage()).contains("at version 3 now, not 2 as previewed").doesNotContain("newest");
        assertThat(msf.rollbackCalls).isEqualTo(1);
    }

    @Test
    void shouldFollowTheOperationToRunningOrFailWithTheCauseMsfReports() {
        FakeMsf msf = new FakeMsf(V1, V2).snapshot("s", 2);
        RollbackPreview preview = rollbacks(msf).preview("fraud", null);
        ApplicationDetail v3 = V1.toBuilder().applicationVersionId(3L).applicationVersionRolledBackFrom(2L)
                .applicationVersionRolledBackTo(1L).build();
        msf.rollback = request -> {
            msf.add(v3);
            return RollbackApplicationResponse.builder().applicationDetail(v3).operationId("op-rb").build();
        };
        msf.operation = ApplicationOperationInfoDetails.builder().operation("RollbackApplication")
                .operationStatus("SUCCESSFUL").build();

        RollbackResult result = rollbacks(msf).execute(preview, WAIT, progress::add);

        assertThat(result).extracting(RollbackResult::fromVersion, RollbackResult::toVersion,
                RollbackResult::newVersion, RollbackResult::status, RollbackResult::operationId,
                RollbackResult::operationStatus).containsExactly(2L, 1L, 3L, "RUNNING", "op-rb", "SUCCESSFUL");

        FakeMsf failing = new FakeMsf(V1, V2).snapshot("s", 2);
        RollbackPreview again = rollbacks(failing).preview("fraud", null);
        failing.rollback = request -> RollbackApplicationResponse.builder().applicationDetail(V2)
                .operationId("op-rb").build();
        failing.operation = ApplicationOperationInfoDetails.builder().operation("RollbackApplication")
                .operationStatus("FAILED").operationFailureDetails(f -> f.errorInfo(e -> e
                        .errorString("java.lang.IllegalStateException: boom\n\tat Job.main"))).build();

        FlinkctlException failed = refusal(() -> rollbacks(failing).execute(again, WAIT, progress::add));

        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.getMessage()).isEqualTo("the rollback of 'fraud' failed: java.lang.IllegalStateException: "
                + "boom; the application is RUNNING at version 2");
    }

    @Test
    void shouldNameTheVersionsThatExistForAnUnknownVersion() {
        Versions versions = new Versions(new FakeMsf(V1, V2, V3));

        FlinkctlException missing = refusal(() -> versions.diff("fraud", 9L, null));

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(missing.getMessage()).isEqualTo("version 9 of 'fraud' not found; its versions: 3, 2, 1 "
                + "('flinkctl version list fraud')");
        assertThat(versions.diff("fraud", null, null).changes())
                .containsExactly(new FieldChange("properties.Counter.rate", "50", "60"));
    }
}
