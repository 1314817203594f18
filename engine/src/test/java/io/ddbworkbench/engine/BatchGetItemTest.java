package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ItemFixtures.COMPOSITE;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.ReadFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

class BatchGetItemTest {

    static List<Map<String, AttributeValue>> hashKeys(String prefix, int count) {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(attrs("pk", s(prefix + i)));
        }
        return keys;
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void readsFromSeveralTablesEachWithItsOwnProjectionAndConsistency(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("a"), "name", s("Ann"), "big",
                    s("x".repeat(5000)))));
            put(ddb, COMPOSITE, "p", "1", "colour", s("red"));
            Map<String, KeysAndAttributes> items = new LinkedHashMap<>();
            items.put(HASH, KeysAndAttributes.builder().keys(attrs("pk", s("a")), attrs("pk", s("none")))
                    .projectionExpression("#n").expressionAttributeNames(Map.of("#n", "name")).consistentRead(true)
                    .build());
            items.put(COMPOSITE, KeysAndAttributes.builder().keys(attrs("pk", s("p"), "sk", s("1"))).build());
            BatchGetItemResponse response = ddb.batchGetItem(b -> b.requestItems(items)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

            assertThat(response.responses().get(HASH)).containsExactly(attrs("name", s("Ann")));
            assertThat(response.responses().get(COMPOSITE)).containsExactly(attrs("pk", s("p"), "sk", s("1"),
                    "colour", s("red")));
            assertThat(response.unprocessedKeys()).isEmpty();
            List<ConsumedCapacity> capacity = response.consumedCapacity();
            assertThat(capacity).extracting(ConsumedCapacity::tableName).containsExactly(HASH, COMPOSITE);
            assertThat(capacity.get(0).capacityUnits()).as("a 5 KB item read strongly (2) plus a miss (1)")
                    .isEqualTo(3.0);
            assertThat(capacity.get(1).capacityUnits()).isEqualTo(0.5);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void responsesStopAtSixteenMegabytesAndTheRestComeBackUnprocessed(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            String payload = "z".repeat(350_000);
            List<Map<String, AttributeValue>> keys = hashKeys("big", 60);
            keys.forEach(key -> ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", key.get("pk"), "p", s(payload)))));
            BatchGetItemResponse first = ddb.batchGetItem(b -> b.requestItems(Map.of(HASH,
                    KeysAndAttributes.builder().keys(keys).consistentRead(true).build())));
            // each item is 2 + 4 or 5 + 1 + 350,000 bytes: 47 of them fit in 16 MB (16,777,216 bytes)
            assertThat(first.responses().get(HASH)).hasSize(47);
            KeysAndAttributes left = first.unprocessedKeys().get(HASH);
            assertThat(left.keys()).hasSize(13);
            assertThat(left.consistentRead()).as("the table's options come back with its keys").isTrue();
            BatchGetItemResponse second = ddb.batchGetItem(b -> b.requestItems(first.unprocessedKeys()));
            assertThat(second.responses().get(HASH)).hasSize(13);
            assertThat(second.unprocessedKeys()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void badBatchesGetTheServiceMessages(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            assertInvalid(() -> ddb.batchGetItem(b -> b.requestItems(Map.of())),
                    "The requestItems parameter is required for BatchGetItem");
            assertInvalid(() -> ddb.batchGetItem(b -> b.requestItems(Map.of(HASH, KeysAndAttributes.builder()
                    .keys(hashKeys("k", 101)).build()))), "1 validation error detected: Value at 'RequestItems." + HASH
                    + ".member.Keys' failed to satisfy constraint: Member must have length less than or equal to 100");
            Map<String, KeysAndAttributes> split = new LinkedHashMap<>();
            split.put(HASH, KeysAndAttributes.builder().keys(hashKeys("k", 60)).build());
            List<Map<String, AttributeValue>> composite = new ArrayList<>();
            for (int i = 0; i < 41; i++) {
                composite.add(attrs("pk", s("p"), "sk", s("s" + i)));
            }
            split.put(COMPOSITE, KeysAndAttributes.builder().keys(composite).build());
            assertInvalid(() -> ddb.batchGetItem(b -> b.requestItems(split)),
                    "Too many items requested for the BatchGetItem call");
            assertInvalid(() -> ddb.batchGetItem(b -> b.requestItems(Map.of(HASH, KeysAndAttributes.builder()
                    .keys(attrs("pk", s("same")), attrs("pk", s("same"))).build()))),
                    "Provided list of item keys contains duplicates");
            assertInvalid(() -> ddb.batchGetItem(b -> b.requestItems(Map.of(HASH, KeysAndAttributes.builder()
                    .keys(attrs("pk", s("a"))).projectionExpression("a, a").build()))), "Invalid ProjectionExpression:"
                    + " Two document paths overlap with each other; must remove or rewrite one of these paths; path"
                    + " one: [a], path two: [a]");
            Map<String, KeysAndAttributes> mixed = new LinkedHashMap<>();
            mixed.put(HASH, KeysAndAttributes.builder().keys(attrs("pk", s("a"))).projectionExpression("pk").build());
            mixed.put(COMPOSITE, KeysAndAttributes.builder().keys(attrs("pk", s("a"), "sk", s("b")))
                    .attributesToGet("pk").build());
            assertInvalid(() -> ddb.batchGetItem(b -> b.requestItems(mixed)), "Can not use both expression and"
                    + " non-expression parameters in the same request: Non-expression parameters: {AttributesToGet}"
                    + " Expression parameters: {ProjectionExpression}");
            assertInvalid(() -> ddb.batchGetItem(b -> b.requestItems(Map.of(HASH, KeysAndAttributes.builder()
                    .keys(attrs("pk", s(""))).build()))), "One or more parameter values are not valid. The"
                    + " AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
            assertInvalid(() -> ddb.batchGetItem(b -> b.requestItems(Map.of(COMPOSITE, KeysAndAttributes.builder()
                    .keys(attrs("pk", s("a"))).build()))), "The provided key element does not match the schema");
            assertFails(() -> ddb.batchGetItem(b -> b.requestItems(Map.of("Missing", KeysAndAttributes.builder()
                    .keys(attrs("pk", s("a"))).build()))), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found");
            assertInvalid(() -> ddb.batchGetItem(b -> b.requestItems(Map.of("bad!name", KeysAndAttributes.builder()
                    .keys(attrs("pk", s("a"))).build())).returnConsumedCapacity("BOGUS")),
                    "2 validation errors detected: Value '{\"bad!name\":{\"Keys\":[{\"pk\":{\"S\":\"a\"}}]}}' at"
                            + " 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: [Member"
                            + " must have length less than or equal to 255, Member must have length greater than or"
                            + " equal to 3, Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+]; Value"
                            + " 'BOGUS' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy"
                            + " enum value set: [INDEXES, TOTAL, NONE]");
        }
    }
}
