package io.ddbworkbench.engine;

import io.ddbworkbench.engine.action.DefaultOperations;
import io.ddbworkbench.engine.console.Console;
import io.ddbworkbench.engine.durable.DurableStorage;
import io.ddbworkbench.engine.protocol.EngineHttpServer;
import io.ddbworkbench.engine.protocol.InProcessAsyncHttpClient;
import io.ddbworkbench.engine.protocol.InProcessHttpClient;
import io.ddbworkbench.engine.protocol.RequestHandler;
import io.ddbworkbench.engine.protocol.WireRequest;
import io.ddbworkbench.engine.protocol.WireResponse;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * A DynamoDB-compatible engine living inside this JVM. Talk to it through {@link #httpClient()} (no socket:
 * {@code DynamoDbClient.builder().httpClient(engine.httpClient())}) or through {@link #startServer} (a local
 * HTTP endpoint for the SDK, the AWS CLI or any language).
 *
 * <pre>{@code
 * try (DynamoDbEngine engine = DynamoDbEngine.create()) {
 *     DynamoDbClient ddb = DynamoDbClient.builder()
 *             .httpClient(engine.httpClient())
 *             .endpointOverride(engine.inProcessEndpoint())
 *             .region(Region.US_EAST_1)
 *             .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "y")))
 *             .build();
 *     ...
 * }
 * }</pre>
 */
public final class DynamoDbEngine implements AutoCloseable {
    /** The endpoint to give the SDK alongside {@link #httpClient()}; nothing listens there. */
    public static final java.net.URI IN_PROCESS_ENDPOINT = java.net.URI.create("http://ddb-engine.in-process");

    private final EngineContext context;
    private final RequestHandler handler;
    private final InProcessHttpClient httpClient;
    private final List<EngineHttpServer> servers = new CopyOnWriteArrayList<>();
    private final Set<EngineHttpServer> serversWithConsole = ConcurrentHashMap.newKeySet();
    private final DurableStorage storage;

    private DynamoDbEngine(EngineOptions options) {
        this.context = new EngineContext(options);
        this.storage = options.dataDirectory() == null ? null : DurableStorage.open(options.dataDirectory(),
                options.commitSync(), options.compactLogAfterBytes(), context.catalog(), context.writer(),
                context.streams(), context.idempotencyTokens());
        this.handler = new RequestHandler(context, DefaultOperations.create(), options.authenticator());
        this.httpClient = new InProcessHttpClient(handler);
        context.timeToLive().start(options.timeToLiveSweepInterval());
    }

    /**
     * An in-memory engine with default options. For one that keeps its tables across restarts, set
     * {@link EngineOptions.Builder#dataDirectory}.
     */
    public static DynamoDbEngine create() {
        return new DynamoDbEngine(EngineOptions.defaults());
    }

    public static DynamoDbEngine create(EngineOptions options) {
        return new DynamoDbEngine(options);
    }

    /** The in-process door: an SDK HTTP client that calls this engine directly. */
    public SdkHttpClient httpClient() {
        return httpClient;
    }

    /** The in-process door for the SDK's async clients; pair it with {@link #inProcessEndpoint()} too. */
    public SdkAsyncHttpClient asyncHttpClient() {
        return new InProcessAsyncHttpClient(handler::handle);
    }

    /** The endpoint to pair with {@link #httpClient()}. */
    public java.net.URI inProcessEndpoint() {
        return IN_PROCESS_ENDPOINT;
    }

    /** Starts the network door on 127.0.0.1; port 0 picks a free one. */
    public EngineHttpServer startServer(int port) {
        return startServer("127.0.0.1", port);
    }

    /**
     * Starts the network door on {@code host}. It serves the web console too when
     * {@link EngineOptions#console()} allows it for that address (see {@link #consoleUrl}).
     */
    public EngineHttpServer startServer(String host, int port) {
        int threads = Math.max(8, Runtime.getRuntime().availableProcessors() * 4);
        Console console = Console.forEndpoint(context, new InetSocketAddress(host, port).getAddress());
        EngineHttpServer server = EngineHttpServer.start(host, port, threads,
                context.options().clientStallTimeout(), handler.withConsole(console));
        servers.add(server);
        if (console.enabled()) {
            serversWithConsole.add(server);
        }
        return server;
    }

    /** Where {@code server} (started by this engine) shows the web console, or empty when it does not. */
    public Optional<URI> consoleUrl(EngineHttpServer server) {
        return serversWithConsole.contains(server)
                ? Optional.of(server.endpoint().resolve(Console.PATH + "/")) : Optional.empty();
    }

    /** Handles one raw request, as both doors do. */
    public WireResponse handle(WireRequest request) {
        return handler.handle(request);
    }

    /**
     * Runs the TTL process once, now, on this thread: every item whose TTL attribute is a past epoch-seconds
     * Number (in a table with TTL ENABLED) is deleted, with REMOVE stream records marked as the service's.
     * Tests and labs move the engine's clock and call this instead of waiting for the background pass.
     *
     * @return how many items were deleted
     */
    public int sweepExpiredItems() {
        return context.timeToLive().sweep();
    }

    /** The engine's internals, for tests and tools that need the clock, the tables or the knobs. */
    public EngineContext context() {
        return context;
    }

    /** The durable storage, when the engine keeps its tables in a data directory. */
    public Optional<DurableStorage> durableStorage() {
        return Optional.ofNullable(storage);
    }

    /** Stops the servers, then closes the durable storage (if any), releasing its directory. */
    @Override
    public void close() {
        context.timeToLive().close();
        for (EngineHttpServer server : servers) {
            server.close();
        }
        servers.clear();
        serversWithConsole.clear();
        if (storage != null) {
            storage.close();
        }
    }
}
