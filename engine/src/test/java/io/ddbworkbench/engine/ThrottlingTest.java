package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.capacity;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.projectAll;
import static io.ddbworkbench.engine.ControlPlaneFixtures.provisionedTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.tableArn;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.TransactionFixtures.assertCancelled;
import static io.ddbworkbench.engine.TransactionFixtures.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ddbworkbench.engine.ControlPlaneFixtures.AdjustableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingReason;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Provisioned throughput, simulated: token buckets at the provisioned rates, refilled by the engine clock, so
 * the tests move time instead of sleeping. Most tests keep one second of burst (5 units on a 5/5 table) to
 * reach the limit in a few calls; one shows the service's 300-second burst.
 */
class ThrottlingTest {
    private static final String TABLE = "Provisioned";
    private static final String TABLE_MESSAGE = "The level of configured provisioned throughput for the table was"
            + " exceeded. Consider increasing your provisioning level with the UpdateTable API.";
    private static final String INDEX_MESSAGE = "The level of configured provisioned throughput for one or more global"
            + " secondary indexes of the table was exceeded. Consider increasing your provisioning level for the"
            + " under-provisioned global secondary indexes with the UpdateTable API";

    private final AdjustableClock clock = new AdjustableClock();

    private DynamoDbEngine engine(Duration burst) {
        return DynamoDbEngine.create(EngineOptions.builder().clock(clock).simulateProvisionedThroughput(true)
                .burstWindow(burst).build());
    }

