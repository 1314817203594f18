package io.ddbworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

class SmokeTest {

    @ParameterizedTest
    @EnumSource(Door.class)
    void putThenGetRoundTripsEveryType(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = door.client(engine)) {
            ddb.createTable(b -> b.tableName("Users")
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
            Map<String, AttributeValue> item = Map.of(
                    "id", AttributeValue.fromS("u1"),
                    "age", AttributeValue.fromN("042.50"),
                    "tags", AttributeValue.fromSs(java.util.List.of("a", "b")),
                    "nested", AttributeValue.fromM(Map.of("ok", AttributeValue.fromBool(true),
                            "none", AttributeValue.fromNul(true))));
            ddb.putItem(b -> b.tableName("Users").item(item));

            Map<String, AttributeValue> read = ddb.getItem(b -> b.tableName("Users")
                    .key(Map.of("id", AttributeValue.fromS("u1")))).item();

            assertThat(read).containsEntry("age", AttributeValue.fromN("42.5"));
            assertThat(read.get("tags").ss()).containsExactlyInAnyOrder("a", "b");
            assertThat(read.get("nested").m()).containsEntry("ok", AttributeValue.fromBool(true));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void missingTableIsResourceNotFound(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = door.client(engine)) {
            assertThatThrownBy(() -> ddb.getItem(b -> b.tableName("Nope").key(Map.of("id", AttributeValue.fromS("x")))))
                    .isInstanceOf(ResourceNotFoundException.class)
                    .hasMessageStartingWith("Requested resource not found");
        }
    }
}
