package dev.flinkctl.spec;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The commented starter spec that {@code flinkctl init} writes: the included job with every default, each key
 * explained. Reading it back gives {@link ApplicationSpec#defaults()} plus the job properties it sets.
 */
public final class SpecTemplate {
    private static final String RESOURCE = "flinkctl.yaml.template";
    private static final String NAME_PLACEHOLDER = "{{name}}";
    private static final String RUNTIME_PLACEHOLDER = "{{runtime}}";

    private SpecTemplate() {
    }

    /**
     * @param name the application name
     * @return the starter spec for application {@code name} on {@value ApplicationSpec#DEFAULT_RUNTIME}
     * @throws FlinkctlException {@link ExitCodes#USAGE} when {@code name} is not a valid application name
     */
    public static String render(String name) {
        return render(name, ApplicationSpec.DEFAULT_RUNTIME);
    }

    /**
     * @param name    the application name
     * @param runtime the runtime environment, e.g. {@code FLINK-1_20}
     * @return the starter spec for application {@code name} on {@code runtime}
     * @throws FlinkctlException {@link ExitCodes#USAGE} when {@code name} is not a valid application name or
     *                           {@code runtime} not a runtime environment MSF runs
     */
    public static String render(String name, String runtime) {
        if (!SpecReader.NAME.matcher(name).matches()) {
            throw new FlinkctlException(ExitCodes.USAGE,
                    "invalid application name '" + name + "': use 1 to 128 letters, digits, '_', '.' or '-'");
        }
        if (!SpecReader.RUNTIMES.contains(runtime)) {
            throw new FlinkctlException(ExitCodes.USAGE, "unknown runtime environment '" + runtime + "': use one of "
                    + String.join(", ", SpecReader.RUNTIMES));
        }
        try (InputStream in = SpecTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath: a broken build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(NAME_PLACEHOLDER, name)
                    .replace(RUNTIME_PLACEHOLDER, runtime);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Writes the starter spec for application {@code name} on {@code runtime} to {@code file}.
     *
     * @param file    where to write; relative paths are relative to the working directory
     * @param name    the application name
     * @param runtime the runtime environment, e.g. {@code FLINK-1_20}
     * @param force   whether to overwrite an existing file
     * @throws FlinkctlException {@link ExitCodes#USAGE} when the name or runtime is invalid, the file exists and
     *                           {@code force} is false, or the file cannot be written
     */
    public static void write(Path file, String name, String runtime, boolean force) {
        String text = render(name, runtime);
        if (Files.isDirectory(file)) {
            throw new FlinkctlException(ExitCodes.USAGE, file + " is a directory: pass -f FILE to name the spec file");
        }
        // CREATE_NEW makes "does it exist?" and "write it" one step, so a file appearing in between is not lost.
        OpenOption[] options = force
                ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING}
                : new OpenOption[] {StandardOpenOption.CREATE_NEW};
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, options);
        } catch (FileAlreadyExistsException e) {
            throw new FlinkctlException(ExitCodes.USAGE, file + " exists: pass --force to overwrite it");
        } catch (NoSuchFileException e) {
            throw new FlinkctlException(ExitCodes.USAGE, "cannot write " + file + ": directory "
                    + file.toAbsolutePath().getParent() + " does not exist", e);
        } catch (IOException e) {
            throw new FlinkctlException(ExitCodes.USAGE, "cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
