package dev.flinkctl.command;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.flinkctl.ExitCodes;
import dev.flinkctl.code.Packager;
import dev.flinkctl.lint.Finding;
import dev.flinkctl.localenv.Host;
import dev.flinkctl.option.OutputOptions;
import dev.flinkctl.option.SpecOptions;
import dev.flinkctl.output.Printer;
import dev.flinkctl.spec.ApplicationSpec;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flinkctl package}: build the spec's code and lint the jar, without touching AWS. */
@Command(name = "package",
        description = {"Build the spec's code (the included job, a jar, or 'mvn package' in a Maven project) and lint "
            + "the jar for the runtime environment: class-file level, Flink classes shaded in, config.properties at "
            + "the root, main class, connector versions, size, and operators without a uid. Exit 1 when a finding "
            + "is an error."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  flinkctl package  # the spec's code, or the included job",
            "  flinkctl package -f flinkctl.yaml -o json | jq '.findings[]'"},
        exitCodeList = {
            ExitCodeHelp.OK + "built, no lint errors",
            ExitCodeHelp.FAILED + "the build failed, or the jar has lint errors",
            ExitCodeHelp.USAGE + "invalid arguments or spec file",
            ExitCodeHelp.NOT_FOUND + "the jar or Maven project the spec names, or the included job's jar, is missing",
            ExitCodeHelp.CTRL_C})
public final class PackageCommand implements Callable<Integer> {
    @Mixin SpecOptions specFile;
    @Mixin OutputOptions output;
    @Spec CommandSpec spec;

    private final Host host;
    private final Supplier<Packager> packager;

    /**
     * @param host     this machine
     * @param packager builds and lints the jar; created on first use, so --help and completion never load the linter
     */
    public PackageCommand(Host host, Supplier<Packager> packager) {
        this.host = host;
        this.packager = packager;
    }

    /**
     * The JSON document of {@code package -o json}.
     *
     * @param jar       the jar's path
     * @param sha256    its SHA-256 (hex): the S3 key deploy uses
     * @param sizeBytes its size in bytes
     * @param mainClass its Main-Class, or null
     * @param runtime   the runtime environment it was linted for
     * @param errors    how many findings are errors
     * @param findings  every finding
     */
    @JsonPropertyOrder({"jar", "sha256", "sizeBytes", "mainClass", "runtime", "errors", "findings"})
    public record Packaged(String jar, String sha256, long sizeBytes, String mainClass, String runtime, long errors,
                           List<Finding> findings) {
    }

    @Override
    public Integer call() {
        Printer printer = output.printer(spec, host.env());
        ApplicationSpec app = specFile.spec(host.env());
        Packager.Packaged packaged = packager.get().buildAndLint(app, printer::progress);
        Packaged result = new Packaged(packaged.jar().path().toString(), packaged.jar().sha256(),
                packaged.jar().sizeBytes(), packaged.jar().mainClass(), app.runtimeEnvironment(), packaged.errors(),
                packaged.findings());
        if (output.structured()) {
            printer.document(result, output.format() == OutputOptions.Format.yaml);
        } else {
            FindingsView.print(printer, packaged.findings());
            printer.line("%s", result.jar());
            printer.line("  sha256 %s, %d MiB, main class %s, %s: %s", result.sha256(),
                    result.sizeBytes() / (1024 * 1024), result.mainClass(), result.runtime(),
                    packaged.findings().isEmpty() ? "no findings"
                    : packaged.findings().size() + " finding(s), " + packaged.errors() + " error(s)");
        }
        return packaged.errors() > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
