package io.ddbworkbench.engine.protocol;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The network door: HTTP/1.1 with keep-alive on a local port, for the SDK over a socket, the AWS CLI and any
 * other language. Built on the JDK's own HTTP server so the engine needs no web framework. Bodies over the
 * service's 16 MB limit are refused without being buffered, and clients that stall are cut off
 * ({@link StallGuard}), so no request can hold the server.
 */
public final class EngineHttpServer implements AutoCloseable {
    private static final byte[] NO_BODY = new byte[0];
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes a response's headers and body separately. With Nagle's algorithm on, the body
        // then waits for the client's delayed ACK: 40 ms per request on Linux. The switch is JVM-wide and read
        // once, when the first JDK HTTP server starts; it is turned on here unless the application chose.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final StallGuard stallGuard;
    private final WireHandler handler;
    private final URI endpoint;

    private EngineHttpServer(HttpServer server, ExecutorService workers, StallGuard stallGuard, WireHandler handler) {
        this.server = server;
        this.workers = workers;
        this.stallGuard = stallGuard;
        this.handler = handler;
        InetSocketAddress address = server.getAddress();
        // Bound to every interface, the engine is still reached from this machine through loopback.
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        this.endpoint = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort());
    }

    /**
     * Starts listening. Port 0 picks a free port; {@link #endpoint()} tells which.
     *
     * @param host the address to bind, 127.0.0.1 unless the caller means to expose the engine
     * @param threads worker threads, each serves one request at a time
     * @param clientStallTimeout how long a client may stall mid-request or mid-answer before it is cut off
     */
    public static EngineHttpServer start(String host, int port, int threads, Duration clientStallTimeout,
                                         WireHandler handler) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "ddb-engine-http-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        StallGuard stallGuard = new StallGuard(clientStallTimeout);
        server.setExecutor(stallGuard.watching(workers));
        EngineHttpServer engineServer = new EngineHttpServer(server, workers, stallGuard, handler);
        server.createContext("/", engineServer::serve);
        server.start();
        return engineServer;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                headers.put(header.getKey(), WireRequest.joined(header.getValue()));
            }
            byte[] body = readBody(exchange.getRequestBody(),
                    declaredLength(exchange.getRequestHeaders().getFirst("Content-Length")));
            WireResponse response;
            if (body == null) {
                WireRequest head = new WireRequest(method, uri.getRawPath(), uri.getRawQuery(), headers, NO_BODY);
                response = stallGuard.unguarded(() -> handler.refuseOversized(head));
            } else {
                WireRequest request = new WireRequest(method, uri.getRawPath(), uri.getRawQuery(), headers, body);
                response = stallGuard.unguarded(() -> handler.handle(request));
            }
            send(exchange, response);
        }
    }

    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The whole body, or null when it is over the limit: a declared length over it is refused before reading a
     * byte, a chunked body once one byte past the limit has arrived.
     */
    private static byte[] readBody(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > WireHandler.MAX_BODY_BYTES) {
            return null;
        }
        if (declaredLength >= 0) {
            return in.readNBytes((int) declaredLength);
        }
        byte[] body = in.readNBytes(WireHandler.MAX_BODY_BYTES + 1);
        return body.length > WireHandler.MAX_BODY_BYTES ? null : body;
    }

    private static void send(HttpExchange exchange, WireResponse response) throws IOException {
        response.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] body = response.body();
        boolean withBody = body.length > 0 && !"HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), withBody ? body.length : -1);
        if (withBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stallGuard.close();
        }
    }
}
