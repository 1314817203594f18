package io.ddbworkbench.engine.protocol;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The network door: HTTP/1.1 on a local port, for the SDK over a socket, the AWS CLI and any other language.
 * Built on the JDK's own HTTP server so the engine needs no web framework.
 */
public final class EngineHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService workers;
    private final URI endpoint;

    private EngineHttpServer(HttpServer server, ExecutorService workers, URI endpoint) {
        this.server = server;
        this.workers = workers;
        this.endpoint = endpoint;
    }

    /**
     * Starts listening. Port 0 picks a free port; {@link #endpoint()} tells which.
     *
     * @param host the address to bind, 127.0.0.1 unless the caller means to expose the engine
     */
    public static EngineHttpServer start(String host, int port, int threads,
                                         Function<WireRequest, WireResponse> engine) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 256);
            AtomicInteger threadNumber = new AtomicInteger();
            ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "ddb-engine-http-" + threadNumber.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            server.setExecutor(workers);
            server.createContext("/", exchange -> serve(exchange, engine));
            server.start();
            int boundPort = server.getAddress().getPort();
            String shownHost = host.contains(":") ? "[" + host + "]" : host;
            return new EngineHttpServer(server, workers, URI.create("http://" + shownHost + ":" + boundPort));
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private static void serve(HttpExchange exchange, Function<WireRequest, WireResponse> engine) throws IOException {
        try (exchange) {
            Map<String, String> headers = new HashMap<>();
            for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
                headers.put(header.getKey(), String.join(",", header.getValue()));
            }
            byte[] body = readBody(exchange.getRequestBody());
            WireResponse response = engine.apply(new WireRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), headers, body));
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            byte[] responseBody = response.body();
            exchange.sendResponseHeaders(response.status(), responseBody.length == 0 ? -1 : responseBody.length);
            if (responseBody.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(responseBody);
                }
            }
        }
    }

    /** Reads at most one byte past the limit, so an oversized body is refused without buffering all of it. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(RequestHandler.MAX_BODY_BYTES + 1);
        if (body.length > RequestHandler.MAX_BODY_BYTES) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return body;
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
        }
    }
}
