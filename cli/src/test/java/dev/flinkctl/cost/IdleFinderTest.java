package dev.flinkctl.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.billing.CostModel;
import dev.flinkctl.billing.PriceTable;
import dev.flinkctl.metrics.MetricReader;
import dev.flinkctl.msf.Applications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.kinesisanalyticsv2.KinesisAnalyticsV2Client;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationMode;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationSummary;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.DescribeApplicationResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationsRequest;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ListApplicationsResponse;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ParallelismConfigurationDescription;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ResourceNotFoundException;

/**
 * {@link IdleFinder} over in-memory MSF and CloudWatch, for what the local endpoint cannot produce: AUTOSCALING
 * applications, Studio notebooks in interactive mode, a CurrentParallelism that autoscaling moved, an application
 * deleted between the listing and its description, and listings over several pages. The real reading (ListApplications,
 * DescribeApplication and GetMetricData over HTTP) is covered by the local CostIdleIT.
 */
class IdleFinderTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:17:42Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final CostModel US_EAST_1 = CostModel.of(PriceTable.bundled().price("us-east-1"));

    /** Applications over two ListApplications pages; each one's description, or none for a deleted one. */
    private static final class Msf implements KinesisAnalyticsV2Client {
        final Map<String, ApplicationDetail> details = new LinkedHashMap<>();
        final Map<String, String> listed = new LinkedHashMap<>();
        final List<String> described = new ArrayList<>();

        Msf add(String name, String listedStatus, Consumer<ApplicationDetail.Builder> detail) {
            listed.put(name, listedStatus);
            if (detail != null) {
                ApplicationDetail.Builder builder = ApplicationDetail.builder().applicationName(name)
                        .applicationStatus(listedStatus).runtimeEnvironment("FLINK-1_20").applicationVersionId(1L);
                detail.accept(builder);
                details.put(name, builder.build());
            }
            return this;
        }

        @Override
        public ListApplicationsResponse listApplications(ListApplicationsRequest request) {
            List<ApplicationSummary> all = listed.entrySet().stream().map(e -> ApplicationSummary.builder()
                    .applicationName(e.getKey()).applicationStatus(e.getValue()).applicationVersionId(1L)
                    .runtimeEnvironment("FLINK-1_20").build()).toList();
            int from = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
            int to = Math.min(all.size(), from + 2);
            return ListApplicationsResponse.builder().applicationSummaries(all.subList(from, to))
                    .nextToken(to < all.size() ? String.valueOf(to) : null).build();
        }

        @Override
        public DescribeApplicationResponse describeApplication(DescribeApplicationRequest request) {
            described.add(request.applicationName());
            ApplicationDetail detail = details.get(request.applicationName());
            if (detail == null) {
                throw ResourceNotFoundException.builder().message("gone").build();
            }
            return DescribeApplicationResponse.builder().applicationDetail(detail).build();
        }

        @Override
        public String serviceName() {
            return "kinesisanalytics";
        }

        @Override
        public void close() {}
    }

    /** Answers GetMetricData with the hourly averages given per application; records the requests. */
    private static final class CloudWatch implements CloudWatchClient {
        final Map<String, List<Double>> hourly = new LinkedHashMap<>();
        final List<GetMetricDataRequest> requests = new ArrayList<>();

        @Override
        public GetMetricDataResponse getMetricData(GetMetricDataRequest request) {
            requests.add(request);
            List<MetricDataResult> results = new ArrayList<>();
            for (MetricDataQuery query : request.metricDataQueries()) {
                String application = query.metricStat().metric().dimensions().get(0).value();
                List<Double> values = hourly.getOrDefault(application, List.of());
                List<Instant> timestamps = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    timestamps.add(request.startTime().plus(Duration.ofHours(i)));
                }
                results.add(MetricDataResult.builder().id(query.id()).timestamps(timestamps).values(values).build());
            }
            return GetMetricDataResponse.builder().metricDataResults(results).build();
        }

        @Override
        public String serviceName() {
            return "monitoring";
        }

        @Override
        public void close() {}
    }

    private static Consumer<ApplicationDetail.Builder> parallelism(Consumer<ParallelismConfigurationDescription.Builder> p) {
        return b -> b.applicationConfigurationDescription(c -> c.flinkApplicationConfigurationDescription(f -> f
                .parallelismConfigurationDescription(p)));
    }

    private final Msf msf = new Msf();
    private final CloudWatch cloudWatch = new CloudWatch();

    private IdleReport find(Duration window, double threshold, CostModel prices) {
        return new IdleFinder(new Applications(msf), new MetricReader(cloudWatch), CLOCK)
                .find("us-east-1", window, threshold, prices);
    }

    @Test
    void shouldCheckRunningAndAutoscalingApplicationsOnlyAndListTheIdleOnes() {
        msf.add("busy", "RUNNING", parallelism(p -> p.parallelism(4).parallelismPerKPU(2)))
                .add("quiet", "RUNNING", parallelism(p -> p.parallelism(1).parallelismPerKPU(1)))
                .add("scaling", "AUTOSCALING", parallelism(p -> p.parallelism(2).currentParallelism(8)
                        .parallelismPerKPU(2)))
                .add("silent", "RUNNING", parallelism(p -> p.parallelism(1).parallelismPerKPU(1)))
                .add("stopped", "READY", parallelism(p -> p.parallelism(1).parallelismPerKPU(1)))
                .add("starting", "STARTING", parallelism(p -> p.parallelism(1).parallelismPerKPU(1)));
        cloudWatch.hourly.put("busy", List.of(40.0, 41.0));
        cloudWatch.hourly.put("quiet", List.of(0.0, 0.0008, 0.0004));
        cloudWatch.hourly.put("scaling", List.of(0.001));
        cloudWatch.hourly.put("stopped", List.of(0.0));

        IdleReport report = find(Duration.ofDays(7), InputActivity.DEFAULT_THRESHOLD, US_EAST_1);

        assertThat(msf.described).containsExactly("busy", "quiet", "scaling", "silent");
        assertThat(report.runningChecked()).isEqualTo(4);
        assertThat(report.applications()).extracting(IdleApplication::name)
                .containsExactly("quiet", "scaling", "silent");
        IdleApplication quiet = report.applications().get(0);
        assertThat(quiet.status()).isEqualTo("RUNNING");
        assertThat(quiet.runtimeEnvironment()).isEqualTo("FLINK-1_20");
        assertThat(quiet.kpus()).isEqualTo(2);
        assertThat(quiet.hoursWithData()).isEqualTo(3);
        assertThat(quiet.averageRecordsInPerSecond()).isEqualTo(0.0004);
        assertThat(quiet.recordsIn()).isEqualTo(4); // (0 + 0.0008 + 0.0004) × 3600 = 4.32
        assertThat(quiet.reason()).isEqualTo("0.0004 records/s on average");
        // (1 + 1) KPUs × 720 h × $0.11 + 1 × 50 GB × $0.10 = 158.40 + 5.00
        assertThat(quiet.monthly().totalUsd()).isEqualByComparingTo("163.40");
        assertThat(quiet.monthly().backups().amountUsd()).isEqualByComparingTo("0");
        IdleApplication scaling = report.applications().get(1);
        assertThat(scaling.status()).isEqualTo("AUTOSCALING");
        assertThat(scaling.parallelism()).as("CurrentParallelism").isEqualTo(8);
        assertThat(scaling.kpus()).isEqualTo(5); // 8 / 2 + 1
        // 5 × 720 × 0.11 + 4 × 50 × 0.10 = 396.00 + 20.00
        assertThat(scaling.monthly().totalUsd()).isEqualByComparingTo("416.00");
        IdleApplication silent = report.applications().get(2);
        assertThat(silent.averageRecordsInPerSecond()).isNull();
        assertThat(silent.recordsIn()).isNull();
        assertThat(silent.hoursWithData()).isZero();
        assertThat(silent.reason()).isEqualTo("no numRecordsInPerSecond data");
        assertThat(report.monthlyTotalUsd()).isEqualByComparingTo("742.80"); // 163.40 + 416.00 + 163.40
        assertThat(report.priceSource()).isEqualTo(US_EAST_1.price().source());
        assertThat(report.pricesRetrieved()).isEqualTo(US_EAST_1.price().retrieved());
    }

    @Test
    void shouldReadHourlyAveragesOfNumRecordsInPerSecondOverTheWindowAlignedToTheHour() {
        msf.add("quiet", "RUNNING", parallelism(p -> p.parallelism(1).parallelismPerKPU(1)));

        IdleReport report = find(Duration.ofDays(3), InputActivity.DEFAULT_THRESHOLD, US_EAST_1);

        assertThat(cloudWatch.requests).hasSize(1);
        GetMetricDataRequest request = cloudWatch.requests.get(0);
        assertThat(request.startTime()).isEqualTo(Instant.parse("2026-11-18T10:00:00Z"));
        assertThat(request.endTime()).isEqualTo(NOW);
        MetricDataQuery query = request.metricDataQueries().get(0);
        assertThat(query.metricStat().metric().metricName()).isEqualTo("numRecordsInPerSecond");
        assertThat(query.metricStat().metric().namespace()).isEqualTo("AWS/KinesisAnalytics");
        assertThat(query.metricStat().stat()).isEqualTo("Average");
        assertThat(query.metricStat().period()).isEqualTo(3600);
        assertThat(report.windowDays()).isEqualTo(3);
        assertThat(report.since()).isEqualTo(request.startTime());
        assertThat(report.until()).isEqualTo(NOW);
        assertThat(report.region()).isEqualTo("us-east-1");
    }

    @Test
    void shouldPriceAStudioNotebookInInteractiveModeWithTwoOrchestrationKpus() {
        msf.add("notebook", "RUNNING", parallelism(p -> p.parallelism(4).parallelismPerKPU(1))
                .andThen(b -> b.applicationMode(ApplicationMode.INTERACTIVE).runtimeEnvironment("ZEPPELIN-FLINK-3_0")));

        IdleApplication notebook = find(Duration.ofDays(7), 0.01, US_EAST_1).applications().get(0);

        assertThat(notebook.kpus()).isEqualTo(6); // 4 + 2
        // 6 × 720 × 0.11 + 4 × 50 × 0.10 = 475.20 + 20.00: the older Studio example 1
        assertThat(notebook.monthly().totalUsd()).isEqualByComparingTo("495.20");
    }

    @Test
    void shouldListIdleApplicationsWithoutCostsWhenThePricesAreUnknown() {
        msf.add("quiet", "RUNNING", parallelism(p -> p.parallelism(1).parallelismPerKPU(1)));

        IdleReport report = find(Duration.ofDays(7), 0.01, null);

        assertThat(report.applications()).singleElement().satisfies(app -> {
            assertThat(app.kpus()).isEqualTo(2);
            assertThat(app.monthly()).isNull();
        });
        assertThat(report.monthlyTotalUsd()).isNull();
        assertThat(report.priced()).isFalse();
        assertThat(report.priceSource()).isNull();
        assertThat(report.pricesRetrieved()).isNull();
    }

    @Test
    void shouldLeaveKpusAndCostUnknownWithoutAParallelismConfiguration() {
        msf.add("sql", "RUNNING", b -> b.runtimeEnvironment("SQL-1_0"));

        IdleReport report = find(Duration.ofDays(7), 0.01, US_EAST_1);

        assertThat(report.applications()).singleElement().satisfies(app -> {
            assertThat(app.parallelism()).isNull();
            assertThat(app.kpus()).isNull();
            assertThat(app.monthly()).isNull();
        });
        assertThat(report.monthlyTotalUsd()).isEqualByComparingTo("0.00");
    }

    @Test
    void shouldSkipAnApplicationDeletedOrStoppedAfterTheListing() {
        msf.add("deleted", "RUNNING", null)
                .add("stopping", "RUNNING", parallelism(p -> p.parallelism(1).parallelismPerKPU(1))
                        .andThen(b -> b.applicationStatus("STOPPING")));

        IdleReport report = find(Duration.ofDays(7), 0.01, US_EAST_1);

        assertThat(report.runningChecked()).isZero();
        assertThat(report.applications()).isEmpty();
        assertThat(cloudWatch.requests).isEmpty();
        assertThat(report.monthlyTotalUsd()).isEqualByComparingTo("0.00");
    }

    @Test
    void shouldRejectWindowsCloudWatchCannotAnswerAndNegativeThresholds() {
        assertThatThrownBy(() -> find(Duration.ofMinutes(30), 0.01, US_EAST_1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> find(Duration.ofDays(456), 0.01, US_EAST_1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> find(Duration.ofDays(7), -1, US_EAST_1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> find(Duration.ofDays(7), Double.NaN, US_EAST_1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
