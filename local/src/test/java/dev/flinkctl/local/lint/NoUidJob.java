package dev.flinkctl.local.lint;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * A test job whose keyed sum has no uid (the source, the stateless map and the sink have one), for
 * {@link JobGraphMainIT}. It prints to stdout while building the graph, as jobs do, to prove that
 * none of it reaches {@link JobGraphMain}'s output.
 */
public final class NoUidJob {
    private NoUidJob() {}

    public static void main(String[] args) throws Exception {
        System.out.println("NoUidJob: building the graph");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataGeneratorSource<Long> numbers =
                new DataGeneratorSource<>(n -> n, 1_000, RateLimiterStrategy.noOp(), Types.LONG);
        env.fromSource(numbers, WatermarkStrategy.noWatermarks(), "numbers")
                .uid("numbers")
                .map(n -> n * 2)
                .uid("double")
                .name("Double")
                .keyBy(n -> n % 4)
                .sum(0)
                .name("Keyed sum")
                .sinkTo(new DiscardingSink<>())
                .uid("discard")
                .name("Discard");
        env.execute("no uid");
    }
}
