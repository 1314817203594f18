package io.ddbworkbench.toolkit.connect;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Everything needed to build SDK clients for one backend. The HTTP clients are suppliers so a caller that
 * only wants the synchronous client never starts the async client's event loop.
 *
 * @param endpoint empty means the SDK's own endpoint for the region (the real service)
 * @param owned    what the backend started for this connection (an engine, a server) and closes with it
 */
public record Connection(Backend backend,
                         Optional<URI> endpoint,
                         Region region,
                         AwsCredentialsProvider credentials,
                         Supplier<SdkHttpClient> httpClient,
                         Supplier<SdkAsyncHttpClient> asyncHttpClient,
                         AutoCloseable owned) {

    public Connection {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(httpClient, "httpClient");
        Objects.requireNonNull(asyncHttpClient, "asyncHttpClient");
        Objects.requireNonNull(owned, "owned");
    }

    /** Local endpoints accept any signature; these keep the SDK from hunting for real credentials. */
    public static final AwsCredentialsProvider LOCAL_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("workbench", "workbench"));

    /** A backend reached over HTTP: URLConnection for the sync client (quick to start), Netty for async. */
    public static Connection overNetwork(Backend backend, Optional<URI> endpoint, Region region,
                                         AwsCredentialsProvider credentials, AutoCloseable owned) {
        return new Connection(backend, endpoint, region, credentials,
                UrlConnectionHttpClient::create, NettyNioAsyncHttpClient::create, owned);
    }
}
