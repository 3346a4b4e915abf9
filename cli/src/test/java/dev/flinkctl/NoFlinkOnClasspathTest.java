package dev.flinkctl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CLI must never depend on Flink, not even in test scope: `flinkctl run` starts Flink in a child JVM. */
class NoFlinkOnClasspathTest {

    @Test
    void flinkIsNotOnTheTestClasspath() {
        assertThat(getClass().getClassLoader().getResource("org/apache/flink"))
                .as("org.apache.flink on the cli module's classpath: remove the dependency that brings it in")
                .isNull();
    }
}
