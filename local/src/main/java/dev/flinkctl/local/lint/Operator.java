package dev.flinkctl.local.lint;

/**
 * One node of a job's stream graph, as {@link JobGraphMain} prints it.
 *
 * @param id the node's id in the stream graph (stable within one build of the graph only)
 * @param name the operator name, e.g. {@code Window(TumblingEventTimeWindows(60000), ...)} or the
 *     {@code .name(...)} the job gave it
 * @param uid the explicit {@code .uid(...)} (or {@code .setUidHash(...)}) of the operator, or null when
 *     Flink generates one from the graph's shape
 * @param stateful whether the operator may hold state that a snapshot restores (see {@link Operators})
 * @param kind {@code source}, {@code sink} or {@code operator}
 */
public record Operator(int id, String name, String uid, boolean stateful, String kind) {
    /** Values of {@link #kind()}. */
    public static final String SOURCE = "source";
    public static final String SINK = "sink";
    public static final String OPERATOR = "operator";
}
