package dev.flinkctl.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flinkctl.msf.ApplicationOverview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpuConfigurationTest {

    @ParameterizedTest(name = "parallelism {0} / {1} per KPU, studio {2} → {3} + {4} KPUs")
    @CsvSource({
        "1, 1, false, 1, 1",
        "2, 1, false, 2, 1",
        "3, 2, false, 2, 1",
        "4, 2, false, 2, 1",
        "5, 4, false, 2, 1",
        "8, 8, false, 1, 1",
        "9, 8, false, 2, 1",
        "20, 1, false, 20, 1",
        "64, 1, false, 64, 1",
        "256, 4, false, 64, 1",
        "4, 1, true, 4, 2",
        "3, 2, true, 2, 2",
    })
    void shouldRoundApplicationKpusUpAndCountOrchestrationSeparately(int parallelism, int perKpu, boolean studio,
                                                                     int application, int orchestration) {
        KpuConfiguration config = new KpuConfiguration(parallelism, perKpu, studio);

        assertThat(config.applicationKpus()).isEqualTo(application);
        assertThat(config.orchestrationKpus()).isEqualTo(orchestration);
        assertThat(config.totalKpus()).isEqualTo(application + orchestration);
    }

    /** The twin formula in msf/ (which counts orchestration in) must agree, since billing/ does not import it. */
    @ParameterizedTest(name = "parallelism {0} / {1}")
    @CsvSource({"1, 1", "3, 2", "7, 3", "16, 8", "100, 7"})
    void shouldAgreeWithTheKpusDescribeShows(int parallelism, int perKpu) {
        assertThat(KpuConfiguration.streaming(parallelism, perKpu).totalKpus())
                .isEqualTo(ApplicationOverview.kpus(parallelism, perKpu));
    }

    @ParameterizedTest(name = "parallelism {0} / {1}")
    @CsvSource({
        "0, 1, 'parallelism must be at least 1, not 0'",
        "1, 0, 'parallelism per KPU must be 1 to 8, not 0'",
        "1, 9, 'parallelism per KPU must be 1 to 8, not 9'",
    })
    void shouldRejectImpossibleConfigurations(int parallelism, int perKpu, String message) {
        assertThatThrownBy(() -> KpuConfiguration.streaming(parallelism, perKpu))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void shouldKeepParallelismPerKpuAndModeWhenParallelismChanges() {
        assertThat(KpuConfiguration.studioInteractive(2, 2).withParallelism(8))
                .isEqualTo(new KpuConfiguration(8, 2, true));
    }
}
