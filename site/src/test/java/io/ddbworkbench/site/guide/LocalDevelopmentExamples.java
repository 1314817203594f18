package io.ddbworkbench.site.guide;

import io.ddbworkbench.engine.DynamoDbEngine;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The three ways the "Local development" chapter builds a client, shown by tag;
 * {@link LocalDevelopmentExamplesTest} proves each one.
 */
final class LocalDevelopmentExamples {
    private LocalDevelopmentExamples() {
    }

    // tag::in-process-door[]
    static DynamoDbClient inProcessClient(DynamoDbEngine engine) {
        return DynamoDbClient.builder()
                .httpClient(engine.httpClient())              // requests go straight into the engine
                .endpointOverride(engine.inProcessEndpoint()) // a name only: nothing listens there
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("local", "local")))
                .build();
    }
    // end::in-process-door[]

    // tag::endpoint-client[]
    static DynamoDbClient endpointClient(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)                   // e.g. http://localhost:8000
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.US_EAST_1)                     // any region: local endpoints ignore it
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("local", "local")))
                .build();
    }
    // end::endpoint-client[]

    // tag::aws-client[]
    static DynamoDbClient awsClient(Region region) {
        return DynamoDbClient.builder()
                .region(region)            // credentials: environment, profile, SSO or instance role
                .build();
    }
    // end::aws-client[]
}
