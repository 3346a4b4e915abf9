package dev.flinkctl.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension: a real {@code moto_server} (the AWS emulator) on 127.0.0.1 and an ephemeral port,
 * started per test class and reset before each test. The executable is {@code moto_server} on the
 * PATH, or {@code $MOTO_SERVER}; install it with {@code pip install "moto[server]"}.
 */
public final class MotoServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private static final Pattern RUNNING_ON = Pattern.compile("Running on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;
    private URI endpoint;

    /** The endpoint, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String executable = System.getenv().getOrDefault("MOTO_SERVER", "moto_server");
        try {
            process = new ProcessBuilder(executable, "-H", "127.0.0.1", "-p", "0").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + executable + ": install it with pip install \"moto[server]\""
                    + " or set MOTO_SERVER to its path", e);
        }
        CompletableFuture<URI> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(address), "moto_server output");
        reader.setDaemon(true);
        reader.start();
        endpoint = address.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!ready()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("moto_server did not answer on " + endpoint);
            }
            Thread.sleep(50); // poll until the server answers
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        HttpResponse<String> reset = http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (reset.statusCode() != 200) {
            throw new IllegalStateException("moto_server reset answered " + reset.statusCode());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/")).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void drain(CompletableFuture<URI> address) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                Matcher m = RUNNING_ON.matcher(line);
                if (m.find()) {
                    address.complete(URI.create(m.group(1)));
                } else if (!address.isDone() && seen.length() < 4000) {
                    seen.append(line).append('\n');
                }
            }
            address.completeExceptionally(new IllegalStateException("moto_server exited:\n" + seen));
        } catch (IOException e) {
            address.completeExceptionally(e);
        }
    }
}
