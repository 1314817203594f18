package io.ddbworkbench.toolkit.connect;

import java.util.ArrayDeque;
import java.util.Deque;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The SDK clients for one backend, built on first use and closed together. Labs, demos and tests get their
 * clients here (or from the testkit, which uses this class) instead of building them, so the backend switch
 * reaches all of them.
 *
 * <pre>{@code
 * try (DynamoDbClients clients = DynamoDbClients.open()) {   // DDB_BACKEND decides where
 *     clients.sync().listTables();
 * }
 * }</pre>
 */
public final class DynamoDbClients implements AutoCloseable {
    private final Connection connection;
    private final Deque<AutoCloseable> built = new ArrayDeque<>();
    private DynamoDbClient sync;
    private DynamoDbAsyncClient async;
    private DynamoDbStreamsClient streams;
    private DynamoDbEnhancedClient enhanced;
    private DynamoDbEnhancedAsyncClient enhancedAsync;
    private SdkHttpClient httpClient;
    private SdkAsyncHttpClient asyncHttpClient;
    private boolean closed;

    private DynamoDbClients(Connection connection) {
        this.connection = connection;
    }

    /** The backend chosen by {@code DDB_BACKEND} / {@code -Dddb.backend}. */
    public static DynamoDbClients open() {
        return open(Settings.fromSystem());
    }

    public static DynamoDbClients open(Settings settings) {
        return over(BackendProviders.of(Backend.selected(settings)).open(settings));
    }

    /** Clients over a connection the caller opened; closing them closes it. */
    public static DynamoDbClients over(Connection connection) {
        return new DynamoDbClients(connection);
    }

    public Backend backend() {
        return connection.backend();
    }

    public Connection connection() {
        return connection;
    }

    public synchronized DynamoDbClient sync() {
        if (sync == null) {
            sync = track(configure(DynamoDbClient.builder().httpClient(httpClient())).build());
        }
        return sync;
    }

    public synchronized DynamoDbAsyncClient async() {
        if (async == null) {
            async = track(configure(DynamoDbAsyncClient.builder().httpClient(asyncHttpClient())).build());
        }
        return async;
    }

    /** The DynamoDB Streams client, to read the change records of tables with a stream. */
    public synchronized DynamoDbStreamsClient streams() {
        if (streams == null) {
            streams = track(configure(DynamoDbStreamsClient.builder().httpClient(httpClient())).build());
        }
        return streams;
    }

    /** The enhanced (object-mapping) client over {@link #sync()}. */
    public synchronized DynamoDbEnhancedClient enhanced() {
        if (enhanced == null) {
            enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(sync()).build();
        }
        return enhanced;
    }

    /** The enhanced async client over {@link #async()}. */
    public synchronized DynamoDbEnhancedAsyncClient enhancedAsync() {
        if (enhancedAsync == null) {
            enhancedAsync = DynamoDbEnhancedAsyncClient.builder().dynamoDbClient(async()).build();
        }
        return enhancedAsync;
    }

    private SdkHttpClient httpClient() {
        if (httpClient == null) {
            httpClient = track(connection.httpClient().get());
        }
        return httpClient;
    }

    private SdkAsyncHttpClient asyncHttpClient() {
        if (asyncHttpClient == null) {
            asyncHttpClient = track(connection.asyncHttpClient().get());
        }
        return asyncHttpClient;
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        connection.endpoint().ifPresent(builder::endpointOverride);
        return builder.region(connection.region())
                .credentialsProvider(connection.credentials())
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD).build());
    }

    private <T extends AutoCloseable> T track(T closeable) {
        built.push(closeable);
        return closeable;
    }

    /** Closes the clients (newest first), then whatever the backend started for this connection. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        built.addLast(connection.owned());
        while (!built.isEmpty()) {
            try {
                built.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing the DynamoDB clients failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
