package dev.flinkctl.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flinkctl.metrics.Health;
import dev.flinkctl.metrics.MetricDefinition;
import dev.flinkctl.metrics.MetricRow;
import dev.flinkctl.metrics.MetricUnit;
import dev.flinkctl.metrics.MetricsFrame;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The live view's layout at fixed sizes, without a terminal. */
class MetricsScreenTest {
    private static final Instant AT = Instant.parse("2026-11-21T10:00:05Z");
    private static final String ESC = "\u001b[";

    private static final MetricRow RECORDS_IN = new MetricRow(
            new MetricDefinition("numRecordsInPerSecond", MetricUnit.COUNT_PER_SECOND, "Average", "records in"),
            250.0, 100.0, 250.0, List.of(100.0, 150.0, 200.0, 250.0), Health.NONE);
    private static final MetricRow RESTARTS = new MetricRow(
            new MetricDefinition("fullRestarts", MetricUnit.COUNT, "Maximum", "restarts"),
            2.0, 0.0, 2.0, List.of(0.0, 0.0, 1.0, 2.0), new Health(Health.Level.BAD, "2 restarts in the window"));
    private static final MetricRow UPTIME = new MetricRow(
            new MetricDefinition("uptime", MetricUnit.MILLISECONDS, "Maximum", "uptime"),
            90_000.0, 30_000.0, 90_000.0, List.of(30_000.0, 60_000.0, 90_000.0), Health.OK);
    private static final MetricRow BEHIND = new MetricRow(
            new MetricDefinition("millisBehindLatest", MetricUnit.MILLISECONDS, "Maximum", "behind"),
            null, null, null, List.of(), Health.NONE);

    private static MetricsFrame frame(List<MetricRow> rows, String notice) {
        return new MetricsFrame("fraud", "RUNNING", 2, AT, Duration.ofMinutes(1), rows, List.of(), notice);
    }

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    @Test
    void shouldRenderTheHeaderAndOneRowPerMetric() {
        List<AttributedString> lines = MetricsScreen.render(frame(List.of(RECORDS_IN, RESTARTS, UPTIME, BEHIND), null),
                100, 20, false);

        assertThat(text(lines)).containsExactly(
                // "q quit" ends at the right edge: 51 characters, 43 blanks, 6 characters
                "fraud   RUNNING   2 KPUs   period 1m   10:00:05 UTC" + " ".repeat(43) + "q quit",
                "",
                "METRIC                  STAT      CURRENT   MIN      MAX       TREND   HEALTH",
                "numRecordsInPerSecond   Average   250 /s    100 /s   250 /s     ▁▃▆█   -",
                "fullRestarts            Maximum   2         0        2          ▁▁▅█   BAD 2 restarts in the window",
                "uptime                  Maximum   1.5 min   30.0 s   1.5 min     ▁▅█   OK",
                "millisBehindLatest      Maximum   -         -        -                 no data");
        assertThat(lines).allSatisfy(line -> assertThat(line.columnLength()).isLessThanOrEqualTo(100));
    }

    @Test
    void shouldShowTheNoticeUnderTheHeader() {
        List<String> lines = text(MetricsScreen.render(frame(List.of(UPTIME),
                "CloudWatch throttled the last refresh"), 100, 20, false));

        assertThat(lines.get(1)).isEqualTo("CloudWatch throttled the last refresh");
        assertThat(lines.get(2)).isEmpty();
        assertThat(lines.get(3)).startsWith("METRIC");
    }

    @Test
    void shouldSayOneKpuAndAnUnknownCount() {
        MetricsFrame one = new MetricsFrame("fraud", "STARTING", 1, AT, Duration.ofSeconds(10), List.of(), List.of(),
                null);
        MetricsFrame unknown = new MetricsFrame("fraud", "READY", null, AT, Duration.ofSeconds(90), List.of(),
                List.of(), null);

        assertThat(text(MetricsScreen.render(one, 80, 10, false)).get(0))
                .startsWith("fraud   STARTING   1 KPU   period 10s   10:00:05 UTC   ").endsWith("   q quit");
        assertThat(text(MetricsScreen.render(unknown, 80, 10, false)).get(0))
                .startsWith("fraud   READY   - KPUs   period 90s   10:00:05 UTC   ");
    }

    @Test
    void shouldGiveTheTrendTheRemainingWidthUpToTheLongestSeries() {
        List<Double> ramp = IntStream.range(0, 30).mapToObj(i -> (double) i).toList();
        MetricRow growing = new MetricRow(UPTIME.metric(), 29.0, 0.0, 29.0, ramp,
                new Health(Health.Level.WARN, "growing for 5 minutes"));

        String wide = text(MetricsScreen.render(frame(List.of(growing), null), 200, 10, false)).get(3);
        String narrow = text(MetricsScreen.render(frame(List.of(growing), null), 80, 10, false)).get(3);

        // 200 columns: all 30 points, oldest (lowest) first
        assertThat(wide).isEqualTo("uptime   Maximum   29 ms     0 ms   29 ms   ▁▁▁▂▂▂▂▃▃▃▃▄▄▄▄▅▅▅▅▆▆▆▆▇▇▇▇███   "
                + "WARN growing for 5 minutes");
        // 80 columns: the other columns take 73, so the trend keeps its 10 newest points and the reason is cut
        assertThat(narrow)
                .isEqualTo("uptime   Maximum   29 ms     0 ms   29 ms   ▆▆▆▇▇▇▇███   WARN growing for 5 minu");
    }

