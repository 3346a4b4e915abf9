package dev.flinkctl.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.msf.Applications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationResponse;

/**
 * {@link MetricsTail}'s refresh logic on scripted CloudWatch answers: the cases moto_server cannot produce on demand
 * (throttling, a period that fills in later, paging). The real reading is covered by the local MetricsCommandsIT.
 */
class MetricsTailTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** Answers GetMetricData from a script; an entry that is a CloudWatchException is thrown. */
    private static final class ScriptedCloudWatch implements CloudWatchClient {
        final Deque<Supplier<GetMetricDataResponse>> answers = new ArrayDeque<>();
        final List<GetMetricDataRequest> requests = new ArrayList<>();

        @Override
        public GetMetricDataResponse getMetricData(GetMetricDataRequest request) {
            requests.add(request);
            return answers.remove().get();
        }

        @Override
        public String serviceName() {
            return "monitoring";
        }

        @Override
        public void close() {}
    }

    private static final class RunningMsf implements KinesisAnalyticsV2Client {
        @Override
        public DescribeApplicationResponse describeApplication(DescribeApplicationRequest request) {
            return DescribeApplicationResponse.builder().applicationDetail(ApplicationDetail.builder()
                    .applicationName(request.applicationName()).applicationStatus("RUNNING")
                    .applicationConfigurationDescription(c -> c.flinkApplicationConfigurationDescription(f -> f
                            .parallelismConfigurationDescription(p -> p.parallelism(4).parallelismPerKPU(2))))
                    .build()).build();
        }

        @Override
        public String serviceName() {
            return "kinesisanalytics";
        }

        @Override
        public void close() {}
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static Supplier<GetMetricDataResponse> page(String nextToken, Instant... minutes) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < minutes.length; i++) {
            values.add((double) minutes[i].getEpochSecond());
        }
        return () -> GetMetricDataResponse.builder().nextToken(nextToken).metricDataResults(MetricDataResult.builder()
                .id("m0").timestamps(minutes).values(values).build()).build();
    }

    private static Supplier<GetMetricDataResponse> throttled() {
        return () -> {
            throw (CloudWatchException) CloudWatchException.builder().statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("Throttling").errorMessage("Rate exceeded")
                            .build()).build();
        };
    }

    private final ScriptedCloudWatch cloudWatch = new ScriptedCloudWatch();
    private final MutableClock clock = new MutableClock(T0.plusSeconds(150));
    private final MetricsTail tail = new MetricsTail(new Applications(new RunningMsf()), new MetricReader(cloudWatch),
            "app", List.of(MetricCatalog.definition("uptime")), MINUTE, 5, clock);

    private static List<Instant> times(MetricsFrame frame) {
        return frame.samples().stream().map(MetricSample::timestamp).toList();
    }

    @Test
    void shouldReportEachPeriodOnceWhenItHasEndedAndReadEveryPage() {
        // 10:02:30: 10:02 has not ended yet; its points come on two pages.
        cloudWatch.answers.add(page("next", T0, T0.plus(MINUTE)));
        cloudWatch.answers.add(page(null, T0.plus(MINUTE.multipliedBy(2))));
        MetricsFrame first = tail.refresh();
        clock.now = T0.plusSeconds(190);
        cloudWatch.answers.add(page(null, T0, T0.plus(MINUTE), T0.plus(MINUTE.multipliedBy(2)),
                T0.plus(MINUTE.multipliedBy(3))));
        MetricsFrame second = tail.refresh();

        assertThat(times(first)).containsExactly(T0, T0.plus(MINUTE));
        assertThat(first.rows().get(0).recent()).hasSize(3);
        assertThat(first.rows().get(0).current()).isEqualTo((double) T0.plus(MINUTE.multipliedBy(2)).getEpochSecond());
        assertThat(first.kpus()).isEqualTo(3);
        assertThat(first.status()).isEqualTo("RUNNING");
        assertThat(times(second)).containsExactly(T0.plus(MINUTE.multipliedBy(2)));
        assertThat(second.samples().get(0)).isEqualTo(new MetricSample("app", "uptime", "Maximum", "Milliseconds",
                T0.plus(MINUTE.multipliedBy(2)), 60, T0.plus(MINUTE.multipliedBy(2)).getEpochSecond(), "NONE"));
        assertThat(cloudWatch.requests.get(0).startTime()).isEqualTo(Instant.parse("2026-11-21T09:57:00Z"));
        assertThat(cloudWatch.requests.get(1).nextToken()).isEqualTo("next");
    }

    @Test
    void shouldKeepTheRowsAndBackOffWhenCloudWatchStillThrottles() {
        cloudWatch.answers.add(page(null, T0));
        MetricsFrame ok = tail.refresh();
        cloudWatch.answers.add(throttled());
        MetricsFrame throttled = tail.refresh();
        MetricsFrame skipped = tail.refresh();
        cloudWatch.answers.add(throttled());
        MetricsFrame again = tail.refresh();
        MetricsFrame skippedTwice = tail.refresh();
        tail.refresh();
        cloudWatch.answers.add(page(null, T0, T0.plus(MINUTE)));
        MetricsFrame recovered = tail.refresh();

        assertThat(throttled.notice()).isEqualTo("CloudWatch throttled this refresh after the SDK's retries; skipping "
                + "the next 1");
        assertThat(throttled.rows()).isEqualTo(ok.rows());
        assertThat(throttled.samples()).isEmpty();
        assertThat(skipped.notice()).startsWith("CloudWatch throttled an earlier refresh; backing off");
        assertThat(again.notice()).endsWith("skipping the next 2");
        assertThat(skippedTwice.notice()).startsWith("CloudWatch throttled an earlier refresh");
        assertThat(recovered.notice()).isNull();
        assertThat(times(recovered)).containsExactly(T0.plus(MINUTE));
        assertThat(cloudWatch.requests).hasSize(4);
    }

    @Test
    void shouldPassOnOtherCloudWatchErrors() {
        cloudWatch.answers.add(() -> {
            throw (CloudWatchException) CloudWatchException.builder().statusCode(400)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("InvalidParameterValue").build()).build();
        });

        assertThatThrownBy(tail::refresh).isInstanceOf(CloudWatchException.class);
    }
}