    private static DynamoDbClient withoutRetries(Door door, DynamoDbEngine engine) {
        return door.client(engine, c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));
    }

    /** An item of about {@code kilobytes} KB: that many write units. */
    private static Map<String, AttributeValue> item(String id, int kilobytes) {
        return attrs("pk", s(id), "sk", s("1"), "p", s("x".repeat(kilobytes * 1024 - 20)));
    }

    private static void assertThrottled(ThrowingCallable call, String message, String reason, String resource) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ProvisionedThroughputExceededException");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
            assertThat(e.throttlingReasons()).extracting(ThrottlingReason::reason, ThrottlingReason::resource)
                    .containsExactly(tuple(reason, resource));
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void writesBeyondTheProvisionedRateAreRefusedUntilTheBucketRefills(Door door) {
        try (DynamoDbEngine engine = engine(Duration.ZERO); DynamoDbClient ddb = withoutRetries(door, engine)) {
            ddb.createTable(provisionedTable(TABLE).build());
            for (int i = 0; i < 5; i++) {
                String id = "w" + i;
                ddb.putItem(b -> b.tableName(TABLE).item(item(id, 1)));
            }
            assertThrottled(() -> ddb.putItem(b -> b.tableName(TABLE).item(item("late", 1))),
                    TABLE_MESSAGE, "TableWriteProvisionedThroughputExceeded", tableArn(TABLE));

            clock.advance(Duration.ofMillis(200));
            ddb.putItem(b -> b.tableName(TABLE).item(item("refilled", 1)));
            assertThrottled(() -> ddb.deleteItem(b -> b.tableName(TABLE).key(attrs("pk", s("w0"), "sk", s("1")))),
                    TABLE_MESSAGE, "TableWriteProvisionedThroughputExceeded", tableArn(TABLE));
            assertThat(ddb.getItem(b -> b.tableName(TABLE).key(attrs("pk", s("w0"), "sk", s("1")))).hasItem())
                    .as("reads have their own capacity").isTrue();
        }
    }

    @Test
    void aWriteRefusedByItsConditionStillSpendsCapacity() {
        try (DynamoDbEngine engine = engine(Duration.ZERO);
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ddb.createTable(provisionedTable(TABLE).provisionedThroughput(capacity(5, 1)).build());
            ddb.putItem(b -> b.tableName(TABLE).item(item("taken", 1)));
            clock.advance(Duration.ofSeconds(1));
            assertThatThrownBy(() -> ddb.putItem(b -> b.tableName(TABLE).item(item("taken", 1))
                    .conditionExpression("attribute_not_exists(pk)")))
                    .isInstanceOf(ConditionalCheckFailedException.class);
            assertThrottled(() -> ddb.putItem(b -> b.tableName(TABLE).item(item("next", 1))),
                    TABLE_MESSAGE, "TableWriteProvisionedThroughputExceeded", tableArn(TABLE));
        }
    }

    @Test
    void eventuallyConsistentReadsCostHalfAUnit() {
        try (DynamoDbEngine engine = engine(Duration.ZERO);
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ddb.createTable(provisionedTable(TABLE).provisionedThroughput(capacity(1, 5)).build());
            Map<String, AttributeValue> key = attrs("pk", s("r"), "sk", s("1"));
            ddb.getItem(b -> b.tableName(TABLE).key(key));
            ddb.getItem(b -> b.tableName(TABLE).key(key));
            assertThrottled(() -> ddb.getItem(b -> b.tableName(TABLE).key(key)),
                    TABLE_MESSAGE, "TableReadProvisionedThroughputExceeded", tableArn(TABLE));
        }
    }

    @Test
    void queriesAndScansSpendTheReadCapacityOfWhatTheyRead() {
        try (DynamoDbEngine engine = engine(Duration.ZERO);
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ddb.createTable(provisionedTable(TABLE).provisionedThroughput(capacity(1, 100)).build());
            ddb.putItem(b -> b.tableName(TABLE).item(item("q", 20)));
            ddb.query(b -> b.tableName(TABLE).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("q"))));
            assertThrottled(() -> ddb.scan(b -> b.tableName(TABLE)), TABLE_MESSAGE,
                    "TableReadProvisionedThroughputExceeded", tableArn(TABLE));
            clock.advance(Duration.ofSeconds(1));
            assertThrottled(() -> ddb.scan(b -> b.tableName(TABLE)), TABLE_MESSAGE,
                    "TableReadProvisionedThroughputExceeded", tableArn(TABLE));
            clock.advance(Duration.ofSeconds(1));
            assertThat(ddb.scan(b -> b.tableName(TABLE)).count())
                    .as("20 KB read eventually cost 2.5 units, 1.5 of them in debt, repaid after 1.5 s").isEqualTo(1);
        }
    }

    @Test
    void aGlobalIndexReadSpendsTheIndexsOwnCapacity() {
        try (DynamoDbEngine engine = engine(Duration.ZERO);
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ddb.createTable(tableWithIndex(capacity(100, 100), capacity(1, 100)).build());
            ddb.putItem(b -> b.tableName(TABLE).item(attrs("pk", s("a"), "sk", s("1"), "g", s("x".repeat(5000)))));
            ddb.scan(b -> b.tableName(TABLE).indexName("ByG"));
            assertThrottled(() -> ddb.query(b -> b.tableName(TABLE).indexName("ByG")
                            .keyConditionExpression("g = :g").expressionAttributeValues(Map.of(":g", s("x")))),
                    INDEX_MESSAGE, "IndexReadProvisionedThroughputExceeded", tableArn(TABLE) + "/index/ByG");
            assertThat(ddb.scan(b -> b.tableName(TABLE)).count()).as("the table's own reads go on").isEqualTo(1);
        }
    }

    @Test
    void aBatchHandsBackWhatThroughputRefusedAndFailsWhenItRefusedEverything() {
        try (DynamoDbEngine engine = engine(Duration.ZERO);
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ddb.createTable(provisionedTable(TABLE).provisionedThroughput(capacity(1, 2)).build());
            List<WriteRequest> puts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Map<String, AttributeValue> item = item("b" + i, 1);
                puts.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
            }
            BatchWriteItemResponse written = ddb.batchWriteItem(b -> b.requestItems(Map.of(TABLE, puts)));
            assertThat(written.unprocessedItems().get(TABLE)).containsExactlyElementsOf(puts.subList(2, 4));
            assertThrottled(() -> ddb.batchWriteItem(b -> b.requestItems(written.unprocessedItems())),
                    TABLE_MESSAGE, "TableWriteProvisionedThroughputExceeded", tableArn(TABLE));

            KeysAndAttributes keys = KeysAndAttributes.builder().keys(attrs("pk", s("b0"), "sk", s("1")),
                    attrs("pk", s("b1"), "sk", s("1")), attrs("pk", s("b2"), "sk", s("1"))).build();
            BatchGetItemResponse read = ddb.batchGetItem(b -> b.requestItems(Map.of(TABLE, keys)));
            assertThat(read.responses().get(TABLE)).hasSize(2);
            assertThat(read.unprocessedKeys().get(TABLE).keys()).containsExactly(attrs("pk", s("b2"), "sk", s("1")));
            assertThrottled(() -> ddb.batchGetItem(b -> b.requestItems(read.unprocessedKeys())),
                    TABLE_MESSAGE, "TableReadProvisionedThroughputExceeded", tableArn(TABLE));
        }
    }

    @Test
    void theSdkRetriesAThrottledWriteUntilItGoesThrough() {
        List<Long> retryCounts = new CopyOnWriteArrayList<>();
        MetricPublisher retries = new MetricPublisher() {
            @Override
            public void publish(MetricCollection metrics) {
                retryCounts.addAll(metrics.metricValues(CoreMetric.RETRY_COUNT).stream().map(Long::valueOf).toList());
            }

            @Override
            public void close() {
            }
        };
        ExecutionInterceptor halfASecondPerAttempt = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                clock.advance(Duration.ofMillis(500));
            }
        };
        try (DynamoDbEngine engine = engine(Duration.ZERO); DynamoDbClient ddb = Door.IN_PROCESS.client(engine,
                c -> c.addExecutionInterceptor(halfASecondPerAttempt).addMetricPublisher(retries))) {
            ddb.createTable(provisionedTable(TABLE).build());
            ddb.putItem(b -> b.tableName(TABLE).item(item("large", 10)));
            retryCounts.clear();

            ddb.putItem(b -> b.tableName(TABLE).item(item("patient", 1)));

            assertThat(retryCounts).as("refused at -2.5 and 0 units, admitted at 2.5").containsExactly(2L);
            assertThat(ddb.getItem(b -> b.tableName(TABLE).key(attrs("pk", s("patient"), "sk", s("1")))).hasItem())
                    .isTrue();
        }
    }

    /** The provisioned table with a global index ByG on {@code g}, projecting all, at its own capacity. */
    private static CreateTableRequest.Builder tableWithIndex(ProvisionedThroughput table, ProvisionedThroughput index) {
        return provisionedTable(TABLE).provisionedThroughput(table)
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                        attribute("g", ScalarAttributeType.S))
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("ByG").keySchema(hash("g"))
                        .projection(projectAll()).provisionedThroughput(index).build());
    }

    @Test
    void aGlobalIndexOutOfWriteCapacityHoldsBackTheTable() {
        try (DynamoDbEngine engine = engine(Duration.ZERO);
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ddb.createTable(tableWithIndex(capacity(100, 100), capacity(1, 1)).build());
            ddb.putItem(b -> b.tableName(TABLE).item(attrs("pk", s("a"), "sk", s("1"), "g", s("x".repeat(2000)))));

            assertThrottled(() -> ddb.putItem(b -> b.tableName(TABLE).item(attrs("pk", s("b"), "sk", s("1")))),
                    INDEX_MESSAGE, "IndexWriteProvisionedThroughputExceeded", tableArn(TABLE) + "/index/ByG");
        }
    }

    @Test
    void aTransactionOnAnExhaustedTableIsCancelledForItsActionsThere() {
        try (DynamoDbEngine engine = engine(Duration.ZERO);
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ItemFixtures.createTables(ddb);
            ddb.createTable(provisionedTable(TABLE).build());
            ddb.putItem(b -> b.tableName(TABLE).item(item("drain", 5)));

            assertThat(assertCancelled(() -> ddb.transactWriteItems(b -> b.transactItems(
                            put(HASH, attrs("pk", s("on-demand"))), put(TABLE, item("provisioned", 1)))),
                    "None", "ProvisionedThroughputExceeded").get(1).message()).isEqualTo(TABLE_MESSAGE);
            clock.advance(Duration.ofSeconds(1));
            ddb.transactWriteItems(b -> b.transactItems(put(TABLE, item("provisioned", 1))));
        }
    }

    @Test
    void raisingTheProvisionedRateRefillsFasterAtOnce() {
        try (DynamoDbEngine engine = engine(Duration.ZERO);
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ddb.createTable(provisionedTable(TABLE).build());
            ddb.putItem(b -> b.tableName(TABLE).item(item("drain", 5)));
            ddb.updateTable(b -> b.tableName(TABLE).provisionedThroughput(capacity(5, 50)));
            clock.advance(Duration.ofMillis(100));
            ddb.putItem(b -> b.tableName(TABLE).item(item("after", 1)));
        }
    }

    @Test
    void theServiceKeepsFiveMinutesOfUnusedCapacityForBursts() {
        try (DynamoDbEngine engine = engine(EngineOptions.SERVICE_BURST_WINDOW);
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ddb.createTable(provisionedTable(TABLE).provisionedThroughput(capacity(1, 1)).build());
            for (int i = 0; i < 300; i++) {
                String id = "burst" + i;
                ddb.putItem(b -> b.tableName(TABLE).item(attrs("pk", s(id), "sk", s("1"))));
            }
            assertThatThrownBy(() -> ddb.putItem(b -> b.tableName(TABLE)
                    .item(attrs("pk", s("one-more"), "sk", s("1"))))).isInstanceOf(ProvisionedThroughputExceededException.class);
        }
    }

    @Test
    void onDemandTablesAndEnginesWithoutTheSimulationAreNeverThrottled() {
        try (DynamoDbEngine engine = engine(Duration.ZERO);
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ItemFixtures.createTables(ddb);
            for (int i = 0; i < 50; i++) {
                String id = "od" + i;
                ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s(id), "p", s("x".repeat(4000)))));
            }
        }
        try (DynamoDbEngine engine = DynamoDbEngine.create(EngineOptions.builder().clock(clock).build());
             DynamoDbClient ddb = withoutRetries(Door.IN_PROCESS, engine)) {
            ddb.createTable(provisionedTable(TABLE).provisionedThroughput(capacity(1, 1)).build());
            for (int i = 0; i < 50; i++) {
                String id = "off" + i;
                ddb.putItem(b -> b.tableName(TABLE).item(item(id, 4)));
            }
        }
        assertThat(clock.instant()).as("no time had to pass").isEqualTo(new AdjustableClock().instant());
    }
}
