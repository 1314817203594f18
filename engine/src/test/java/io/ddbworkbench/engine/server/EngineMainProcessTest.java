package io.ddbworkbench.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The server's main in a child JVM: reachable with the SDK, and a clean exit 0 on SIGTERM. */
class EngineMainProcessTest {

    /** Drives a started server with the SDK, stops it with SIGTERM and checks it went cleanly. */
    static void servesTheSdkAndStopsCleanly(ServerProcess server) throws InterruptedException {
        try (DynamoDbClient ddb = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build()) {
            ddb.createTable(b -> b.tableName("Child")
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
            ddb.putItem(b -> b.tableName("Child").item(Map.of("id", AttributeValue.fromS("1"),
                    "via", AttributeValue.fromS("child process"))));

            assertThat(ddb.getItem(b -> b.tableName("Child").key(Map.of("id", AttributeValue.fromS("1")))).item())
                    .containsEntry("via", AttributeValue.fromS("child process"));
        }

        assertThat(server.terminate()).isZero();
        assertThat(server.output()).contains("Press Ctrl-C to stop.", "Stopped.");
    }

    @Test
    void theMainClassServesTheSdkAndExitsZeroOnSigterm() throws Exception {
        try (ServerProcess server = ServerProcess.start(
                List.of("-cp", System.getProperty("java.class.path"), EngineMain.class.getName()), "-port", "0")) {
            servesTheSdkAndStopsCleanly(server);
        }
    }
}
