package dev.flinkctl.msf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.targets.Target;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.SnapshotDetails;

class ApplicationOverviewTest {
    static final Target AWS = new Target(Target.Kind.aws, "eu-west-1", null, null);
    static final Target LOCAL = new Target(Target.Kind.local, "us-east-1", null, new Target.Local(
            URI.create("http://127.0.0.1:4599"), URI.create("http://127.0.0.1:4566"), "http://127.0.0.1:8081",
            "123456789012", "flinkctl-local", "arn:aws:iam::123456789012:role/r", "/data"));

    static ApplicationDetail detail(Integer parallelism, Integer current, Integer perKpu) {
        return ApplicationDetail.builder().applicationName("fraud").applicationARN("arn:fraud")
                .applicationStatus("RUNNING").applicationVersionId(3L).runtimeEnvironment("FLINK-1_20")
                .lastUpdateTimestamp(Instant.parse("2025-01-01T12:00:00Z"))
                .applicationConfigurationDescription(c -> c
                        .applicationCodeConfigurationDescription(code -> code.codeContentType("ZIPFILE")
                                .codeContentDescription(content -> content.s3ApplicationCodeLocationDescription(s3 -> s3
                                        .bucketARN("arn:aws:s3:::my-bucket").fileKey("jobs/job.jar"))))
                        .flinkApplicationConfigurationDescription(f -> f.parallelismConfigurationDescription(p -> p
                                .parallelism(parallelism).currentParallelism(current).parallelismPerKPU(perKpu)
                                .autoScalingEnabled(false))))
                .build();
    }

    @ParameterizedTest(name = "parallelism {0}, {1} per KPU: {2} KPUs")
    @CsvSource({"1, 1, 2", "2, 1, 3", "4, 2, 3", "5, 2, 4", "4, 4, 2", "3, 8, 2", "64, 4, 17"})
    void shouldCountOneOrchestrationKpuOnTopOfTheRoundedUpJobKpus(int parallelism, int perKpu, int kpus) {
        assertThat(ApplicationOverview.kpus(parallelism, perKpu)).isEqualTo(kpus);
    }

    @Test
    void shouldRejectParallelismBelowOne() {
        assertThatThrownBy(() -> ApplicationOverview.kpus(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApplicationOverview.kpus(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTakeTheCurrentParallelismWhichAutoscalingChanges() {
        ApplicationOverview overview = ApplicationOverview.of(detail(2, 6, 2), null, null, AWS);

        assertThat(overview.parallelism()).isEqualTo(6);
        assertThat(overview.kpus()).isEqualTo(4);
        assertThat(overview.autoScaling()).isFalse();
        assertThat(overview.code()).isEqualTo("s3://my-bucket/jobs/job.jar");
    }

    @Test
    void shouldLinkTheConsoleOnAwsAndTheDashboardLocally() {
        ApplicationOverview aws = ApplicationOverview.of(detail(1, null, 1), null, null, AWS);
        ApplicationOverview local = ApplicationOverview.of(detail(1, null, 1), null, null, LOCAL);

        assertThat(aws.console()).isEqualTo(
                "https://eu-west-1.console.aws.amazon.com/flink/home?region=eu-west-1#/applications/fraud");
        assertThat(aws.dashboard()).isNull();
        assertThat(aws.target()).isEqualTo("aws");
        assertThat(local.dashboard()).isEqualTo("http://127.0.0.1:8081");
        assertThat(local.console()).isNull();
        assertThat(local.target()).isEqualTo("local");
    }

    @Test
    void shouldCarryTheLastSnapshotAndOperation() {
        SnapshotDetails snapshot = SnapshotDetails.builder().snapshotName("stop-fraud-1")
                .snapshotCreationTimestamp(Instant.parse("2025-01-01T11:00:00Z")).build();
        ApplicationOverview.Operation op = new ApplicationOverview.Operation("StartApplication", "SUCCESSFUL", "op1",
                null);

        ApplicationOverview overview = ApplicationOverview.of(detail(1, 1, 1), snapshot, op, AWS);

        assertThat(overview.lastSnapshot()).isEqualTo(new ApplicationOverview.Snapshot("stop-fraud-1",
                Instant.parse("2025-01-01T11:00:00Z")));
        assertThat(overview.lastOperation()).isEqualTo(op);
        assertThat(overview.health()).isEqualTo("running");
    }

    @ParameterizedTest(name = "{0} after {1} {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "RUNNING  | StartApplication  | SUCCESSFUL  | running",
        "RUNNING  | UpdateApplication | FAILED      | running, but the last operation did not succeed: UpdateApplication failed",
        "RUNNING  | UpdateApplication | IN_PROGRESS | running; UpdateApplication in progress",
        "READY    | StartApplication  | FAILED      | not running: StartApplication failed",
        "READY    | StopApplication   | SUCCESSFUL  | not running",
        "DELETING | StopApplication   | SUCCESSFUL  | not running: being deleted",
        "STARTING | StartApplication  | IN_PROGRESS | starting: StartApplication in progress"})
    void shouldSayWhatTheControlPlaneKnowsAboutTheJob(String status, String operation, String result,
                                                      String health) {
        assertThat(ApplicationOverview.health(status, new ApplicationOverview.Operation(operation, result, "id",
                null))).isEqualTo(health);
    }

    @Test
    void shouldSayNotRunningForANeverStartedApplication() {
        assertThat(ApplicationOverview.health("READY", null)).isEqualTo("not running");
    }
}
