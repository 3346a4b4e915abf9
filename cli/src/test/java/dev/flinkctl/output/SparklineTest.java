package dev.flinkctl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How series become block characters: scale, flat series, width and gaps. */
class SparklineTest {

    @Test
    void shouldDrawTheMinimumAsTheLowestBlockAndTheMaximumAsTheHighest() {
        assertThat(Sparkline.BLOCKS.draw(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0), 0, 7, 20))
                .isEqualTo("▁▂▃▄▅▆▇█");
        assertThat(Sparkline.BLOCKS.draw(List.of(100.0, 150.0, 200.0, 250.0), 100, 250, 20)).isEqualTo("▁▃▆█");
    }

    @Test
    void shouldScaleBetweenTheGivenRangeAndClampValuesOutsideIt() {
        assertThat(Sparkline.BLOCKS.draw(List.of(5.0, 5.0), 0, 10, 10)).isEqualTo("▅▅");
        assertThat(Sparkline.BLOCKS.draw(List.of(-3.0, 42.0), 0, 10, 10)).isEqualTo("▁█");
    }

    @Test
    void shouldScaleBetweenTheSeriesOwnExtremesWithoutARange() {
        assertThat(Sparkline.BLOCKS.draw(List.of(10.0, 20.0, 15.0), 10)).isEqualTo("▁█▅");
    }

    @Test
    void shouldDrawAFlatSeriesAsAFlatLineOnTheFloorWhenItIsZero() {
        assertThat(Sparkline.BLOCKS.draw(List.of(7.0, 7.0, 7.0), 7, 7, 10)).isEqualTo("▄▄▄");
        assertThat(Sparkline.BLOCKS.draw(List.of(0.0, 0.0, 0.0, 0.0), 0, 0, 10)).isEqualTo("▁▁▁▁");
        assertThat(Sparkline.BLOCKS.draw(List.of(3.0), 10)).isEqualTo("▄");
    }

    @Test
    void shouldKeepTheNewestValuesWhenTheSeriesIsWiderThanTheWidth() {
        List<Double> rising = List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);

        assertThat(Sparkline.BLOCKS.draw(rising, 0, 7, 3)).isEqualTo("▆▇█");
        assertThat(Sparkline.BLOCKS.draw(rising, 0, 7, 0)).isEmpty();
    }

    @Test
    void shouldDrawNothingForAnEmptySeriesAndABlankForAGap() {
        assertThat(Sparkline.BLOCKS.draw(List.of(), 10)).isEmpty();
        assertThat(Sparkline.BLOCKS.draw(List.of(0.0, Double.NaN, 7.0), 0, 7, 10)).isEqualTo("▁ █");
    }

    @Test
    void shouldDrawTheSameLevelsInAsciiForTerminalsWithoutBlockCharacters() {
        assertThat(Sparkline.ASCII.draw(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0), 0, 7, 20))
                .isEqualTo("_.-~=+*#");
        assertThat(Sparkline.BLOCKS.fits(StandardCharsets.UTF_8)).isTrue();
        assertThat(Sparkline.BLOCKS.fits(StandardCharsets.US_ASCII)).isFalse();
        assertThat(Sparkline.ASCII.fits(StandardCharsets.US_ASCII)).isTrue();
    }
}
