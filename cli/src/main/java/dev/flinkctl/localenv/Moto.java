package dev.flinkctl.localenv;

import dev.flinkctl.ExitCodes;
import dev.flinkctl.FlinkctlException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** moto_server, the AWS emulator that serves S3, CloudWatch, CloudWatch Logs and Kinesis to the local target. */
final class Moto {
    /** The environment variable that names the executable instead of the PATH. */
    static final String EXECUTABLE_ENV = "MOTO_SERVER";
    /** The executable's name on the PATH. */
    static final String EXECUTABLE = "moto_server";

    private static final String INSTALL = "install it with pip install \"moto[server]\" (or set " + EXECUTABLE_ENV + ")";
    /** What moto_server (werkzeug) prints once it listens, also with {@code -p 0}. */
    private static final Pattern RUNNING_ON = Pattern.compile("Running on http://127\\.0\\.0\\.1:(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private Moto() {
    }

    /**
     * @param env the environment: {@value #EXECUTABLE_ENV} wins over {@code PATH}
     * @return the moto_server executable
     * @throws FlinkctlException with {@link ExitCodes#FAILED} naming how to install it, if there is none
     */
    static Path locate(Map<String, String> env) {
        String configured = env.get(EXECUTABLE_ENV);
        if (configured != null && !configured.isBlank()) {
            Path executable = Path.of(configured);
            if (!Executables.isExecutable(executable)) {
                throw new FlinkctlException(ExitCodes.FAILED, EXECUTABLE + " not found: " + EXECUTABLE_ENV + " is '"
                        + configured + "', which is not an executable file: " + INSTALL);
            }
            return executable;
        }
        return Executables.find(EXECUTABLE, env.get("PATH")).orElseThrow(() -> new FlinkctlException(ExitCodes.FAILED,
                EXECUTABLE + " not found: " + INSTALL));
    }

    /** @return the command that starts moto_server on 127.0.0.1 and {@code port} (0: a free one) */
    static List<String> command(Path executable, int port) {
        return List.of(executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port));
    }

    /** @return the port moto_server says it runs on, once its log shows it */
    static OptionalInt announcedPort(String log) {
        Matcher matcher = RUNNING_ON.matcher(log);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** @return true if moto_server at {@code url} answers {@code GET /moto-api/} with 200 */
    static boolean answers(URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url.resolve("/moto-api/")).timeout(Duration.ofSeconds(2))
                    .GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
