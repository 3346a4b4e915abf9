package dev.flinkctl.code;

import dev.flinkctl.lint.Finding;
import dev.flinkctl.lint.JarLinter;
import dev.flinkctl.lint.RuntimeEnvironment;
import dev.flinkctl.lint.Severity;
import dev.flinkctl.spec.ApplicationSpec;
import dev.flinkctl.spec.CodeSpec;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code flinkctl package}: builds the spec's code (the included job, a jar, or a Maven project) and lints the jar
 * for the spec's runtime environment, before anything is uploaded.
 */
public final class Packager {
    private final CodeBuilder builder;
    private final JarLinter linter;

    /**
     * @param builder builds or locates the jar
     * @param linter  lints it
     */
    public Packager(CodeBuilder builder, JarLinter linter) {
        this.builder = builder;
        this.linter = linter;
    }

    /**
     * A built and linted jar.
     *
     * @param jar      the jar
     * @param findings what the linter found, errors first
     */
    public record Packaged(BuiltJar jar, List<Finding> findings) {
        /** @return how many findings are errors */
        public long errors() {
            return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        }
    }

    /**
     * @param spec     the spec (its code and runtime environment)
     * @param progress receives build output lines
     * @return the jar, not linted
     * @throws dev.flinkctl.FlinkctlException what {@link CodeBuilder} throws for a missing jar or failed build
     */
    public BuiltJar build(ApplicationSpec spec, Consumer<String> progress) {
        CodeSpec code = spec.code();
        return switch (code.kind()) {
            case INCLUDED -> builder.included();
            case JAR -> builder.jar(code.jar());
            case MAVEN -> {
                progress.accept("Building " + code.maven() + " (mvn package)");
                yield builder.maven(code.maven(), code.artifact(), progress);
            }
        };
    }

    /**
     * @param spec     the spec
     * @param progress receives build output lines
     * @return the jar and its lint findings (the runtime environment is known: the spec reader checked it)
     */
    public Packaged buildAndLint(ApplicationSpec spec, Consumer<String> progress) {
        BuiltJar jar = build(spec, progress);
        RuntimeEnvironment runtime = RuntimeEnvironment.of(spec.runtimeEnvironment()).orElseThrow(() ->
                new IllegalStateException("the spec reader accepts only known runtime environments"));
        progress.accept("Linting " + jar.path().getFileName() + " for " + runtime.id());
        List<Finding> findings = linter.lint(jar.path(), runtime).stream()
                .sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        return new Packaged(jar, findings);
    }
}
