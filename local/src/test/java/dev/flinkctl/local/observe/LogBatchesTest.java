package dev.flinkctl.local.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.local.observe.LogBatches.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogBatchesTest {
    @Test
    void sortsByTimeThenQueueOrder() {
        List<List<Line>> batches = LogBatches.split(List.of(new Line(20, 1, "b"), new Line(10, 3, "a2"), new Line(10, 2, "a1")));
        assertThat(batches).singleElement().extracting(batch -> batch.stream().map(Line::message).toList())
                .isEqualTo(List.of("a1", "a2", "b"));
    }

    @Test
    void cutsAtTenThousandEvents() {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 20_001; i++) {
            lines.add(new Line(1000 + i, i, "x"));
        }
        assertThat(LogBatches.split(lines)).extracting(List::size).containsExactly(10_000, 10_000, 1);
    }

    @Test
    void cutsBeforeAMegabyteCountingTwentySixBytesPerEvent() {
        String line = "é".repeat(50_000); // 100,000 UTF-8 bytes, 100,026 counted
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            lines.add(new Line(i, i, line));
        }
        // 10 × 100,026 = 1,000,260 fits 1,048,576; an 11th would not
        assertThat(LogBatches.split(lines)).extracting(List::size).containsExactly(10, 1);
    }

    @Test
    void cutsBatchesSpanningADay() {
        long day = 24 * 60 * 60 * 1000L;
        List<List<Line>> batches = LogBatches.split(List.of(new Line(0, 1, "a"), new Line(day - 1, 2, "b"), new Line(day, 3, "c")));
        assertThat(batches).extracting(List::size).containsExactly(2, 1);
    }

    @Test
    void nothingQueuedIsNoBatch() {
        assertThat(LogBatches.split(List.of())).isEmpty();
    }
}
