package dev.flinkctl.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A {@link ProcessLauncher} that starts nothing: it records the command and the request file's JSON. */
public final class RecordingLauncher implements ProcessLauncher {
    private final int exitCode;
    private List<String> command;
    private JsonNode request;

    /** @param exitCode what the pretend runner returns */
    public RecordingLauncher(int exitCode) {
        this.exitCode = exitCode;
    }

    @Override
    public int launch(List<String> command) throws IOException {
        if (this.command != null) {
            throw new IllegalStateException("launched twice");
        }
        this.command = List.copyOf(command);
        this.request = new ObjectMapper().readTree(Files.readString(requestFile()));
        return exitCode;
    }

    /** @return true if {@link #launch} was called */
    public boolean launched() {
        return command != null;
    }

    /** @return the command line, or null if nothing was launched */
    public List<String> command() {
        return command;
    }

    /** @return the request JSON as it was when the runner would have started */
    public JsonNode request() {
        return request;
    }

    /** @return the request file (the runner's only argument) */
    public Path requestFile() {
        return Path.of(command.get(command.size() - 1));
    }
}
