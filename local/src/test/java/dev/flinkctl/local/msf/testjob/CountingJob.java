package dev.flinkctl.local.msf.testjob;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;

/**
 * A test application with keyed state that can be observed from outside: it counts numbers per key
 * (n mod 4) and every 10th count appends {@code <run-id> <key> <count>} to {@code Counter.output.file}.
 * After a restore from state, a run's first line has a count above 10. Runtime properties (group
 * {@code Counter}): {@code output.file}, {@code uid} (of the counting operator, default "counter"),
 * {@code crash} (true: every record throws), {@code crash.after-ms} (every run throws once it has run this long: it
 * starts fine, then crash-loops), {@code rate} (records/s, default 40).
 */
public final class CountingJob {
    public static void main(String[] args) throws Exception {
        Map<String, String> counter = properties().getOrDefault("Counter", Map.of());
        String output = counter.get("output.file");
        boolean crash = Boolean.parseBoolean(counter.getOrDefault("crash", "false"));
        long crashAfterMs = Long.parseLong(counter.getOrDefault("crash.after-ms", "0"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataGeneratorSource<Long> numbers = new DataGeneratorSource<>(n -> n, Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(Double.parseDouble(counter.getOrDefault("rate", "40"))), Types.LONG);
        env.fromSource(numbers, WatermarkStrategy.noWatermarks(), "numbers").uid("numbers")
                .map(new MaybeCrash(crash, crashAfterMs)).uid("maybe-crash")
                .keyBy(n -> n % 4)
                .process(new CountPerKey(output)).uid(counter.getOrDefault("uid", "counter"))
                .sinkTo(new DiscardingSink<>()).uid("discard");
        env.execute("counting");
    }

    /** Passes numbers through, or throws: always ({@code crash}), or once the run is older than {@code afterMs}. */
    static final class MaybeCrash extends org.apache.flink.api.common.functions.RichMapFunction<Long, Long> {
        private final boolean always;
        private final long afterMs;
        private transient long openedAt;

        MaybeCrash(boolean always, long afterMs) {
            this.always = always;
            this.afterMs = afterMs;
        }

        @Override
        public void open(org.apache.flink.api.common.functions.OpenContext context) {
            openedAt = System.currentTimeMillis();
        }

        @Override
        public Long map(Long n) {
            if (always) {
                throw new IllegalStateException("CountingJob crashes on purpose (Counter.crash=true)");
            }
            if (afterMs > 0 && System.currentTimeMillis() - openedAt > afterMs) {
                throw new IllegalStateException("CountingJob crashes on purpose (Counter.crash.after-ms=" + afterMs + ")");
            }
            return n;
        }
    }

    /** The job's runtime properties, found the way KinesisAnalyticsRuntime finds them. */
    private static Map<String, Map<String, String>> properties() throws IOException {
        URL config = Thread.currentThread().getContextClassLoader().getResource("config.properties");
        Map<String, Map<String, String>> groups = new HashMap<>();
        if (config == null) {
            return groups;
        }
        Properties p = new Properties();
        try (InputStream in = config.openStream()) {
            p.load(in);
        }
        for (JsonNode group : new ObjectMapper().readTree(Path.of(p.getProperty("application_properties_file")).toFile())) {
            Map<String, String> map = new HashMap<>();
            group.get("PropertyMap").fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
            groups.put(group.get("PropertyGroupId").asText(), map);
        }
        return groups;
    }

    static final class CountPerKey extends KeyedProcessFunction<Long, Long, String> {
        private final String output;
        private transient ValueState<Long> count;
        private transient String run;

        CountPerKey(String output) {
            this.output = output;
        }

        @Override
        public void open(OpenContext context) {
            count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Types.LONG));
            run = UUID.randomUUID().toString();
        }

        @Override
        public void processElement(Long n, Context ctx, Collector<String> out) throws Exception {
            long next = (count.value() == null ? 0 : count.value()) + 1;
            count.update(next);
            if (next % 10 == 0 && output != null) {
                String line = run + " " + ctx.getCurrentKey() + " " + next + "\n";
                Files.writeString(Path.of(output), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                out.collect(line);
            }
        }
    }
}
