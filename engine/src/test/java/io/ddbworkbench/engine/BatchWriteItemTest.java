package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ItemFixtures.COMPOSITE;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.INDEXED;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

class BatchWriteItemTest {

    static WriteRequest put(Map<String, AttributeValue> item) {
        return WriteRequest.builder().putRequest(p -> p.item(item)).build();
    }

    static WriteRequest delete(Map<String, AttributeValue> key) {
        return WriteRequest.builder().deleteRequest(d -> d.key(key)).build();
    }

    static List<WriteRequest> puts(String prefix, int count) {
        List<WriteRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(put(attrs("pk", s(prefix + i))));
        }
        return requests;
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void putsAndDeletesLandOnEveryTableWithCapacityAndCollectionMetricsPerTable(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("old"), "big", s("x".repeat(1500)))));
            Map<String, List<WriteRequest>> items = new LinkedHashMap<>();
            items.put(HASH, List.of(put(attrs("pk", s("a"), "v", n("1"))), delete(attrs("pk", s("old"))),
                    delete(attrs("pk", s("never-there")))));
            items.put(INDEXED, List.of(put(attrs("pk", s("p"), "sk", s("1"), "lsiSk", s("l"), "gsiPk", s("g")))));
            BatchWriteItemResponse response = ddb.batchWriteItem(b -> b.requestItems(items)
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                    .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));

            assertThat(response.unprocessedItems()).isEmpty();
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("a")))).item())
                    .isEqualTo(attrs("pk", s("a"), "v", n("1")));
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("old")))).hasItem()).isFalse();

            List<ConsumedCapacity> capacity = response.consumedCapacity();
            assertThat(capacity).extracting(ConsumedCapacity::tableName).containsExactly(HASH, INDEXED);
            assertThat(capacity.get(0).capacityUnits()).as("1 for the put, 2 for the 1.5 KB delete, 1 for nothing")
                    .isEqualTo(4.0);
            assertThat(capacity.get(1).capacityUnits()).isEqualTo(3.0);
            assertThat(capacity.get(1).globalSecondaryIndexes().get("gsi-inc").capacityUnits()).isEqualTo(1.0);
            assertThat(capacity.get(1).localSecondaryIndexes().get("lsi1").capacityUnits()).isEqualTo(1.0);
            assertThat(response.itemCollectionMetrics()).containsOnlyKeys(INDEXED);
            assertThat(response.itemCollectionMetrics().get(INDEXED).get(0).itemCollectionKey())
                    .isEqualTo(attrs("pk", s("p")));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void limitsAndDuplicatesAreRefusedBeforeAnythingIsWritten(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of())),
                    "The requestItems parameter is required for BatchWriteItem");
            assertThatThrownBy(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, puts("k", 26)))))
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                            .matches("^1 validation error detected: Value '\\{" + HASH + "=\\[.+\\]\\}' at 'requestItems'"
                                    + " failed to satisfy constraint: Map value must satisfy constraint: \\[Member must"
                                    + " have length less than or equal to 25, Member must have length greater than or"
                                    + " equal to 1\\]$"));
            Map<String, List<WriteRequest>> twoTables = new LinkedHashMap<>();
            twoTables.put(HASH, puts("k", 20));
            twoTables.put(COMPOSITE, List.of(put(attrs("pk", s("a"), "sk", s("1"))), put(attrs("pk", s("a"),
                    "sk", s("2"))), put(attrs("pk", s("a"), "sk", s("3"))), put(attrs("pk", s("a"), "sk", s("4"))),
                    put(attrs("pk", s("a"), "sk", s("5"))), put(attrs("pk", s("a"), "sk", s("6")))));
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(twoTables)),
                    "Too many items requested for the BatchWriteItem call");
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, List.of(put(attrs("pk", s("ok"))),
                    put(attrs("pk", s("dup"))), delete(attrs("pk", s("dup"))))))),
                    "Provided list of item keys contains duplicates");
            assertThat(ddb.scan(b -> b.tableName(HASH)).count()).as("nothing of a refused batch is written").isZero();
            assertFails(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of("Missing", puts("k", 1)))),
                    ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found");
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, puts("k", 1)))
                            .returnConsumedCapacity("BOGUS").returnItemCollectionMetrics("BOGUS2")),
                    "2 validation errors detected: Value 'BOGUS' at 'returnConsumedCapacity' failed to satisfy"
                            + " constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; Value 'BOGUS2'"
                            + " at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum"
                            + " value set: [SIZE, NONE]");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void eachRequestIsCheckedLikeItsSingleItemCounterpart(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, List.of(put(attrs("pk", n("5"))))))),
                    "The provided key element does not match the schema");
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, List.of(put(attrs("notkey",
                    s("x"))))))), "The provided key element does not match the schema");
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, List.of(put(attrs("pk", s(""))))))),
                    "One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain"
                            + " an empty string value. Key: pk");
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, List.of(delete(attrs("pk", s("a"),
                    "extra", s("b"))))))), "The provided key element does not match the schema");
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(INDEXED, List.of(put(attrs("pk", s("a"),
                    "sk", s("b"), "gsiPk", n("1"))))))), "One or more parameter values were invalid: Type mismatch for"
                    + " Index Key gsiPk Expected: S Actual: N IndexName: gsi-inc");
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, List.of(put(attrs("pk", s("a"),
                    "big", s("x".repeat(400 * 1024)))))))), "Item size has exceeded the maximum allowed size");
            assertInvalid(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(HASH, List.of(WriteRequest.builder()
                    .build())))), "Supplied AttributeValue has more than one datatypes set, must contain exactly one"
                    + " of the supported datatypes");
        }
    }
}
