package dev.flinkctl.msf.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationDetail;

class VersionEntryTest {
    static final ApplicationDetail V1 = Details.version(1, Map.of("rate", "40"));
    static final ApplicationDetail V2 = Details.version(2, Map.of("rate", "50"));
    static final ApplicationDetail V3 = Details.version(3, 2L, null, 2, Map.of("rate", "50"));

    @Test
    void shouldSummarizeTheChangedFieldsAndMarkCurrentAndRollbackTarget() {
        VersionEntry current = VersionEntry.of(V3, "RUNNING", V2, V3);
        VersionEntry target = VersionEntry.of(V2, "READY", V1, V3);

        assertThat(current.summary()).isEqualTo("scaling.parallelism");
        assertThat(current.current()).isTrue();
        assertThat(current.rollbackTarget()).isFalse();
        assertThat(current.comparedWith()).isEqualTo(2L);
        assertThat(target.summary()).isEqualTo("properties.Counter.rate");
        assertThat(target.changes()).containsExactly("properties.Counter.rate");
        assertThat(target.current()).isFalse();
        assertThat(target.rollbackTarget()).isTrue();
        assertThat(target.status()).isEqualTo("READY");
        assertThat(target.createdAt()).isEqualTo(Details.CREATED.plusSeconds(2));
    }

    @Test
    void shouldSayCreatedForTheFirstVersionAndWhenNothingChanged() {
        assertThat(VersionEntry.of(V1, "READY", null, V3).summary()).isEqualTo("created");
        assertThat(VersionEntry.of(V2, "READY", null, V3).summary()).isEqualTo("no older version to compare with");
        assertThat(VersionEntry.of(Details.version(2, Map.of("rate", "40")), "READY", V1, V3).summary())
                .isEqualTo("no configuration change");
    }

    @Test
    void shouldNameBothVersionsOfARollback() {
        ApplicationDetail v4 = V2.toBuilder().applicationVersionId(4L).applicationVersionUpdatedFrom(1L)
                .applicationVersionRolledBackFrom(3L).applicationVersionRolledBackTo(2L).build();

        VersionEntry entry = VersionEntry.of(v4, "RUNNING", V3, v4);

        assertThat(entry.summary()).isEqualTo("rollback of version 3 to version 2");
        assertThat(entry.rolledBackFrom()).isEqualTo(3L);
        assertThat(entry.rolledBackTo()).isEqualTo(2L);
        assertThat(entry.changes()).containsExactly("scaling.parallelism");
        assertThat(entry.updatedFrom()).isEqualTo(1L);
        assertThat(VersionEntry.of(V1, "RUNNING", null, v4).rollbackTarget()).isTrue();
    }

    @Test
    void shouldNameAtMostTenVersionIds() {
        var summaries = java.util.stream.LongStream.rangeClosed(1, 12).map(v -> 13 - v)
                .mapToObj(v -> software.amazon.awssdk.services.kinesisanalyticsv2.model.ApplicationVersionSummary
                        .builder().applicationVersionId(v).applicationStatus("READY").build()).toList();

        assertThat(Versions.ids(summaries)).isEqualTo("12, 11, 10, 9, 8, 7, 6, 5, 4, 3 (and 2 older)");
        assertThat(Versions.ids(List.of())).isEqualTo("none");
    }
}
