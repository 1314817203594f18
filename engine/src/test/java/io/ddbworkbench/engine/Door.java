package io.ddbworkbench.engine;

import io.ddbworkbench.engine.protocol.EngineHttpServer;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/** The two ways into the engine; tests run over both so the wire format is proven by the SDK itself. */
public enum Door {
    IN_PROCESS {
        @Override
        DynamoDbClientBuilder builder(DynamoDbEngine engine) {
            return DynamoDbClient.builder().httpClient(engine.httpClient())
                    .endpointOverride(engine.inProcessEndpoint());
        }
    },
    HTTP {
        @Override
        DynamoDbClientBuilder builder(DynamoDbEngine engine) {
            EngineHttpServer server = engine.startServer(0);
            return DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .endpointOverride(server.endpoint());
        }
    };

    /** A builder aimed at the engine through this door. */
    abstract DynamoDbClientBuilder builder(DynamoDbEngine engine);

    DynamoDbClient client(DynamoDbEngine engine) {
        return client(engine, UnaryOperator.identity());
    }

    /** A client whose override configuration (retries, interceptors, metrics) the caller adds to. */
    DynamoDbClient client(DynamoDbEngine engine, UnaryOperator<ClientOverrideConfiguration.Builder> configuration) {
        return builder(engine)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(configuration.apply(ClientOverrideConfiguration.builder()
                        .retryStrategy(software.amazon.awssdk.core.retry.RetryMode.STANDARD)).build())
                .build();
    }
}
