package dev.flinkctl.local.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.flink.api.common.functions.Function;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.apache.flink.streaming.api.graph.StreamNode;
import org.apache.flink.streaming.api.operators.SimpleOperatorFactory;
import org.apache.flink.streaming.api.operators.StreamOperator;
import org.apache.flink.streaming.api.operators.StreamOperatorFactory;
import org.apache.flink.streaming.api.operators.UdfStreamOperatorFactory;

/**
 * Lists a stream graph's operators and guesses which of them hold state. Flink cannot say for sure
 * before the job runs (state is registered in {@code open()}), so the heuristic errs towards
 * "stateful"; an operator is stateful when
 *
 * <ul>
 *   <li>it is a source or a sink (split assignments, offsets, sink writer and committer state);
 *   <li>it is keyed: its node has a state key serializer ({@code keyBy(...)} then process, window,
 *       reduce, aggregate, ...);
 *   <li>its function implements {@link CheckpointedFunction} (operator state);
 *   <li>its operator is one of Flink's non-keyed operators that keep state (windows over a
 *       non-keyed stream, broadcast state, async I/O's in-flight elements);
 *   <li>or its operator is not one of Flink's own ({@code transform(...)} with a custom operator,
 *       which may use any state).
 * </ul>
 *
 * A non-keyed map, filter, flatMap or process with a plain function is stateless: it cannot use keyed
 * state, and it has no operator state unless it implements {@code CheckpointedFunction}.
 */
public final class Operators {
    /** Simple names of Flink's operators that keep state even on a non-keyed stream. */
    private static final Set<String> STATEFUL_FLINK_OPERATORS = Set.of(
            "AsyncWaitOperator", "CoBroadcastWithNonKeyedOperator", "CoBroadcastWithKeyedOperator");

    private Operators() {}

    /**
     * @param graph the job's stream graph
     * @param userClassLoader the job's class loader (operator classes may come from the jar)
     * @return every node, ordered by id
     */
    public static List<Operator> of(StreamGraph graph, ClassLoader userClassLoader) {
        List<Operator> operators = new ArrayList<>();
        for (StreamNode node : graph.getStreamNodes()) {
            String kind = kind(graph, node, userClassLoader);
            String uid = node.getTransformationUID() != null ? node.getTransformationUID() : node.getUserHash();
            operators.add(new Operator(node.getId(), node.getOperatorName(), uid,
                    !Operator.OPERATOR.equals(kind) || stateful(node, userClassLoader), kind));
        }
        operators.sort(Comparator.comparingInt(Operator::id));
        return operators;
    }

    private static String kind(StreamGraph graph, StreamNode node, ClassLoader loader) {
        if (graph.getSourceIDs().contains(node.getId())) {
            return Operator.SOURCE;
        }
        if (graph.getSinkIDs().contains(node.getId())) {
            return Operator.SINK;
        }
        // A Sink V2 expands into a writer and committers; only the last node is registered as the sink.
        String operator = operatorClass(node, loader).map(Class::getName).orElse("");
        return operator.startsWith("org.apache.flink.streaming.runtime.operators.sink.")
                ? Operator.SINK : Operator.OPERATOR;
    }

    private static boolean stateful(StreamNode node, ClassLoader loader) {
        if (node.getStateKeySerializer() != null) {
            return true;
        }
        StreamOperatorFactory<?> factory = node.getOperatorFactory();
        if (factory instanceof UdfStreamOperatorFactory) {
            Function function = ((UdfStreamOperatorFactory<?>) factory).getUserFunction();
            if (function instanceof CheckpointedFunction) {
                return true;
            }
        }
        return operatorClass(node, loader)
                .map(type -> !type.getName().startsWith("org.apache.flink.")
                        || type.getSimpleName().contains("Window")
                        || STATEFUL_FLINK_OPERATORS.contains(type.getSimpleName()))
                .orElse(false);
    }

    @SuppressWarnings("rawtypes")
    private static Optional<Class<? extends StreamOperator>> operatorClass(StreamNode node, ClassLoader loader) {
        StreamOperatorFactory<?> factory = node.getOperatorFactory();
        if (factory == null) {
            return Optional.empty();
        }
        if (factory instanceof SimpleOperatorFactory) {
            return Optional.of(((SimpleOperatorFactory<?>) factory).getOperator().getClass());
        }
        try {
            return Optional.ofNullable(factory.getStreamOperatorClass(loader));
        } catch (RuntimeException e) {
            // Some factories only know their operator class once created; treat it as unknown.
            return Optional.empty();
        }
    }
}
