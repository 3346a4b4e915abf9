package dev.flinkctl.job.io;

import dev.flinkctl.job.PropertyGroup;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.kinesis.sink.KinesisStreamsSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.sink.PrintSink;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Sinks for JSON lines, chosen by a property group's {@code type}: {@code stdout}, {@code file}
 * ({@code path}: a directory; part files are committed on checkpoints, exactly once), {@code kinesis}
 * ({@code stream.name} plus the connector's {@code aws.*} keys), {@code discard} (benchmarks) or
 * {@code none} (no sink at all).
 */
public final class Sinks {
    /** Sink kinds. */
    public enum Type {
        STDOUT,
        FILE,
        KINESIS,
        DISCARD,
        NONE
    }

    private Sinks() {}

    /**
     * Attaches the sink configured in {@code group} to {@code records}; does nothing for {@code none}.
     *
     * @param uid the operator uid (stable: part of savepoint compatibility)
     * @param filePrefix the part-file prefix for the file sink, e.g. {@code alerts}
     * @param fallback the type when the group sets none
     */
    public static void attach(DataStream<String> records, PropertyGroup group, Type fallback, String uid, String filePrefix) {
        Type type = group.choice("type", Type.class, fallback);
        String name = group.id() + " (" + type.name().toLowerCase() + ")";
        switch (type) {
            case NONE:
                return;
            case STDOUT:
                // One writer: PrintSink prefixes lines with the subtask index when parallel.
                records.sinkTo(new PrintSink<>()).uid(uid).name(name).setParallelism(1);
                return;
            default:
                records.sinkTo(create(type, group, filePrefix)).uid(uid).name(name);
        }
    }

    private static Sink<String> create(Type type, PropertyGroup group, String filePrefix) {
        switch (type) {
            case FILE:
                return FileSink.forRowFormat(new Path(group.required("path", "when " + group.id() + ".type is file")),
                                new SimpleStringEncoder<String>("UTF-8"))
                        .withBucketAssigner(new BasePathBucketAssigner<>())
                        .withRollingPolicy(OnCheckpointRollingPolicy.build())
                        .withOutputFileConfig(OutputFileConfig.builder()
                                .withPartPrefix(filePrefix)
                                .withPartSuffix(".jsonl")
                                .build())
                        .build();
            case KINESIS:
                return KinesisStreamsSink.<String>builder()
                        .setStreamName(group.required("stream.name", "when " + group.id() + ".type is kinesis"))
                        .setKinesisClientProperties(KinesisProperties.connectorProperties(group))
                        .setSerializationSchema(new SimpleStringSchema())
                        .setPartitionKeyGenerator(record -> Integer.toHexString(record.hashCode()))
                        .build();
            default:
                return new DiscardingSink<>();
        }
    }
}
