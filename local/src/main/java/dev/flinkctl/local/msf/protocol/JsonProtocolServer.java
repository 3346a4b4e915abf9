package dev.flinkctl.local.msf.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flinkctl.local.msf.domain.ErrorType;
import dev.flinkctl.local.msf.domain.MsfException;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kinesisanalyticsv2 wire protocol, AWS JSON 1.1, over HTTP on 127.0.0.1: {@code POST /} with
 * {@code X-Amz-Target: KinesisAnalytics_20180523.<Operation>}; answers 200 with the response document,
 * or 400 with {@code {"__type", "message"}} and {@code x-amzn-ErrorType} for modelled errors. SigV4
 * signatures are accepted without checking (any credentials work: this is a local development server).
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html">AWS JSON 1.1 protocol</a>
 */
public final class JsonProtocolServer implements AutoCloseable {
    /** The target prefix of this API version. */
    public static final String TARGET_PREFIX = "KinesisAnalytics_20180523.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final Logger LOG = LoggerFactory.getLogger(JsonProtocolServer.class);

    private final HttpServer server;

    private JsonProtocolServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Starts serving.
     *
     * @param port the port on 127.0.0.1 (0 picks a free one)
     * @throws BindException when the port is taken
     * @throws IOException when the server cannot start
     */
    public static JsonProtocolServer start(int port, OperationTable operations, ExecutorService executor) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", exchange -> handle(exchange, operations));
        server.setExecutor(executor);
        server.start();
        return new JsonProtocolServer(server);
    }

    /** Where it listens, e.g. {@code http://127.0.0.1:4599}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void handle(HttpExchange exchange, OperationTable operations) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            if (!"POST".equals(exchange.getRequestMethod()) || !"/".equals(exchange.getRequestURI().getPath())) {
                error(exchange, 404, "UnknownOperationException", "The local kinesisanalyticsv2 endpoint answers POST / only");
                return;
            }
            if (target == null || !target.startsWith(TARGET_PREFIX)) {
                error(exchange, 400, ErrorType.UNSUPPORTED_OPERATION.wireName(), "X-Amz-Target " + target
                        + " is not a kinesisanalyticsv2 operation: expected " + TARGET_PREFIX + "<Operation>");
                return;
            }
            String operation = target.substring(TARGET_PREFIX.length());
            JsonNode request;
            try {
                request = bytes.length == 0 ? ModelJson.MAPPER.createObjectNode() : ModelJson.MAPPER.readTree(bytes);
            } catch (IOException e) {
                error(exchange, 400, ErrorType.INVALID_REQUEST.wireName(), "The request body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
                return;
            }
            try {
                ObjectNode response = ModelJson.toJson(operations.invoke(operation, request == null || request.isNull()
                        ? ModelJson.MAPPER.createObjectNode() : request));
                send(exchange, 200, response);
                LOG.debug("{} 200", operation);
            } catch (MsfException e) {
                LOG.debug("{} {}: {}", operation, e.type().wireName(), e.getMessage());
                error(exchange, 400, e.type().wireName(), e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("{} failed", operation, e);
                error(exchange, 500, "InternalFailure", "The local endpoint failed: " + e);
            }
        }
    }

    private static void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        ObjectNode body = ModelJson.MAPPER.createObjectNode().put("__type", type).put("message", message);
        exchange.getResponseHeaders().add("x-amzn-ErrorType", type);
        send(exchange, status, body);
    }

    private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = ModelJson.MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().add("x-amzn-RequestId", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
