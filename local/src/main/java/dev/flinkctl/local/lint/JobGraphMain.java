package dev.flinkctl.local.lint;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flinkctl.local.flink.RuntimeProperties;
import dev.flinkctl.local.run.RunRequest.PropertyGroup;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.api.dag.Pipeline;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.client.program.PackagedProgramUtils;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * Builds a job's stream graph without running it and prints its operators, for {@code flinkctl
 * package}'s operator-uid check: {@code JobGraphMain --jar PATH [--class NAME] [--properties FILE]}.
 *
 * <p>The jar's {@code main()} runs in this JVM, in the jar's own class loader, the way {@code flink
 * run} runs it; its {@code execute()} is intercepted once the graph is built. Runtime properties
 * ({@code --properties}: an {@code application_properties.json} in MSF's format) reach the job the
 * way {@code flinkctl run} gives them (see {@link RuntimeProperties}); without them the job sees none
 * and uses its defaults.
 *
 * <p>Standard output is exactly one JSON line, {@code {"operators":[{"id":1,"name":"...","uid":"..."
 * or null,"stateful":true,"kind":"source|sink|operator"}, ...]}} (see {@link Operators} for what
 * counts as stateful). Exit codes: 0 printed, 1 the graph could not be built (one line on stderr), 2
 * bad arguments.
 */
public final class JobGraphMain {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** Log4j configuration that keeps stdout free of logs and opens no log file. */
    static final String LOG_CONFIGURATION = "dev/flinkctl/local/lint/log4j2-jobgraph.properties";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "flinkctl: operator-uid check: ";

    private JobGraphMain() {}

    /** Entry point; exits with the code {@link #run} returns (the job's main may leave threads behind). */
    public static void main(String[] args) {
        // Before anything touches Log4j: the local module's default configuration logs to a shared file.
        if (System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", LOG_CONFIGURATION);
        }
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Builds the graph and prints it.
     *
     * @return the exit code (see the class comment)
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(PREFIX + e.getMessage());
            return USAGE;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("flinkctl-jobgraph-");
            List<Operator> operators = operators(arguments, work);
            out.println(JSON.writeValueAsString(Map.of("operators", operators)));
            out.flush();
            return OK;
        } catch (Exception e) {
            err.println(PREFIX + "the job graph could not be built: " + oneLine(e));
            return FAILED;
        } finally {
            deleteQuietly(work);
        }
    }

    private static List<Operator> operators(Arguments arguments, Path work) throws Exception {
        List<PropertyGroup> groups = arguments.properties == null
                ? List.of()
                : JSON.readValue(arguments.properties.toFile(), new TypeReference<List<PropertyGroup>>() {});
        URL properties = RuntimeProperties.write(work.resolve("properties"), groups);
        Configuration configuration = new Configuration();
        PackagedProgram program = PackagedProgram.newBuilder()
                .setJarFile(arguments.jar.toFile())
                .setEntryPointClassName(arguments.mainClass)
                .setUserClassPaths(List.of(properties))
                .setConfiguration(configuration)
                .build();
        try {
            // suppressOutput: whatever the job's main() prints goes into the exception, not onto our stdout.
            Pipeline pipeline = PackagedProgramUtils.getPipelineFromProgram(program, configuration, 1, true);
            if (!(pipeline instanceof StreamGraph)) {
                throw new IllegalStateException("the job is not a DataStream job (its pipeline is a "
                        + pipeline.getClass().getSimpleName() + ")");
            }
            return Operators.of((StreamGraph) pipeline, program.getUserCodeClassLoader());
        } finally {
            program.close();
        }
    }

    /** The innermost message, on one line (the job's own exception, not Flink's wrapper with captured output). */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp directory is harmless.
        }
    }

    /** The parsed command line. */
    record Arguments(Path jar, String mainClass, Path properties) {
        static final String SYNOPSIS = "--jar PATH [--class NAME] [--properties FILE]";

        static Arguments parse(String[] args) {
            Path jar = null;
            String mainClass = null;
            Path properties = null;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(option + " needs a value: " + SYNOPSIS);
                }
                String value = args[++i];
                switch (option) {
                    case "--jar":
                        jar = Path.of(value);
                        break;
                    case "--class":
                        mainClass = value;
                        break;
                    case "--properties":
                        properties = Path.of(value);
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option " + option + ": " + SYNOPSIS);
                }
            }
            if (jar == null || !Files.isRegularFile(jar)) {
                throw new IllegalArgumentException("job jar " + jar + " not found: pass --jar with an existing jar");
            }
            if (properties != null && !Files.isReadable(properties)) {
                throw new IllegalArgumentException("runtime properties file " + properties + " not found");
            }
            return new Arguments(jar.toAbsolutePath(), mainClass, properties);
        }
    }
}
