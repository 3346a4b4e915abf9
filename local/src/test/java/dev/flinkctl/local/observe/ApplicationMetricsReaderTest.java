package dev.flinkctl.local.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.local.observe.ApplicationMetricsReader.Topology;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Source and sink vertices from {@code /jobs/:id/plan} answers (trimmed copies of Flink 1.20 output). */
class ApplicationMetricsReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sourceFeedsSinkOverARebalance() throws Exception {
        Topology topology = topology("""
                {"nodes":[
                  {"id":"map","description":"Greet<br/>+- Discard: Writer<br/>","inputs":[{"num":0,"id":"src","ship_strategy":"REBALANCE"}]},
                  {"id":"src","description":"Source: Numbers<br/>"}]}""");
        assertThat(topology.vertices()).containsExactly("map", "src");
        assertThat(topology.sources()).containsExactly("src");
        assertThat(topology.sinks()).containsExactly("map");
    }

    @Test
    void oneChainedVertexIsSourceAndSink() throws Exception {
        Topology topology = topology("{\"nodes\":[{\"id\":\"all\",\"inputs\":[]}]}");
        assertThat(topology.sources()).containsExactly("all");
        assertThat(topology.sinks()).containsExactly("all");
    }

    @Test
    void twoSourcesJoinedIntoTwoSinks() throws Exception {
        Topology topology = topology("""
                {"nodes":[
                  {"id":"a"}, {"id":"b"},
                  {"id":"join","inputs":[{"id":"a"},{"id":"b"}]},
                  {"id":"out1","inputs":[{"id":"join"}]},
                  {"id":"out2","inputs":[{"id":"join"}]}]}""");
        assertThat(topology.sources()).isEqualTo(Set.of("a", "b"));
        assertThat(topology.sinks()).isEqualTo(Set.of("out1", "out2"));
    }

    private static Topology topology(String plan) throws Exception {
        return Topology.of(JSON.readTree(plan));
    }
}
