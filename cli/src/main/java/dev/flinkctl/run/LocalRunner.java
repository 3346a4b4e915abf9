package dev.flinkctl.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a job on an embedded Flink MiniCluster in a child JVM: writes the {@link RunRequest} to a temporary JSON file
 * and starts
 * {@code <java.home>/bin/java @<home>/conf/local.jvm-options -cp "<home>/local/*" dev.flinkctl.local.run.RunMain
 * <request.json>}. This JVM never loads Flink.
 */
public final class LocalRunner {
    /** The runner's entry point in the {@code local} module. */
    public static final String RUNNER_MAIN = "dev.flinkctl.local.run.RunMain";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Installation installation;
    private final ProcessLauncher launcher;

    /**
     * @param installation where the runner's jars and JVM options are
     * @param launcher     starts the child JVM and waits for it
     */
    public LocalRunner(Installation installation, ProcessLauncher launcher) {
        this.installation = installation;
        this.launcher = launcher;
    }

    /**
     * Runs the job and waits until it ends. The request file is deleted afterwards (also on Ctrl-C).
     *
     * @param request what to run
     * @return the runner's exit code: 0 finished, 1 job failed, 2 bad request, 130 interrupted
     * @throws IOException          if the request cannot be written or the JVM cannot be started
     * @throws InterruptedException if this thread is interrupted while waiting
     */
    public int run(RunRequest request) throws IOException, InterruptedException {
        Path requestFile = Files.createTempFile("flinkctl-run-", ".json");
        requestFile.toFile().deleteOnExit();
        try {
            JSON.writeValue(requestFile.toFile(), request);
            return launcher.launch(command(requestFile));
        } finally {
            Files.deleteIfExists(requestFile);
        }
    }

    /** @return the child JVM's command line for {@code requestFile} */
    List<String> command(Path requestFile) {
        return List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + installation.runnerJvmOptions(),
                "-cp", installation.localLibs() + File.separator + "*",
                RUNNER_MAIN,
                requestFile.toString());
    }
}
