package dev.flinkctl.localenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class JavaRuntimeTest {

    @ParameterizedTest
    @CsvSource({"17, 17", "21, 21", "1.8, 8", "11.0.2, 11", "'', 0", "x, 0"})
    void shouldReadTheFeatureVersion(String specification, int feature) {
        assertThat(JavaRuntime.featureVersion(specification)).isEqualTo(feature);
    }

    @Test
    void shouldBeTheJavaRunningThisJvm() {
        JavaRuntime current = JavaRuntime.current();

        assertThat(current.executable()).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java"));
        assertThat(current.featureVersion()).isEqualTo(Runtime.version().feature());
        assertThat(current.requireMinimum()).isSameAs(current);
    }

    @Test
    void shouldSayWhichJavaIsTooOld() {
        JavaRuntime old = new JavaRuntime(Path.of("/opt/jdk11/bin/java"), 11);

        assertThatThrownBy(old::requireMinimum).isInstanceOf(FlinkctlException.class)
                .hasMessage("the local endpoint needs Java 17 or newer, but /opt/jdk11/bin/java is Java 11: "
                        + "install a JDK 17+ and put it on PATH or set JAVA_HOME")
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.FAILED);
    }
}
