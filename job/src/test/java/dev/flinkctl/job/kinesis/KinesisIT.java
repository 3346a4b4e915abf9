package dev.flinkctl.job.kinesis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.job.FraudDetectionJob;
import dev.flinkctl.job.JobRun;
import dev.flinkctl.job.MotoServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

/**
 * The job between two Kinesis streams on moto_server: the real connector (polling consumer, async
 * sink) and the real SDK over HTTP: transactions (and a malformed record) in, the alert out.
 */
class KinesisIT {
    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(1).build());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Test
    void readsTransactionsFromKinesisAndWritesAlertsToKinesis() throws Exception {
        try (KinesisClient kinesis = KinesisClient.builder()
                .endpointOverride(MOTO.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            for (String stream : List.of("transactions", "alerts")) {
                kinesis.createStream(b -> b.streamName(stream).shardCount(1));
                kinesis.waiter().waitUntilStreamExists(b -> b.streamName(stream));
            }
            JobRun run = new JobRun();
            connector(run, "Source").set("Source", "type", "kinesis").set("Source", "stream.name", "transactions")
                    .set("Source", "flink.stream.initpos", "TRIM_HORIZON")
                    .set("Source", "flink.shard.discovery.intervalmillis", "1000");
            connector(run, "Sink").set("Sink", "type", "kinesis").set("Sink", "stream.name", "alerts")
                    .set("Sink", "aws.http.protocol.version", "HTTP1_1");
            run.set("Job", "checkpoint.interval", "1s");

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(1);
            FraudDetectionJob.build(env, run.properties());
            JobClient job = env.executeAsync(FraudDetectionJob.NAME);
            try {
                kinesis.putRecords(b -> b.streamName("transactions").records(
                        record("t-1", "c-9", "612.50", "10:11:00"),
                        record("t-2", "c-9", "700.00", "10:12:00"),
                        PutRecordsRequestEntry.builder().partitionKey("x").data(SdkBytes.fromUtf8String("{broken")).build(),
                        record("t-3", "c-9", "525.00", "10:13:00"),
                        record("t-4", "c-1", "5.00", "10:30:00"))); // moves event time past the window's end

                List<JsonNode> alerts = awaitRecords(kinesis, "alerts", 1);
                assertThat(alerts).hasSize(1);
                JsonNode alert = alerts.get(0);
                assertThat(alert.get("rule").asText()).isEqualTo("HIGH_VALUE_BURST");
                assertThat(alert.get("key").asText()).isEqualTo("c-9");
                assertThat(alert.get("windowStart").asText()).isEqualTo("2026-11-21T10:10:00.000Z");
                assertThat(alert.get("transactionCount").asInt()).isEqualTo(3);
                assertThat(alert.get("totalAmount").asText()).isEqualTo("1837.50");
            } finally {
                job.cancel().get();
            }
        }
    }

    private static JobRun connector(JobRun run, String group) {
        return run.set(group, "aws.region", "us-east-1")
                .set(group, "aws.endpoint", MOTO.endpoint().toString())
                .set(group, "aws.credentials.provider", "BASIC")
                .set(group, "aws.credentials.provider.basic.accesskeyid", "test")
                .set(group, "aws.credentials.provider.basic.secretkey", "test");
    }

    private static PutRecordsRequestEntry record(String id, String card, String amount, String time) {
        String json = "{\"transactionId\":\"" + id + "\",\"cardId\":\"" + card + "\",\"userId\":\"u-" + card
                + "\",\"amount\":\"" + amount + "\",\"currency\":\"USD\",\"merchantId\":\"m-1\",\"country\":\"US\","
                + "\"status\":\"APPROVED\",\"eventTime\":\"2026-11-21T" + time + ".000Z\"}";
        return PutRecordsRequestEntry.builder().partitionKey(card).data(SdkBytes.fromUtf8String(json)).build();
    }

    /** Reads the stream's only shard from the start until {@code count} records arrived or the deadline passed. */
    private static List<JsonNode> awaitRecords(KinesisClient kinesis, String stream, int count) throws Exception {
        String shard = kinesis.listShards(b -> b.streamName(stream)).shards().get(0).shardId();
        String iterator = kinesis.getShardIterator(b -> b.streamName(stream).shardId(shard)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        List<JsonNode> records = new ArrayList<>();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (records.size() < count && System.nanoTime() < deadline) {
            String from = iterator;
            GetRecordsResponse response = kinesis.getRecords(b -> b.shardIterator(from));
            for (Record record : response.records()) {
                records.add(JSON.readTree(record.data().asUtf8String()));
            }
            iterator = response.nextShardIterator();
            if (response.records().isEmpty()) {
                Thread.sleep(200); // poll the shard, as a Kinesis consumer does
            }
        }
        return records;
    }
}
