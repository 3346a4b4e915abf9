package dev.flinkctl.localenv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStateTest {
    @TempDir
    Path dir;

    private LocalState state() {
        return new LocalState(dir.toString(), "eu-west-1", "123456789012", "2026-11-21T20:18:00Z",
                new LocalState.Server("http://127.0.0.1:4566", 4566, 11L, "2026-11-21T20:17:50.120Z"),
                new LocalState.Server("http://127.0.0.1:4599", 4599, 12L, "2026-11-21T20:17:52.450Z"),
                "http://127.0.0.1:8081", "flinkctl-local", "transactions", "alerts",
                "arn:aws:iam::123456789012:role/flinkctl-local");
    }

    @Test
    void shouldRoundTripThroughLocalJson() {
        state().write();

        assertThat(LocalState.read(dir)).hasValue(state());
        assertThat(dir.resolve("local.json")).exists();
        assertThat(dir).isDirectoryNotContaining(file -> file.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void shouldWriteTheDocumentedFieldNames() throws IOException {
        state().write();

        assertThat(new ObjectMapper().readTree(dir.resolve("local.json").toFile()).toString()).isEqualTo("{"
                + "\"dataDir\":\"" + dir + "\",\"region\":\"eu-west-1\",\"accountId\":\"123456789012\","
                + "\"startedAt\":\"2026-11-21T20:18:00Z\","
                + "\"moto\":{\"url\":\"http://127.0.0.1:4566\",\"port\":4566,\"pid\":11,"
                + "\"processStartedAt\":\"2026-11-21T20:17:50.120Z\"},"
                + "\"endpoint\":{\"url\":\"http://127.0.0.1:4599\",\"port\":4599,\"pid\":12,"
                + "\"processStartedAt\":\"2026-11-21T20:17:52.450Z\"},"
                + "\"dashboard\":\"http://127.0.0.1:8081\",\"bucket\":\"flinkctl-local\","
                + "\"inputStream\":\"transactions\",\"outputStream\":\"alerts\","
                + "\"roleArn\":\"arn:aws:iam::123456789012:role/flinkctl-local\"}");
    }

    @Test
    void shouldForgetPidsOfStoppedServers() {
        LocalState stopped = state().withMoto(state().moto().stopped());

        assertThat(stopped.moto()).isEqualTo(new LocalState.Server("http://127.0.0.1:4566", 4566, null, null));
        assertThat(stopped.endpoint()).isEqualTo(state().endpoint());
    }

    @Test
    void shouldIgnoreFieldsFromNewerVersions() throws IOException {
        Files.writeString(dir.resolve("local.json"), "{\"region\":\"us-east-1\",\"later\":true,"
                + "\"moto\":{\"url\":\"u\",\"port\":1,\"pid\":2,\"other\":3}}");

        assertThat(LocalState.read(dir)).hasValueSatisfying(state -> {
            assertThat(state.region()).isEqualTo("us-east-1");
            assertThat(state.moto().pid()).isEqualTo(2L);
        });
    }

    @Test
    void shouldReadNothingWithoutLocalJson() {
        assertThat(LocalState.read(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void shouldNameACorruptFile() throws IOException {
        Files.writeString(dir.resolve("local.json"), "{not json");

        assertThatThrownBy(() -> LocalState.read(dir)).isInstanceOf(FlinkctlException.class)
                .hasMessageStartingWith("cannot read " + dir.resolve("local.json"))
                .extracting(e -> ((FlinkctlException) e).exitCode()).isEqualTo(ExitCodes.FAILED);
    }
}
