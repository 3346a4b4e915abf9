package dev.flinkctl.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real capturing launcher on a child JVM. */
class ChildProcessCaptureTest {

    @Test
    void shouldCaptureBothStreamsAndTheExitCode() throws Exception {
        CapturingLauncher.Captured result = new ChildProcessCapture().run(child("print"), Duration.ofSeconds(30));

        assertThat(result).isEqualTo(new CapturingLauncher.Captured(3, "to stdout\n", "to stderr\n", false));
    }

    @Test
    void shouldDestroyAChildThatOutlivesTheTimeout() throws Exception {
        long start = System.nanoTime();

        CapturingLauncher.Captured result = new ChildProcessCapture().run(child("sleep"), Duration.ofMillis(500));

        assertThat(result.timedOut()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    private static List<String> child(String mode) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), mode);
    }

    /** {@code print}: a line on each stream, exit 3; {@code sleep}: a minute. */
    public static final class Child {
        public static void main(String[] args) throws InterruptedException {
            if (args[0].equals("sleep")) {
                Thread.sleep(60_000);
            }
            System.out.println("to stdout");
            System.err.println("to stderr");
            System.exit(3);
        }
    }
}
