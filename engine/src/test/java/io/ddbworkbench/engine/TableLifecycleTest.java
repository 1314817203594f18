package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.capacity;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTableWithIndex;
import static io.ddbworkbench.engine.ControlPlaneFixtures.provisionedTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.ControlPlaneFixtures.AdjustableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * CREATING, UPDATING and DELETING as a client sees them when the engine delays transient statuses (DynamoDB
 * Local's {@code -delayTransientStatuses}): states resolve against the engine clock, and SDK waiters work.
 */
class TableLifecycleTest {
    private static final Duration DELAY = Duration.ofMinutes(1);
    private static final Map<String, AttributeValue> ITEM = Map.of("pk", AttributeValue.fromS("a"));

    @ParameterizedTest
    @EnumSource(Door.class)
    void aCreatingTableRefusesReadsWritesAndChangesUntilItIsActive(Door door) {
        AdjustableClock clock = new AdjustableClock();
        withEngine(door, delayed(clock), (engine, ddb) -> {
            ddb.createTable(onDemandTable("Slow").build());

            assertThat(status(ddb, "Slow")).isEqualTo(TableStatus.CREATING);
            assertFails(() -> ddb.putItem(b -> b.tableName("Slow").item(ITEM)), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found");
            assertFails(() -> ddb.deleteTable(b -> b.tableName("Slow")), ResourceInUseException.class,
                    "ResourceInUseException", "Attempt to change a resource which is still in use: Table is being created: Slow");
            assertFails(() -> ddb.updateTable(b -> b.tableName("Slow").deletionProtectionEnabled(true)),
                    ResourceInUseException.class, "ResourceInUseException",
                    "Attempt to change a resource which is still in use: Table is being created: Slow");

            clock.advance(DELAY);
            assertThat(status(ddb, "Slow")).isEqualTo(TableStatus.ACTIVE);
            ddb.putItem(b -> b.tableName("Slow").item(ITEM));
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void globalIndexesCreatedWithTheTableBecomeActiveWithIt(Door door) {
        AdjustableClock clock = new AdjustableClock();
        withEngine(door, delayed(clock), (engine, ddb) -> {
            ddb.createTable(onDemandTableWithIndex("Indexed").build());
            assertThat(ddb.describeTable(b -> b.tableName("Indexed")).table().globalSecondaryIndexes().get(0)
                    .indexStatus()).isEqualTo(IndexStatus.CREATING);
            clock.advance(DELAY);
            assertThat(ddb.describeTable(b -> b.tableName("Indexed")).table().globalSecondaryIndexes().get(0)
                    .indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aDeletingTableIsListedButUnusableAndItsNameStaysTaken(Door door) {
        AdjustableClock clock = new AdjustableClock();
        withEngine(door, delayed(clock), (engine, ddb) -> {
            ddb.createTable(onDemandTable("Going").build());
            clock.advance(DELAY);

            assertThat(ddb.deleteTable(b -> b.tableName("Going")).tableDescription().tableStatus())
                    .isEqualTo(TableStatus.DELETING);
            assertThat(status(ddb, "Going")).isEqualTo(TableStatus.DELETING);
            assertThat(ddb.listTables().tableNames()).containsExactly("Going");
            assertFails(() -> ddb.getItem(b -> b.tableName("Going").key(ITEM)), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found");
            assertFails(() -> ddb.createTable(onDemandTable("Going").build()), ResourceInUseException.class,
                    "ResourceInUseException", "Table already exists: Going");
            assertThat(ddb.deleteTable(b -> b.tableName("Going")).tableDescription().tableStatus())
                    .as("deleting a table that is already being deleted is not an error")
                    .isEqualTo(TableStatus.DELETING);

            clock.advance(DELAY);
            assertFails(() -> ddb.describeTable(b -> b.tableName("Going")), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found: Table: Going not found");
            assertThat(ddb.listTables().tableNames()).isEmpty();
            ddb.createTable(onDemandTable("Going").build());
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theNameIsFreeTheMomentDeletionCompletes(Door door) {
        AdjustableClock clock = new AdjustableClock();
        withEngine(door, delayed(clock), (engine, ddb) -> {
            ddb.createTable(onDemandTable("Reborn").build());
            clock.advance(DELAY);
            ddb.deleteTable(b -> b.tableName("Reborn"));
            clock.advance(DELAY);

            assertThat(ddb.createTable(onDemandTable("Reborn").build()).tableDescription().tableStatus())
                    .isEqualTo(TableStatus.CREATING);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anUpdatingTableTakesNoOtherCapacityChangeAndCannotBeDeleted(Door door) {
        AdjustableClock clock = new AdjustableClock();
        withEngine(door, delayed(clock), (engine, ddb) -> {
            ddb.createTable(provisionedTable("Busy").build());
            clock.advance(DELAY);

            ddb.updateTable(b -> b.tableName("Busy").provisionedThroughput(capacity(10, 10)));
            assertThat(status(ddb, "Busy")).isEqualTo(TableStatus.UPDATING);
            ddb.putItem(b -> b.tableName("Busy").item(Map.of("pk", AttributeValue.fromS("a"),
                    "sk", AttributeValue.fromS("b"))));
            assertFails(() -> ddb.updateTable(b -> b.tableName("Busy").provisionedThroughput(capacity(20, 20))),
                    ResourceInUseException.class, "ResourceInUseException",
                    "Attempt to change a resource which is still in use: Table IOPS are currently being updated. Table: Busy");
            assertFails(() -> ddb.deleteTable(b -> b.tableName("Busy")), ResourceInUseException.class,
                    "ResourceInUseException",
                    "Attempt to change a resource which is still in use: Table: Busy is in the process of being updated.");
            ddb.updateTable(b -> b.tableName("Busy").deletionProtectionEnabled(true));

            clock.advance(DELAY);
            DescribeTableResponse after = ddb.describeTable(b -> b.tableName("Busy"));
            assertThat(after.table().tableStatus()).isEqualTo(TableStatus.ACTIVE);
            assertThat(after.table().provisionedThroughput().readCapacityUnits()).isEqualTo(10);
            assertThat(after.table().deletionProtectionEnabled()).isTrue();
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void sdkWaitersWaitForTheTableToExistAndToGo(Door door) {
        EngineOptions options = EngineOptions.builder().transientStatusDelay(Duration.ofMillis(300)).build();
        WaiterOverrideConfiguration quickPolling = WaiterOverrideConfiguration.builder()
                .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(50)))
                .maxAttempts(100)
                .build();
        withEngine(door, options, (engine, ddb) -> {
            ddb.createTable(onDemandTable("Waited").build());
            WaiterResponse<DescribeTableResponse> exists = ddb.waiter()
                    .waitUntilTableExists(DescribeTableRequest.builder().tableName("Waited").build(), quickPolling);
            assertThat(exists.attemptsExecuted()).isGreaterThan(1);
            assertThat(exists.matched().response().map(r -> r.table().tableStatus())).contains(TableStatus.ACTIVE);

            ddb.deleteTable(b -> b.tableName("Waited"));
            WaiterResponse<DescribeTableResponse> gone = ddb.waiter()
                    .waitUntilTableNotExists(DescribeTableRequest.builder().tableName("Waited").build(), quickPolling);
            assertThat(gone.attemptsExecuted()).isGreaterThan(1);
            assertThat(gone.matched().exception()).containsInstanceOf(ResourceNotFoundException.class);
        });
    }

    private static EngineOptions delayed(AdjustableClock clock) {
        return EngineOptions.builder().clock(clock).transientStatusDelay(DELAY).build();
    }

    private static TableStatus status(DynamoDbClient ddb, String table) {
        return ddb.describeTable(b -> b.tableName(table)).table().tableStatus();
    }
}
