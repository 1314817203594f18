package io.ddbworkbench.engine;

import io.ddbworkbench.engine.protocol.EngineHttpServer;
import java.net.URI;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** The two ways into the engine; tests run over both so the wire format is proven by the SDK itself. */
public enum Door {
    IN_PROCESS {
        @Override
        <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C connect(B builder, DynamoDbEngine engine,
                UnaryOperator<ClientOverrideConfiguration.Builder> configuration) {
            return configure(builder.httpClient(engine.httpClient()), engine.inProcessEndpoint(), configuration);
        }
    },
    HTTP {
        @Override
        <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C connect(B builder, DynamoDbEngine engine,
                UnaryOperator<ClientOverrideConfiguration.Builder> configuration) {
            EngineHttpServer server = engine.startServer(0);
            return configure(builder.httpClient(UrlConnectionHttpClient.create()), server.endpoint(), configuration);
        }
    };

    abstract <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> C connect(B builder,
            DynamoDbEngine engine, UnaryOperator<ClientOverrideConfiguration.Builder> configuration);

    DynamoDbClient client(DynamoDbEngine engine) {
        return client(engine, UnaryOperator.identity());
    }

    /** A client whose override configuration (retries, interceptors, metrics) the caller adds to. */
    DynamoDbClient client(DynamoDbEngine engine, UnaryOperator<ClientOverrideConfiguration.Builder> configuration) {
        return connect(DynamoDbClient.builder(), engine, configuration);
    }

    /** A DynamoDB Streams client: the same endpoint, told apart by the request's target. */
    DynamoDbStreamsClient streamsClient(DynamoDbEngine engine) {
        return connect(DynamoDbStreamsClient.builder(), engine, UnaryOperator.identity());
    }

    private static <B extends AwsClientBuilder<B, C>, C> C configure(B builder, URI endpoint,
            UnaryOperator<ClientOverrideConfiguration.Builder> configuration) {
        return builder.endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(configuration.apply(ClientOverrideConfiguration.builder()
                        .retryStrategy(software.amazon.awssdk.core.retry.RetryMode.STANDARD)).build())
                .build();
    }
}
