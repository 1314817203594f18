package io.ddbworkbench.engine;

import io.ddbworkbench.engine.protocol.EngineHttpServer;
import java.net.URI;
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
        DynamoDbClient client(DynamoDbEngine engine) {
            return configure(DynamoDbClient.builder().httpClient(engine.httpClient()), engine.inProcessEndpoint());
        }
    },
    HTTP {
        @Override
        DynamoDbClient client(DynamoDbEngine engine) {
            EngineHttpServer server = engine.startServer(0);
            return configure(DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()), server.endpoint());
        }
    };

    abstract DynamoDbClient client(DynamoDbEngine engine);

    private static DynamoDbClient configure(DynamoDbClientBuilder builder, URI endpoint) {
        return builder.endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(software.amazon.awssdk.core.retry.RetryMode.STANDARD).build())
                .build();
    }
}
