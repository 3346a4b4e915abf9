package dev.flinkctl.job.io;

import dev.flinkctl.job.JobConfigurationException;
import dev.flinkctl.job.PropertyGroup;
import dev.flinkctl.job.json.Timestamps;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer;

/**
 * The raw transaction source (one JSON record per element), chosen by property group {@code Source}
 * key {@code type}: {@code generator} (default), {@code file} or {@code kinesis}. Watermarks are
 * assigned after parsing, the same way for every source. Each type has its own operator uid, so a
 * savepoint of one kind of source is never restored into another.
 */
public final class TransactionSources {
    /** Source kinds. */
    public enum Type {
        GENERATOR,
        FILE,
        KINESIS
    }

    /** Operator uid prefix; the source kind is appended ({@code transactions-source-kinesis}). */
    public static final String UID = "transactions-source";

    private TransactionSources() {}

    /**
     * Adds the configured source to {@code env}.
     *
     * @throws JobConfigurationException when a required key is missing or a value is invalid
     */
    public static DataStream<String> create(StreamExecutionEnvironment env, PropertyGroup source) {
        Type type = source.choice("type", Type.class, Type.GENERATOR);
        String uid = UID + "-" + type.name().toLowerCase();
        switch (type) {
            case FILE:
                return env.fromSource(file(source), WatermarkStrategy.noWatermarks(), "Transactions (file)").uid(uid);
            case KINESIS:
                return env.addSource(kinesis(source), "Transactions (Kinesis)").uid(uid);
            default:
                // One generator subtask: event time is a function of the index, so one ordered sequence.
                return env.fromSource(generator(source), WatermarkStrategy.noWatermarks(), "Transactions (generator)")
                        .uid(uid)
                        .setParallelism(1);
        }
    }

    /** The bounded file source over {@code path} (a file or a directory, any Flink file system URI). */
    static FileSource<String> file(PropertyGroup source) {
        String path = source.required("path", "when Source.type is file");
        return FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(path)).build();
    }

    /**
     * The generator: {@code rate} transactions per second (0: unthrottled, default 100), {@code count}
     * in all (0: unbounded, default), {@code seed}, {@code fraud-share}, {@code users}, {@code
     * event-interval} and {@code start-time}; see {@link TransactionGenerator}.
     */
    static DataGeneratorSource<String> generator(PropertyGroup source) {
        double rate = source.doubleValue("rate", 100);
        long count = source.longValue("count", 0);
        String start = source.string("start-time", "2026-01-01T00:00:00.000Z");
        long startMillis;
        try {
            startMillis = Timestamps.parse(start);
        } catch (DateTimeParseException e) {
            throw new JobConfigurationException(
                    "runtime property Source.start-time = '" + start + "' is invalid: use ISO-8601 such as 2026-01-01T00:00:00Z");
        }
        long users = source.longValue("users", 10_000);
        double fraudShare = source.doubleValue("fraud-share", 0.02);
        if (rate < 0 || count < 0 || users < 1 || users > Integer.MAX_VALUE || fraudShare < 0 || fraudShare > 1) {
            throw new JobConfigurationException(
                    "runtime properties Source.rate and Source.count must be >= 0, Source.users >= 1 and Source.fraud-share between 0 and 1");
        }
        TransactionGenerator generator = new TransactionGenerator(
                source.longValue("seed", 42),
                fraudShare,
                (int) users,
                startMillis,
                source.duration("event-interval", Duration.ofSeconds(1)).toMillis());
        return new DataGeneratorSource<>(
                generator,
                count == 0 ? Long.MAX_VALUE : count,
                rate == 0 ? RateLimiterStrategy.noOp() : RateLimiterStrategy.perSecond(rate),
                Types.STRING);
    }

    /**
     * The Kinesis consumer (polling) of stream {@code stream.name}. Every key starting with {@code aws.}
     * or {@code flink.} is passed to the connector as is ({@code aws.region}, {@code aws.endpoint},
     * {@code flink.stream.initpos} (default LATEST), ...).
     */
    static FlinkKinesisConsumer<String> kinesis(PropertyGroup source) {
        String stream = source.required("stream.name", "when Source.type is kinesis");
        Properties config = KinesisProperties.connectorProperties(source);
        config.putIfAbsent("flink.stream.initpos", "LATEST");
        config.putIfAbsent("flink.stream.recordpublisher", "POLLING");
        return new FlinkKinesisConsumer<>(stream, new SimpleStringSchema(), config);
    }
}
