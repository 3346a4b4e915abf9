package dev.flinkctl.msf.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionFieldsTest {

    @Test
    void shouldAddTheObjectVersionRightAfterTheCode() {
        var fields = VersionFields.of(Details.version(2, 1L, "v-abc", 1, Map.of()));

        assertThat(fields).containsEntry("code", "s3://code/job.jar").containsEntry("code.objectVersion", "v-abc");
        List<String> names = List.copyOf(fields.keySet());
        assertThat(names.indexOf("code.objectVersion")).isEqualTo(names.indexOf("code") + 1);
        assertThat(VersionFields.of(Details.version(1, Map.of()))).doesNotContainKey("code.objectVersion")
                .doesNotContainKey("tags");
    }

    @Test
    void shouldReportAChangedObjectVersionOfTheSameKey() {
        var changes = VersionFields.changes(Details.version(1, null, "v-1", 1, Map.of()),
                Details.version(2, 1L, "v-2", 1, Map.of()));

        assertThat(changes).containsExactly(new FieldChange("code.objectVersion", "v-1", "v-2"));
    }

    @Test
    void shouldNameExactlyTheChangedFields() {
        var changes = VersionFields.changes(Details.version(1, null, null, 1, Map.of("rate", "40")),
                Details.version(2, 1L, null, 2, Map.of("rate", "50", "extra", "x")));

        assertThat(changes).containsExactlyInAnyOrder(new FieldChange("scaling.parallelism", "1", "2"),
                new FieldChange("properties.Counter.rate", "40", "50"),
                new FieldChange("properties.Counter.extra", null, "x"));
        assertThat(VersionFields.changes(Details.version(1, Map.of("rate", "40")),
                Details.version(2, Map.of("rate", "40")))).isEmpty();
    }

    @Test
    void shouldMaskSecretLookingPropertiesOnBothSidesAndShowRemovedOrdinaryOnes() {
        var changes = VersionFields.changes(Details.version(1, Map.of("api.token", "tok-1", "db.Password", "pw",
                        "rate", "40")),
                Details.version(2, Map.of("api.token", "tok-2")));

        assertThat(changes).containsExactlyInAnyOrder(new FieldChange("properties.Counter.api.token", "****", "****"),
                new FieldChange("properties.Counter.db.Password", "****", null),
                new FieldChange("properties.Counter.rate", "40", null));
        assertThat(changes.toString()).doesNotContain("tok-1", "tok-2", "=pw");
    }

    @Test
    void shouldCallOnlyKeysThatLookSecretSensitive() {
        assertThat(VersionFields.sensitive(Details.version(1, Map.of("api.token", "t", "rate", "1")),
                Details.version(2, Map.of("AccessKey", "k")))).containsExactlyInAnyOrder(
                "properties.Counter.api.token", "properties.Counter.AccessKey");
    }
}
