package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.INDEXED;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;

class ConsumedCapacityTest {
    private static final Map<String, AttributeValue> KEY = attrs("pk", s("p"), "sk", s("1"));

    private static DynamoDbClient client(Door door, DynamoDbEngine engine) {
        DynamoDbClient ddb = door.client(engine);
        ItemFixtures.createTables(ddb);
        return ddb;
    }

    private static ConsumedCapacity put(DynamoDbClient ddb, Map<String, AttributeValue> item) {
        return ddb.putItem(b -> b.tableName(INDEXED).item(item).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
    }

    private static ConsumedCapacity update(DynamoDbClient ddb, String expression, Map<String, AttributeValue> values) {
        return ddb.updateItem(b -> b.tableName(INDEXED).key(KEY).updateExpression(expression)
                .expressionAttributeValues(values).returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                .consumedCapacity();
    }

    /** Asserts the arms the service reports: an index that cost nothing has no entry at all. */
    private static void assertArms(ConsumedCapacity capacity, double total, double table, Double gsi, Double lsi) {
        assertThat(capacity.tableName()).isEqualTo(INDEXED);
        assertThat(capacity.capacityUnits()).isEqualTo(total);
        assertThat(capacity.table().capacityUnits()).isEqualTo(table);
        if (gsi == null) {
            assertThat(capacity.hasGlobalSecondaryIndexes()).isFalse();
        } else {
            assertThat(capacity.globalSecondaryIndexes().get("gsi-inc").capacityUnits()).isEqualTo(gsi);
        }
        if (lsi == null) {
            assertThat(capacity.hasLocalSecondaryIndexes()).isFalse();
        } else {
            assertThat(capacity.localSecondaryIndexes().get("lsi1").capacityUnits()).isEqualTo(lsi);
        }
        assertThat(capacity.writeCapacityUnits()).isNull();
        assertThat(capacity.readCapacityUnits()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void writesArePerStartedKilobyteOfTheLargerImage(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            ConsumedCapacity small = ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "d", s("x")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
            assertThat(small.capacityUnits()).isEqualTo(1.0);
            assertThat(small.table()).isNull();
            // 2 + 1 + 1 + 2,000 bytes: two units
            ConsumedCapacity grown = ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "d", s("x".repeat(2000))))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
            assertThat(grown.capacityUnits()).isEqualTo(2.0);
            ConsumedCapacity shrunk = ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
            assertThat(shrunk.capacityUnits()).as("the old image was larger").isEqualTo(2.0);
            ConsumedCapacity deletedAbsent = ddb.deleteItem(b -> b.tableName(HASH).key(attrs("pk", s("none")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
            assertThat(deletedAbsent.capacityUnits()).isEqualTo(1.0);
            assertThat(ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("q")))).consumedCapacity()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void readsArePerStartedFourKilobytesHalvedWhenEventuallyConsistent(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("big"), "d", s("x".repeat(5000)))));
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("big"))).consistentRead(true)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits()).isEqualTo(2.0);
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("big")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits()).isEqualTo(1.0);
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("big"))).projectionExpression("pk")
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits())
                    .as("a projection does not make the read cheaper").isEqualTo(1.0);
            ConsumedCapacity absent = ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("none")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
            assertThat(absent.capacityUnits()).isEqualTo(0.5);
            assertThat(absent.table().capacityUnits()).isEqualTo(0.5);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void putsBillEachIndexTheItemLandsIn(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            assertArms(put(ddb, attrs("pk", s("a"), "sk", s("1"), "gsiPk", s("g"), "proj", s("p"))), 2, 1, 1.0, null);
            assertArms(put(ddb, attrs("pk", s("b"), "sk", s("1"), "other", s("o"))), 1, 1, null, null);
            assertArms(put(ddb, attrs("pk", s("c"), "sk", s("1"), "lsiSk", s("L"))), 2, 1, null, 1.0);
            Map<String, AttributeValue> both = attrs("pk", s("d"), "sk", s("1"), "gsiPk", s("g"), "lsiSk", s("L"));
            assertArms(put(ddb, both), 3, 1, 1.0, 1.0);
            assertArms(put(ddb, both), 1, 1, null, null);
            ConsumedCapacity total = ddb.putItem(b -> b.tableName(INDEXED)
                    .item(attrs("pk", s("e"), "sk", s("1"), "gsiPk", s("g")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity();
            assertThat(total.capacityUnits()).isEqualTo(2.0);
            assertThat(total.hasGlobalSecondaryIndexes()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void updatesBillAnIndexOnlyWhenWhatItStoresChanges(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            Map<String, AttributeValue> seeded = attrs("pk", s("p"), "sk", s("1"), "gsiPk", s("g"), "lsiSk", s("L1"),
                    "proj", s("p"), "extra", s("o"));
            put(ddb, seeded);
            assertArms(update(ddb, "SET extra = :v", attrs(":v", s("o2"))), 2, 1, null, 1.0);
            assertArms(update(ddb, "SET proj = :v", attrs(":v", s("p2"))), 3, 1, 1.0, 1.0);
            assertArms(update(ddb, "SET gsiPk = :v", attrs(":v", s("moved"))), 4, 1, 2.0, 1.0);
            assertArms(update(ddb, "SET lsiSk = :v", attrs(":v", s("L2"))), 3, 1, null, 2.0);
            assertArms(update(ddb, "REMOVE gsiPk", null), 3, 1, 1.0, 1.0);
            ConsumedCapacity deleted = ddb.deleteItem(b -> b.tableName(INDEXED).key(KEY)
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity();
            assertArms(deleted, 2, 1, null, 1.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void itemCollectionMetricsOnTablesWithLocalIndexes(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            ItemCollectionMetrics metrics = ddb.putItem(b -> b.tableName(INDEXED)
                    .item(attrs("pk", s("p"), "sk", s("1"), "lsiSk", s("L")))
                    .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)).itemCollectionMetrics();
            assertThat(metrics.itemCollectionKey()).isEqualTo(attrs("pk", s("p")));
            assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
            assertThat(ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("p")))
                    .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)).itemCollectionMetrics()).isNull();
            assertThat(ddb.updateItem(b -> b.tableName(INDEXED).key(KEY).updateExpression("SET x = :v")
                    .expressionAttributeValues(attrs(":v", s("1")))
                    .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)).itemCollectionMetrics()
                    .itemCollectionKey()).isEqualTo(attrs("pk", s("p")));
        }
    }
}
