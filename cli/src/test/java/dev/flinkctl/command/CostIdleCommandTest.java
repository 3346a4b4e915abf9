package dev.flinkctl.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.CliRun;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.localenv.TestHost;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code flinkctl cost idle} arguments through the real command line; they are checked before any target is resolved.
 * The report itself runs against the local endpoint in CostIdleIT.
 */
class CostIdleCommandTest {
    @TempDir
    Path dir;

    private CliRun.Result run(String... args) {
        return CliRun.with(TestHost.withoutProcesses(dir, null, Map.of("FLINKCTL_TARGET", "aws")),
                question -> Optional.empty()).run(args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--days=0      | --days must be 1 to 455 (CloudWatch keeps hourly data for 455 days), not 0",
        "--days=456    | --days must be 1 to 455 (CloudWatch keeps hourly data for 455 days), not 456",
        "--below=-0.5  | --below must be a rate of zero or more records/s, not -0.5",
        "--below=NaN   | --below must be a rate of zero or more records/s, not NaN"})
    void shouldRejectOutOfRangeArgumentsInOneLine(String argument, String message) {
        CliRun.Result result = run("cost", "idle", argument, "--region", "us-east-1");

        assertThat(result.exitCode()).as(result::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().strip()).isEqualTo("flinkctl: " + message);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void shouldRejectAnUnreadablePricesFileBeforeContactingAws() {
        CliRun.Result result = run("cost", "idle", "--region", "us-east-1", "--prices",
                dir.resolve("missing.yaml").toString());

        assertThat(result.exitCode()).as(result::toString).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("cannot read prices file");
    }

    @Test
    void shouldDescribeItselfWithExamplesAndExitCodes() {
        CliRun.Result help = run("cost", "idle", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("numRecordsInPerSecond", "--days", "--below", "--prices", "--local",
                "Examples:", "flinkctl cost idle --days 30", "Exit codes:", "backups");
    }
}
