package dev.flinkctl.localenv;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A stand-in for the local module's {@code dev.flinkctl.local.msf.EndpointMain} that honours its process contract:
 * the same arguments, {@code endpoint.json} written atomically when ready and removed on SIGTERM, a one-line error and
 * exit 1 when its port is taken, exit 2 on bad arguments. It answers only {@code ListApplications} (with no
 * applications) and serves a one-line dashboard page. It also records its arguments and the environment variables the
 * contract names in {@code <data-dir>/stand-in.json}, for tests to check what flinkctl passed.
 *
 * <p>{@code STAND_IN_ENDPOINT=exit} makes it fail at start like a taken port; {@code =silent} makes it run without
 * ever becoming ready.
 */
public final class StandInEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private StandInEndpoint() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("data-dir")) {
            System.err.println("usage: EndpointMain --data-dir DIR [--port N] [--dashboard-port N] ...");
            System.exit(2);
        }
        Path dataDir = Path.of(options.get("data-dir")).toAbsolutePath();
        Files.createDirectories(dataDir);
        record(dataDir, args);
        int port = Integer.parseInt(options.getOrDefault("port", "4599"));
        String mode = System.getenv().getOrDefault("STAND_IN_ENDPOINT", "");
        if (mode.equals("exit")) {
            System.err.println("port " + port + " on 127.0.0.1 is in use: stand-in told to fail");
            System.exit(1);
        }
        HttpServer api = bind(port);
        HttpServer dashboard = bind(Integer.parseInt(options.getOrDefault("dashboard-port", "8081")));
        api.createContext("/", StandInEndpoint::answer);
        dashboard.createContext("/", exchange -> respond(exchange, 200, "text/html", "stand-in dashboard"));
        api.start();
        dashboard.start();
        Path info = dataDir.resolve("endpoint.json");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(info);
            } catch (IOException e) {
                // the test sees the leftover
            }
            api.stop(0);
            dashboard.stop(0);
            stopped.countDown();
        }));
        if (!mode.equals("silent")) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("endpoint", "http://127.0.0.1:" + api.getAddress().getPort());
            content.put("dashboard", "http://127.0.0.1:" + dashboard.getAddress().getPort());
            content.put("pid", ProcessHandle.current().pid());
            content.put("dataDir", dataDir.toString());
            content.put("region", options.getOrDefault("region", "us-east-1"));
            content.put("accountId", options.getOrDefault("account-id", "123456789012"));
            Path temporary = dataDir.resolve("endpoint.json.tmp");
            JSON.writeValue(temporary.toFile(), content);
            Files.move(temporary, info, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("stand-in endpoint ready on " + api.getAddress());
        stopped.await();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return null;
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static void record(Path dataDir, String[] args) throws IOException {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("args", List.of(args));
        Map<String, String> env = new LinkedHashMap<>();
        for (String name : List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_REGION", "AWS_CBOR_DISABLE")) {
            env.put(name, System.getenv(name));
        }
        seen.put("env", env);
        seen.put("cborEnabled", System.getProperty("aws.cborEnabled"));
        JSON.writeValue(dataDir.resolve("stand-in.json").toFile(), seen);
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
        } catch (IOException e) {
            System.err.println("port " + port + " on 127.0.0.1 is in use: " + e.getMessage());
            System.exit(1);
            throw new AssertionError();
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        exchange.getRequestBody().readAllBytes();
        if (target != null && target.endsWith(".ListApplications")) {
            respond(exchange, 200, "application/x-amz-json-1.1", "{\"ApplicationSummaries\":[]}");
        } else {
            respond(exchange, 400, "application/x-amz-json-1.1",
                    "{\"__type\":\"UnsupportedOperationException\",\"message\":\"stand-in: " + target + "\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
