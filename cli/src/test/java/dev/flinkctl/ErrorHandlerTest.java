package dev.flinkctl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.CliRun.Result;
import dev.flinkctl.run.FakeInstallation;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Errors from commands, driven through `flinkctl run` with a launcher that fails. */
class ErrorHandlerTest {
    @TempDir
    Path home;

    private CliRun failingWith(Exception error) throws Exception {
        FakeInstallation.create(home);
        return CliRun.with(command -> {
            if (error instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw (RuntimeException) error;
        }, home);
    }

    @Test
    void unexpectedErrorIsOneLineWithAHint() throws Exception {
        Result r = failingWith(new IllegalStateException("boom\nsecond line")).run("run");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).isEqualTo("flinkctl: boom (re-run with --verbose for details)" + System.lineSeparator());
    }

    @Test
    void verbosePrintsTheStackTraceWhereverItIsGiven() throws Exception {
        for (String[] args : new String[][] {{"--verbose", "run"}, {"run", "--verbose"}}) {
            Result r = failingWith(new IllegalStateException("boom")).run(args);

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
            assertThat(r.err()).startsWith("flinkctl: boom")
                    .contains("java.lang.IllegalStateException: boom", "\tat ");
        }
    }

    @Test
    void flinkctlExceptionKeepsItsCodeAndMessage() throws Exception {
        Result r = failingWith(new FlinkctlException(ExitCodes.TIMEOUT, "waited 5m for RUNNING")).run("run");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(r.err()).isEqualTo("flinkctl: waited 5m for RUNNING" + System.lineSeparator());
    }

    @Test
    void interruptionExitsWith130() throws Exception {
        Result r = failingWith(new InterruptedException()).run("run");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(r.err()).isEqualTo("flinkctl: interrupted" + System.lineSeparator());
    }

    @Test
    void anAwsCallCutShortByAnInterruptionExitsWith130() throws Exception {
        SdkClientException cut = SdkClientException.builder().message("Unable to unmarshall response (null)")
                .cause(AbortedException.create("Thread was interrupted")).build();

        Result r = failingWith(cut).run("run");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.INTERRUPTED);
        assertThat(r.err()).isEqualTo("flinkctl: interrupted" + System.lineSeparator());
    }

    @Test
    void aSocketTimeoutIsNotAnInterruption() throws Exception {
        SdkClientException timedOut = SdkClientException.builder().message("Read timed out")
                .cause(new SocketTimeoutException("Read timed out")).build();

        Result r = failingWith(timedOut).run("run");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(r.err()).startsWith("flinkctl: cannot reach AWS: Read timed out");
    }
}
