package dev.flinkctl.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Runs a build tool: a command in a directory, its output streamed line by line. Tests inject their own. */
@FunctionalInterface
public interface ProcessRunner {

    /**
     * Runs {@code command} in {@code directory} with no standard input, and waits for it to end.
     *
     * @param command   the executable and its arguments
     * @param directory the working directory
     * @param output    receives each line of its standard output and standard error (merged), as they come
     * @return its exit code
     * @throws IOException          if it cannot be started (e.g. the executable is not on the PATH)
     * @throws InterruptedException if this thread is interrupted while waiting (the process is destroyed)
     */
    int run(List<String> command, Path directory, Consumer<String> output) throws IOException, InterruptedException;

    /** @return a runner of real processes */
    static ProcessRunner system() {
        return (command, directory, output) -> {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of(
                            System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null").toFile()))
                    .start();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.accept(line);
                }
                return process.waitFor();
            } finally {
                if (process.isAlive()) {
                    process.descendants().forEach(ProcessHandle::destroy);
                    process.destroy();
                }
            }
        };
    }
}
