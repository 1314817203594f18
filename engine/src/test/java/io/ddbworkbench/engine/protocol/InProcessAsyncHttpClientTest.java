package io.ddbworkbench.engine.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.DynamoDbEngine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class InProcessAsyncHttpClientTest {
    private DynamoDbEngine engine;
    private DynamoDbAsyncClient ddb;

    @BeforeEach
    void start() {
        engine = DynamoDbEngine.create();
        ddb = DynamoDbAsyncClient.builder()
                .httpClient(engine.asyncHttpClient())
                .endpointOverride(engine.inProcessEndpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        ddb.createTable(b -> b.tableName("Users")
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST)).join();
    }

    @AfterEach
    void stop() {
        ddb.close();
        engine.close();
    }

    @Test
    void asyncClientWritesAndReadsBackThroughTheEngine() {
        ddb.putItem(b -> b.tableName("Users").item(Map.of(
                "id", AttributeValue.fromS("u1"), "name", AttributeValue.fromS("Ada")))).join();

        Map<String, AttributeValue> read = ddb.getItem(b -> b.tableName("Users")
                .key(Map.of("id", AttributeValue.fromS("u1")))).join().item();

        assertThat(read).containsEntry("name", AttributeValue.fromS("Ada"));
    }

    @Test
    void manyConcurrentCallsAllComplete() {
        List<CompletableFuture<PutItemResponse>> writes = IntStream.range(0, 200)
                .mapToObj(i -> ddb.putItem(b -> b.tableName("Users").item(Map.of(
                        "id", AttributeValue.fromS("u" + i), "n", AttributeValue.fromN(Integer.toString(i))))))
                .collect(Collectors.toList());
        CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();

        Map<String, AttributeValue> last = ddb.getItem(b -> b.tableName("Users")
                .key(Map.of("id", AttributeValue.fromS("u199")))).join().item();
        assertThat(last).containsEntry("n", AttributeValue.fromN("199"));
    }

    @Test
    void serviceErrorsFailTheFutureWithTheServiceException() {
        CompletableFuture<?> call = ddb.getItem(b -> b.tableName("Missing")
                .key(Map.of("id", AttributeValue.fromS("x"))));

        assertThatThrownBy(call::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageStartingWith("Requested resource not found");
    }
}
