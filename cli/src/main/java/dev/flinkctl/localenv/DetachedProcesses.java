package dev.flinkctl.localenv;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts server processes that outlive flinkctl: standard input from {@code /dev/null}, output appended to a log file
 * (never inherited, so no pipe ties them to this JVM or to a test reading its output) and, where {@code setsid}
 * exists (Linux), in a session of their own, so a Ctrl-C or hang-up meant for the shell's foreground job does not
 * reach them. {@code setsid} does not fork here (a child of this JVM never leads a process group), so the pid is the
 * server's own.
 */
public final class DetachedProcesses implements ProcessStarter {
    private static final File NO_INPUT = new File("/dev/null");

    private final Optional<Path> setsid;

    /** @param path the {@code PATH} to find {@code setsid} on */
    public DetachedProcesses(String path) {
        this.setsid = Executables.find("setsid", path);
    }

    @Override
    public ProcessHandle start(List<String> command, Map<String, String> environment, Path log) throws IOException {
        List<String> full = new ArrayList<>();
        setsid.ifPresent(executable -> full.add(executable.toString()));
        full.addAll(command);
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(full)
                .redirectInput(ProcessBuilder.Redirect.from(NO_INPUT))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder.start().toHandle();
    }
}
