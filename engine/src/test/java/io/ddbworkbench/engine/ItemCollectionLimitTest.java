package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ItemFixtures.INDEXED;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.BatchWriteItemTest.put;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.fault.FaultKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemCollectionSizeLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;

class ItemCollectionLimitTest {
    private static final String KB = "x".repeat(1000);

    private static Map<String, AttributeValue> item(String pk, String sk) {
        // 2 + 1 + 2 + 2 + 5 + 1 + 7 + 1,000 = 1,020 bytes, and again in the ALL-projecting local index: 2,040
        return attrs("pk", s(pk), "sk", s(sk), "lsiSk", s("l"), "payload", s(KB));
    }

    private static void assertCollectionFull(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertFails(call, ItemCollectionSizeLimitExceededException.class, "ItemCollectionSizeLimitExceededException",
                "Collection size exceeded");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void writesThatGrowAFullCollectionAreRefusedOnEveryWritePath(Door door) {
        EngineOptions options = EngineOptions.builder().itemCollectionLimitBytes(10_000).build();
        try (DynamoDbEngine engine = DynamoDbEngine.create(options); DynamoDbClient ddb = door.client(engine)) {
            ItemFixtures.createTables(ddb);
            for (int i = 0; i < 4; i++) {
                Map<String, AttributeValue> item = item("p", "s" + i);
                ddb.putItem(b -> b.tableName(INDEXED).item(item));
            }
            assertCollectionFull(() -> ddb.putItem(b -> b.tableName(INDEXED).item(item("p", "s4"))));
            assertCollectionFull(() -> ddb.updateItem(b -> b.tableName(INDEXED).key(attrs("pk", s("p"), "sk", s("s0")))
                    .updateExpression("SET more = :m").expressionAttributeValues(Map.of(":m", s(KB)))));
            assertCollectionFull(() -> ddb.batchWriteItem(b -> b.requestItems(Map.of(INDEXED,
                    List.of(put(item("p", "s9")))))));
            ddb.putItem(b -> b.tableName(INDEXED).item(item("other", "s0")));
            ddb.deleteItem(b -> b.tableName(INDEXED).key(attrs("pk", s("p"), "sk", s("s0"))));
            ddb.putItem(b -> b.tableName(INDEXED).item(item("p", "s4")));
            assertThat(ddb.query(b -> b.tableName(INDEXED).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("p")))).count()).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theDefaultLimitIsTheServicesAndMetricsReportTheTrackedSize(Door door) {
        assertThat(EngineOptions.defaults().itemCollectionLimitBytes()).isEqualTo(10L * 1024 * 1024 * 1024);
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = door.client(engine)) {
            ItemFixtures.createTables(ddb);
            var metrics = ddb.putItem(b -> b.tableName(INDEXED).item(item("p", "s0"))
                    .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)).itemCollectionMetrics();
            assertThat(metrics.itemCollectionKey()).isEqualTo(attrs("pk", s("p")));
            assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void faultsSetInTheOptionsAreOnFromTheStart(Door door) {
        EngineOptions options = EngineOptions.builder().faultRate(FaultKind.UNPROCESSED_BATCH_WRITE, 1.0).build();
        try (DynamoDbEngine engine = DynamoDbEngine.create(options); DynamoDbClient ddb = door.client(engine)) {
            ItemFixtures.createTables(ddb);
            assertThat(ddb.batchWriteItem(b -> b.requestItems(Map.of(INDEXED, List.of(put(item("p", "s0"))))))
                    .unprocessedItems().get(INDEXED)).hasSize(1);
            assertThat(engine.context().faults().rate(FaultKind.UNPROCESSED_BATCH_WRITE)).isEqualTo(1.0);
        }
    }
}
