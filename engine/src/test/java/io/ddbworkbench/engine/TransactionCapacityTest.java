package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.INDEXED;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.clientWithTables;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.TransactionFixtures.check;
import static io.ddbworkbench.engine.TransactionFixtures.delete;
import static io.ddbworkbench.engine.TransactionFixtures.put;
import static io.ddbworkbench.engine.TransactionFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Transactional capacity by the service's rules: the table arm costs twice the single-item figure, index arms
 * cost what they cost outside a transaction, and the figures name their axis. The cases repeat figures measured
 * on DynamoDB against a table shaped like {@link ItemFixtures#INDEXED} (as published in dynoxide's tests).
 */
class TransactionCapacityTest {
    private static final Map<String, AttributeValue> KEY = attrs("pk", s("p"), "sk", s("1"));

    private static List<ConsumedCapacity> transact(DynamoDbClient ddb, ReturnConsumedCapacity mode,
                                                   TransactWriteItem... actions) {
        return ddb.transactWriteItems(b -> b.transactItems(actions).returnConsumedCapacity(mode)).consumedCapacity();
    }

    private static ConsumedCapacity indexes(DynamoDbClient ddb, TransactWriteItem... actions) {
        List<ConsumedCapacity> entries = transact(ddb, ReturnConsumedCapacity.INDEXES, actions);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static void seed(DynamoDbClient ddb, Map<String, AttributeValue> item) {
        ddb.putItem(b -> b.tableName(INDEXED).item(item));
    }

    private static Map<String, AttributeValue> item(Object... extra) {
        Object[] pairs = new Object[extra.length + 4];
        pairs[0] = "pk";
        pairs[1] = s("p");
        pairs[2] = "sk";
        pairs[3] = s("1");
        System.arraycopy(extra, 0, pairs, 4, extra.length);
        return attrs(pairs);
    }

    /** Asserts the units of the entry and of each arm (null: no arm), mirrored as write units at every level. */
    private static void assertWriteArms(ConsumedCapacity capacity, double total, double table, Double gsi, Double lsi) {
        assertThat(capacity.capacityUnits()).isEqualTo(total);
        assertThat(capacity.writeCapacityUnits()).isEqualTo(total);
        assertThat(capacity.readCapacityUnits()).isNull();
        assertThat(capacity.table().capacityUnits()).isEqualTo(table);
        assertThat(capacity.table().writeCapacityUnits()).isEqualTo(table);
        assertArm(capacity.hasGlobalSecondaryIndexes() ? capacity.globalSecondaryIndexes() : Map.of(), "gsi-inc", gsi);
        assertArm(capacity.hasLocalSecondaryIndexes() ? capacity.localSecondaryIndexes() : Map.of(), "lsi1", lsi);
    }

    private static void assertArm(Map<String, Capacity> arms, String name, Double units) {
        if (units == null) {
            assertThat(arms).doesNotContainKey(name);
        } else {
            assertThat(arms.get(name).capacityUnits()).isEqualTo(units);
            assertThat(arms.get(name).writeCapacityUnits()).isEqualTo(units);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theTableArmDoublesAndIndexArmsDoNot(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            assertWriteArms(indexes(ddb, put(INDEXED, item("gsiPk", s("g1")))), 3, 2, 1.0, null);
            assertWriteArms(indexes(ddb, put(INDEXED, item("gsiPk", s("g1"), "lsiSk", s("L1"), "proj", s("p")))),
                    4, 2, 1.0, 1.0);
            assertWriteArms(indexes(ddb, put(INDEXED, item("gsiPk", s("g1"), "lsiSk", s("L1"), "proj", s("p")))),
                    2, 2, null, null);
        }
    }

    @Test
    void keyMovesDeletesChecksAndMissingItemsCostWhatTheServiceCharges() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            seed(ddb, item("gsiPk", s("g1"), "lsiSk", s("L1")));
            assertWriteArms(indexes(ddb, update(INDEXED, KEY, "SET gsiPk = :v", null, attrs(":v", s("g2")))),
                    5, 2, 2.0, 1.0);

            seed(ddb, item("gsiPk", s("g1"), "proj", s("x".repeat(1500))));
            assertWriteArms(indexes(ddb, update(INDEXED, KEY, "SET gsiPk = :v", null, attrs(":v", s("g9")))),
                    8, 4, 4.0, null);

            seed(ddb, item("gsiPk", s("g1"), "proj", s("x".repeat(3000))));
            assertWriteArms(indexes(ddb, check(INDEXED, KEY, "attribute_exists(pk)")), 6, 6, null, null);
            assertWriteArms(indexes(ddb, delete(INDEXED, KEY)), 9, 6, 3.0, null);
            assertWriteArms(indexes(ddb, delete(INDEXED, KEY)), 2, 2, null, null);
        }
    }

    @Test
    void entriesAreSummedPerTableAndTotalHasNoArms() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            List<ConsumedCapacity> entries = transact(ddb, ReturnConsumedCapacity.INDEXES,
                    put(INDEXED, item("gsiPk", s("g1"), "lsiSk", s("L1"))),
                    put(HASH, attrs("pk", s("h"))),
                    put(INDEXED, attrs("pk", s("p"), "sk", s("2"), "gsiPk", s("g1"), "lsiSk", s("L1"))));
            assertThat(entries).extracting(ConsumedCapacity::tableName).containsExactly(INDEXED, HASH);
            assertWriteArms(entries.get(0), 8, 4, 2.0, 2.0);
            assertWriteArms(entries.get(1), 2, 2, null, null);

            ConsumedCapacity total = transact(ddb, ReturnConsumedCapacity.TOTAL,
                    put(INDEXED, attrs("pk", s("t"), "sk", s("1"), "gsiPk", s("g1"), "lsiSk", s("L1")))).get(0);
            assertThat(total.capacityUnits()).isEqualTo(4.0);
            assertThat(total.writeCapacityUnits()).isEqualTo(4.0);
            assertThat(total.table()).isNull();
            assertThat(total.hasGlobalSecondaryIndexes()).isFalse();

            assertThat(ddb.transactWriteItems(b -> b.transactItems(put(HASH, attrs("pk", s("n")))))
                    .hasConsumedCapacity()).isFalse();
        }
    }

    @Test
    void aReplayUnderItsTokenReportsTheReadsOfTheItemsTouched() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            seed(ddb, item("proj", s("x".repeat(9000))));
            seed(ddb, attrs("pk", s("p"), "sk", s("2"), "proj", s("x".repeat(9000))));
            TransactWriteItem[] actions = {put(INDEXED, item()), check(INDEXED, attrs("pk", s("p"), "sk", s("2")),
                    "attribute_exists(pk)"), put(HASH, attrs("pk", s("small")))};

            List<ConsumedCapacity> first = ddb.transactWriteItems(b -> b.transactItems(actions)
                    .clientRequestToken("replay").returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                    .consumedCapacity();
            List<ConsumedCapacity> replay = ddb.transactWriteItems(b -> b.transactItems(actions)
                    .clientRequestToken("replay").returnConsumedCapacity(ReturnConsumedCapacity.INDEXES))
                    .consumedCapacity();

            assertThat(first).extracting(ConsumedCapacity::capacityUnits).containsExactly(36.0, 2.0);
            assertThat(replay).extracting(ConsumedCapacity::capacityUnits).containsExactly(12.0, 2.0);
            assertThat(replay.get(0).readCapacityUnits()).isEqualTo(12.0);
            assertThat(replay.get(0).writeCapacityUnits()).isNull();
            assertThat(replay.get(0).table().readCapacityUnits()).isEqualTo(12.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void getsCostTwoStronglyConsistentReadsEachEvenWhenAbsent(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            seed(ddb, item("proj", s("x".repeat(5000))));
            List<ConsumedCapacity> entries = ddb.transactGetItems(b -> b
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
                    .transactItems(TransactGetItem.builder().get(g -> g.tableName(INDEXED).key(KEY)
                                    .projectionExpression("pk")).build(),
                            TransactGetItem.builder().get(g -> g.tableName(HASH).key(attrs("pk", s("none")))).build()))
                    .consumedCapacity();

            assertThat(entries).extracting(ConsumedCapacity::tableName).containsExactly(INDEXED, HASH);
            assertThat(entries.get(0).capacityUnits()).as("by the item's full size, not the projection").isEqualTo(4.0);
            assertThat(entries.get(0).readCapacityUnits()).isEqualTo(4.0);
            assertThat(entries.get(0).table().readCapacityUnits()).isEqualTo(4.0);
            assertThat(entries.get(1).capacityUnits()).isEqualTo(2.0);
        }
    }
}
