package dev.flinkctl.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Starts real child JVMs running {@link TestChild}. */
class ChildProcessLauncherTest {

    private static List<String> child(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TestChild.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void returnsTheChildsExitCode() throws Exception {
        assertThat(new ChildProcessLauncher().launch(child("exit", "3"))).isEqualTo(3);
        assertThat(new ChildProcessLauncher().launch(child("exit", "0"))).isZero();
    }

    @Test
    void aChildThatExitsWithinTheGracePeriodIsLeftAlone() throws IOException {
        Process child = new ProcessBuilder(child("exit", "130")).start();

        assertThat(ChildProcessLauncher.stopAfterGrace(child, Duration.ofSeconds(30))).isTrue();
        assertThat(child.exitValue()).isEqualTo(130);
    }

    @Test
    void aChildStillRunningAfterTheGracePeriodIsDestroyed() throws IOException {
        // Blocks reading its stdin, which this test never closes.
        Process child = new ProcessBuilder(child("block")).start();

        assertThat(ChildProcessLauncher.stopAfterGrace(child, Duration.ofMillis(200))).isFalse();
        assertThat(child.isAlive()).isFalse();
    }
}