    @Test
    void shouldCutEveryLineAtTheWidthWithoutWrapping() {
        MetricsFrame frame = frame(List.of(RECORDS_IN, RESTARTS, UPTIME, BEHIND), "a notice that is longer than the "
                + "narrow screen it is shown on");
        List<AttributedString> wide = MetricsScreen.render(frame, 200, 20, false);

        List<AttributedString> narrow = MetricsScreen.render(frame, 30, 20, false);

        assertThat(narrow).hasSameSizeAs(wide);
        for (int i = 0; i < narrow.size(); i++) {
            assertThat(narrow.get(i).columnLength()).isLessThanOrEqualTo(30);
            assertThat(wide.get(i).toString()).startsWith(narrow.get(i).toString());
        }
        assertThat(narrow.get(0).toString()).isEqualTo("fraud   RUNNING   2 KPUs   per");
    }

    @Test
    void shouldReplaceTheRowsBeyondTheHeightWithALineThatCountsThem() {
        List<MetricRow> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(new MetricRow(new MetricDefinition("metric" + i, MetricUnit.COUNT, "Sum", "m"), (double) i,
                    0.0, (double) i, List.of(0.0, (double) i), Health.OK));
        }

        List<String> lines = text(MetricsScreen.render(frame(rows, null), 100, 10, false));

        // header, blank, column headers, 6 metrics, then the 6 that do not fit
        assertThat(lines).hasSize(10);
        assertThat(lines.get(8)).startsWith("metric5 ");
        assertThat(lines.get(9)).isEqualTo("… 6 more (enlarge the window)");
        // one row short: the last metric and the one above it make room for the line
        assertThat(text(MetricsScreen.render(frame(rows, null), 100, 14, false))).hasSize(14).last()
                .isEqualTo("… 2 more (enlarge the window)");
        assertThat(text(MetricsScreen.render(frame(rows, null), 100, 15, false))).hasSize(15).last()
                .asString().startsWith("metric11 ");
    }

    @Test
    void shouldColourHealthAndTrendByLevelOnlyWhenAsked() {
        MetricsFrame frame = frame(List.of(RECORDS_IN, RESTARTS, UPTIME, BEHIND), "throttled");

        List<AttributedString> coloured = MetricsScreen.render(frame, 100, 20, true);
        List<AttributedString> plain = MetricsScreen.render(frame, 100, 20, false);

        assertThat(plain).allSatisfy(line -> assertThat(line.toAnsi()).doesNotContain(ESC));
        assertThat(coloured.get(5).toAnsi()).contains(ESC + "31m ▁▁▅█", ESC + "31mBAD 2 restarts in the window");
        assertThat(coloured.get(6).toAnsi()).contains(ESC + "32mOK");
        assertThat(coloured.get(4).toAnsi()).as("no health rule: default colour").doesNotContain(ESC + "3");
        assertThat(coloured.get(0).toAnsi()).contains(ESC + "32mRUNNING");
        assertThat(coloured.get(1).toAnsi()).contains(ESC + "33mthrottled");
        assertThat(text(coloured)).as("the same text").isEqualTo(text(plain));
    }

    @Test
    void shouldShowADashAndNoDataForAMetricWithoutData() {
        String line = text(MetricsScreen.render(frame(List.of(BEHIND), null), 100, 10, false)).get(3);

        assertThat(line).matches("millisBehindLatest +Maximum +- +- +- +no data");
    }

    @Test
    void shouldDrawNothingOnAScreenWithoutRoom() {
        assertThat(MetricsScreen.render(frame(List.of(UPTIME), null), 0, 10, false)).isEmpty();
        assertThat(MetricsScreen.render(frame(List.of(UPTIME), null), 80, 0, false)).isEmpty();
        assertThat(text(MetricsScreen.render(frame(List.of(UPTIME), null), 80, 1, false)))
                .containsExactly("… 1 more (enlarge the window)");
    }

    @Test
    void shouldFallBackToAsciiWhenTheTerminalHasNoBlockCharacters() {
        List<String> lines = text(MetricsScreen.render(frame(List.of(RESTARTS), null), 100, 3, false, false));

        assertThat(lines.get(2)).isEqualTo("... 1 more (enlarge the window)");
        assertThat(text(MetricsScreen.render(frame(List.of(RESTARTS), null), 100, 10, false, false)).get(3))
                .contains(" __=#   BAD");
    }
}
