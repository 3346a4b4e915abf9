package dev.flinkctl.command;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.completion.StaticCandidates;
import dev.flinkctl.output.Printer;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.spec.SpecTemplate;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flinkctl init}: writes a commented starter application spec file for the included job. */
@Command(name = "init",
        description = {
            "Write a starter application spec file (flinkctl.yaml) for the fraud-detection job flinkctl ships with.",
            "",
            "Every key is commented with what it does and its default. Edit it, then run 'flinkctl deploy'."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl init          # writes ./flinkctl.yaml",
            "  flinkctl init --name payments -f payments.yaml",
            "  flinkctl init --runtime FLINK-2_2  # a job built for Flink 2.2 (Java 17)",
            "  flinkctl init --force  # overwrite an existing flinkctl.yaml"},
        exitCodeList = {
            ExitCodeHelp.OK + "written",
            ExitCodeHelp.FAILED + "the file cannot be written",
            ExitCodeHelp.USAGE + "invalid arguments, or the file exists and there is no --force"})
public final class InitCommand implements Callable<Integer> {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = ApplicationSpec.DEFAULT_FILE,
            description = "Spec file to write (default: ${DEFAULT-VALUE} in the current directory)")
    Path file;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = ApplicationSpec.DEFAULT_NAME,
            description = "Application name (default: ${DEFAULT-VALUE})")
    String name;

    @Option(names = "--runtime", paramLabel = "RUNTIME", defaultValue = ApplicationSpec.DEFAULT_RUNTIME,
            completionCandidates = StaticCandidates.RuntimeEnvironments.class,
            description = "Runtime environment: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    String runtime;

    @Option(names = "--force", description = "Overwrite the file if it exists")
    boolean force;

    @Spec
    CommandSpec spec;

    /** @return {@link ExitCodes#OK} once the file is written */
    @Override
    public Integer call() {
        SpecTemplate.write(file, name, runtime, force);
        String deploy = file.equals(Path.of(ApplicationSpec.DEFAULT_FILE)) ? "flinkctl deploy"
                : "flinkctl deploy -f " + file;
        Printer.of(spec).line("Wrote %s (application %s). Next: %s", file, name, deploy);
        return ExitCodes.OK;
    }
}
