package dev.flinkctl.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.dist.Installed.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `flinkctl run` end to end: launcher, CLI, runner JVM, embedded Flink, the included job. */
class RunIT {
    /** A generous bound for a MiniCluster start plus a bounded job on 2 slow cores; not a synchronisation sleep. */
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    /**
     * One HIGH_VALUE_BURST case: three APPROVED transactions above 500.00 on card c-1 inside the epoch-aligned
     * 10-minute window [10:00, 10:10), plus one small transaction on another card that triggers nothing.
     */
    private static final String TRANSACTIONS = """
            {"transactionId":"t-1","cardId":"c-1","userId":"u-1","amount":"612.50","currency":"USD","merchantId":"m-1","country":"US","status":"APPROVED","eventTime":"2026-11-21T10:01:30.123Z"}
            {"transactionId":"t-2","cardId":"c-2","userId":"u-2","amount":"20.00","currency":"USD","merchantId":"m-2","country":"US","status":"APPROVED","eventTime":"2026-11-21T10:02:00.000Z"}
            {"transactionId":"t-3","cardId":"c-1","userId":"u-1","amount":"750.00","currency":"USD","merchantId":"m-3","country":"US","status":"APPROVED","eventTime":"2026-11-21T10:03:10.000Z"}
            {"transactionId":"t-4","cardId":"c-1","userId":"u-1","amount":"980.10","currency":"USD","merchantId":"m-1","country":"US","status":"APPROVED","eventTime":"2026-11-21T10:05:45.500Z"}
            """;

    @TempDir
    Path dir;

    @Test
    void includedJobTurnsAFileOfTransactionsIntoAlerts() throws Exception {
        Path input = Files.writeString(dir.resolve("transactions.jsonl"), TRANSACTIONS);
        Path alerts = dir.resolve("alerts.jsonl");

        Result r = Installed.flinkctl(dir, TIMEOUT, "run", "--input", input.toString(), "--output", alerts.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(alerts).as(r.toString()).isRegularFile();
        List<String> lines = Files.readAllLines(alerts);
        List<String> bursts = lines.stream().filter(line -> line.contains("\"rule\":\"HIGH_VALUE_BURST\"")).toList();
        assertThat(bursts).as("HIGH_VALUE_BURST alerts among %s", lines).hasSize(1);
        assertThat(bursts.get(0)).contains("\"key\":\"c-1\"").containsPattern("\"transactionCount\":3[,}]");
    }
}
