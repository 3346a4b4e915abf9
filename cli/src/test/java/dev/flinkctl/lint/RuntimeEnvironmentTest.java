package dev.flinkctl.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuntimeEnvironmentTest {

    @Test
    void shouldKnowTheJavaOfEachFlinkRuntime() {
        assertThat(RuntimeEnvironment.of("FLINK-1_20")).contains(new RuntimeEnvironment("FLINK-1_20", "1.20", 11));
        assertThat(RuntimeEnvironment.of("flink-1_15")).contains(new RuntimeEnvironment("FLINK-1_15", "1.15", 11));
        assertThat(RuntimeEnvironment.of("FLINK-2_2")).contains(new RuntimeEnvironment("FLINK-2_2", "2.2", 17));
        assertThat(RuntimeEnvironment.known()).extracting(RuntimeEnvironment::id)
                .containsExactly("FLINK-1_13", "FLINK-1_15", "FLINK-1_18", "FLINK-1_19", "FLINK-1_20", "FLINK-2_2");
    }

    @Test
    void shouldNotKnowOtherRuntimes() {
        assertThat(RuntimeEnvironment.of("FLINK-1_17")).isEmpty();
        assertThat(RuntimeEnvironment.of("SQL-1_0")).isEmpty();
    }

    @Test
    void shouldAllowClassFilesUpToTheRuntimesJava() {
        assertThat(RuntimeEnvironment.of("FLINK-1_20").orElseThrow().maxClassFileMajor()).isEqualTo(55);
        assertThat(RuntimeEnvironment.of("FLINK-2_2").orElseThrow().maxClassFileMajor()).isEqualTo(61);
    }
}
