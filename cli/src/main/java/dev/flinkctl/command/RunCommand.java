package dev.flinkctl.command;

import dev.flinkctl.option.DurationConverter;
import dev.flinkctl.option.PropertyOverrideConverter;
import dev.flinkctl.run.Installation;
import dev.flinkctl.run.JobJar;
import dev.flinkctl.run.LocalRunner;
import dev.flinkctl.run.ProcessLauncher;
import dev.flinkctl.run.PropertyGroup;
import dev.flinkctl.run.PropertyOverride;
import dev.flinkctl.run.RunRequest;
import dev.flinkctl.run.RuntimeProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code flinkctl run [JAR]}: runs a Flink job on an embedded Flink MiniCluster on this machine. */
@Command(name = "run",
        description = {
            "Run a Flink job jar on an embedded Flink cluster on this machine.",
            "",
            "The job runs in a separate JVM with the Flink runtime that flinkctl installed. It reads runtime "
                + "properties in the format of Managed Service for Apache Flink (application_properties.json), "
                + "so the same jar runs unchanged here and in AWS. Ctrl-C stops the job."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl run  # the included fraud-detection job with its default properties",
            "  flinkctl run --input transactions.jsonl --output alerts.jsonl  # JSON lines",
            "  flinkctl run --property Source.rate=1000  # override one runtime property",
            "  flinkctl run target/my-job.jar --properties application_properties.json"},
        exitCodeList = {
            ExitCodeHelp.OK + "the job finished",
            ExitCodeHelp.FAILED + "the job failed, or the embedded runtime is missing",
            ExitCodeHelp.USAGE + "invalid arguments (options, files, properties)",
            ExitCodeHelp.CTRL_C})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "JAR",
            description = "Job jar to run (default: the included fraud-detection job)")
    Path jar;

    @Option(names = "--class", paramLabel = "NAME",
            description = "Main class of the job (default: the jar manifest's Main-Class)")
    String mainClass;

    @Option(names = "--properties", paramLabel = "FILE",
            description = "Runtime properties file in MSF's application_properties.json format")
    Path propertiesFile;

    @Option(names = "--property", paramLabel = "GROUP.KEY=VALUE", converter = PropertyOverrideConverter.class,
            description = "Set one runtime property, overriding --properties and --input (repeatable)")
    List<PropertyOverride> overrides = new ArrayList<>();

    @Option(names = "--input", paramLabel = "FILE",
            description = "Read transactions from this JSON-lines file (sets Source.type=file and Source.path)")
    Path input;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the job's output (JSON lines) to this file")
    Path output;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "1",
            description = "Default parallelism of the job, at least 1 (default: ${DEFAULT-VALUE})")
    int parallelism;

    @Option(names = "--checkpoint-interval", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Checkpoint interval, at least 10ms: e.g. 500ms, 60s, 5m, 1h or PT1M "
                + "(default: 60s like MSF, or 1s when the job reads a file, so its output is committed promptly)")
    Duration checkpointInterval;

    private final ProcessLauncher launcher;
    private final Supplier<Optional<Path>> home;

    /**
     * @param launcher starts the runner JVM
     * @param home     locates the installation's {@code lib/flinkctl} directory
     */
    public RunCommand(ProcessLauncher launcher, Supplier<Optional<Path>> home) {
        this.launcher = launcher;
        this.home = home;
    }

    /**
     * @return the runner's exit code (see the exit-code list above)
     * @throws IOException          if the request cannot be written or the runner cannot be started
     * @throws InterruptedException if interrupted while the job runs
     */
    @Override
    public Integer call() throws IOException, InterruptedException {
        List<PropertyGroup> properties = RuntimeProperties.merge(propertiesFile, input, overrides);
        Installation installation = Installation.require(home.get());
        Path job = JobJar.require(jar != null ? jar : installation.jobJar(), mainClass);
        RunRequest request = RunRequest.of(job, mainClass, parallelism, checkpointInterval, properties, output);
        return new LocalRunner(installation, launcher).run(request);
    }
}
