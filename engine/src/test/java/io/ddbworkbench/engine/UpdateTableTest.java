package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.capacity;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTableWithIndex;
import static io.ddbworkbench.engine.ControlPlaneFixtures.projectAll;
import static io.ddbworkbench.engine.ControlPlaneFixtures.provisionedTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.range;
import static io.ddbworkbench.engine.ControlPlaneFixtures.tableArn;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withClient;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.ControlPlaneFixtures.AdjustableClock;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexUpdate;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.LimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class UpdateTableTest {

    @ParameterizedTest
    @EnumSource(Door.class)
    void capacityChangesAreReportedOldFirstThenApplied(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(provisionedTable("Cap").build());
            TableDescription response = ddb.updateTable(b -> b.tableName("Cap")
                    .provisionedThroughput(capacity(10, 8))).tableDescription();
            assertThat(response.tableStatus()).isEqualTo(TableStatus.UPDATING);
            assertThat(response.provisionedThroughput().readCapacityUnits()).as("the response shows the old figures")
                    .isEqualTo(5);

            TableDescription raised = describe(ddb, "Cap");
            assertThat(raised.tableStatus()).isEqualTo(TableStatus.ACTIVE);
            assertThat(raised.provisionedThroughput().readCapacityUnits()).isEqualTo(10);
            assertThat(raised.provisionedThroughput().writeCapacityUnits()).isEqualTo(8);
            assertThat(raised.provisionedThroughput().lastIncreaseDateTime()).isNotNull();
            assertThat(raised.provisionedThroughput().lastDecreaseDateTime()).isNull();

            ddb.updateTable(b -> b.tableName("Cap").provisionedThroughput(capacity(1, 1)));
            TableDescription lowered = describe(ddb, "Cap");
            assertThat(lowered.provisionedThroughput().numberOfDecreasesToday()).isEqualTo(1);
            assertThat(lowered.provisionedThroughput().lastDecreaseDateTime()).isNotNull();
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void capacityRulesAndMessages(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(provisionedTable("Cap").build());
            ddb.createTable(onDemandTable("OnDemand").build());
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Cap").provisionedThroughput(capacity(5, 5))),
                    "The provisioned throughput for the table will not change. The requested value equals the "
                            + "current value. Current ReadCapacityUnits provisioned for the table: 5. Requested "
                            + "ReadCapacityUnits: 5. Current WriteCapacityUnits provisioned for the table: 5. Requested "
                            + "WriteCapacityUnits: 5. Refer to the Amazon DynamoDB Developer Guide for current limits "
                            + "and how to request higher limits.");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Cap").billingMode(BillingMode.PROVISIONED)),
                    "One or more parameter values were invalid: ProvisionedThroughput must be specified when "
                            + "BillingMode is PROVISIONED");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("OnDemand").provisionedThroughput(capacity(1, 1))),
                    "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits "
                            + "can be specified when BillingMode is PAY_PER_REQUEST");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Cap").provisionedThroughput(capacity(0, 5))),
                    "1 validation error detected: Value '0' at 'provisionedThroughput.readCapacityUnits' failed to "
                            + "satisfy constraint: Member must have value greater than or equal to 1");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Cap")
                            .provisionedThroughput(capacity(5, 2_000_000_000_000L))),
                    "Given value 2000000000000 for WriteCapacityUnits is out of bounds");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void fourDecreasesADayThenOneAnHour(Door door) {
        AdjustableClock clock = new AdjustableClock();
        withEngine(door, EngineOptions.builder().clock(clock).build(), (engine, ddb) -> {
            ddb.createTable(provisionedTable("Cap").provisionedThroughput(capacity(100, 100)).build());
            for (long units = 90; units >= 60; units -= 10) {
                long read = units;
                ddb.updateTable(b -> b.tableName("Cap").provisionedThroughput(capacity(read, read)));
                clock.advance(Duration.ofMinutes(1));
            }
            assertThat(describe(ddb, "Cap").provisionedThroughput().numberOfDecreasesToday()).isEqualTo(4);
            assertThatLimitExceeded(() -> ddb.updateTable(b -> b.tableName("Cap").provisionedThroughput(capacity(50, 50))));
            ddb.updateTable(b -> b.tableName("Cap").provisionedThroughput(capacity(70, 70)));

            clock.advance(Duration.ofHours(1));
            ddb.updateTable(b -> b.tableName("Cap").provisionedThroughput(capacity(50, 50)));
            assertThat(describe(ddb, "Cap").provisionedThroughput().numberOfDecreasesToday()).isEqualTo(5);
            clock.advance(Duration.ofDays(1));
            assertThat(describe(ddb, "Cap").provisionedThroughput().numberOfDecreasesToday())
                    .as("the count starts again each UTC day").isZero();
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void billingModeSwitchesBothWays(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(provisionedTable("Bill").build());
            TableDescription toOnDemand = ddb.updateTable(b -> b.tableName("Bill")
                    .billingMode(BillingMode.PAY_PER_REQUEST)).tableDescription();
            assertThat(toOnDemand.tableStatus()).isEqualTo(TableStatus.UPDATING);
            assertThat(toOnDemand.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            assertThat(toOnDemand.provisionedThroughput().readCapacityUnits()).isZero();

            TableDescription onDemand = describe(ddb, "Bill");
            assertThat(onDemand.billingModeSummary().lastUpdateToPayPerRequestDateTime()).isNotNull();
            assertThat(ddb.updateTable(b -> b.tableName("Bill").billingMode(BillingMode.PAY_PER_REQUEST))
                    .tableDescription().tableStatus()).as("re-sending the mode is accepted").isEqualTo(TableStatus.UPDATING);
            assertThat(describe(ddb, "Bill").tableStatus()).isEqualTo(TableStatus.ACTIVE);

            ddb.updateTable(b -> b.tableName("Bill").billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(capacity(7, 3)));
            TableDescription provisioned = describe(ddb, "Bill");
            assertThat(provisioned.billingModeSummary().billingMode()).isEqualTo(BillingMode.PROVISIONED);
            assertThat(provisioned.billingModeSummary().lastUpdateToPayPerRequestDateTime())
                    .isEqualTo(onDemand.billingModeSummary().lastUpdateToPayPerRequestDateTime());
            assertThat(provisioned.provisionedThroughput().readCapacityUnits()).isEqualTo(7);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void leavingOnDemandNeedsCapacityForEveryGlobalIndex(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTableWithIndex("Bill").build());
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Bill").billingMode(BillingMode.PROVISIONED)
                            .provisionedThroughput(capacity(5, 5))),
                    "One or more parameter values were invalid: ProvisionedThroughput must be specified for index: ByG");
            ddb.updateTable(b -> b.tableName("Bill").billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(capacity(5, 5))
                    .globalSecondaryIndexUpdates(u -> u.update(i -> i.indexName("ByG").provisionedThroughput(capacity(2, 1)))));
            assertThat(describe(ddb, "Bill").globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits())
                    .isEqualTo(2);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aRequestMustChangeSomethingAndSomeChangesTravelAlone(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Alone").build());
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Alone")
                            .attributeDefinitions(attribute("pk", ScalarAttributeType.S))),
                    "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                            + "GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, "
                            + "ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, "
                            + "OnDemandThroughput, WarmThroughput or TableClass is required");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Alone").deletionProtectionEnabled(true)
                            .billingMode(BillingMode.PAY_PER_REQUEST)),
                    "One or more parameter values were invalid: DeletionProtection modification must be the only "
                            + "operation in the request");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Alone").tableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
                            .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))),
                    "One or more parameter values were invalid: TableClass modification must be the only operation "
                            + "in the request");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Alone").tableClass("COLD")),
                    "Invalid table-class parameter provided. Please try again with a valid table-class value: "
                            + "[STANDARD, STANDARD_INFREQUENT_ACCESS].");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("ab").deletionProtectionEnabled(true)),
                    "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 3");
            assertFails(() -> ddb.updateTable(b -> b.tableName("Nowhere").deletionProtectionEnabled(true)),
                    ResourceNotFoundException.class, "ResourceNotFoundException",
                    "Requested resource not found: Table: Nowhere not found");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void streamsAreEnabledDisabledAndReplacedByNewOnes(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Flow").build());
            String first = ddb.updateTable(b -> b.tableName("Flow").streamSpecification(s -> s.streamEnabled(true)
                    .streamViewType(StreamViewType.NEW_IMAGE))).tableDescription().latestStreamArn();
            assertThat(first).startsWith(tableArn("Flow") + "/stream/");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Flow").streamSpecification(s -> s.streamEnabled(true)
                            .streamViewType(StreamViewType.KEYS_ONLY))),
                    "Table already has an enabled stream: TableName: Flow");

            ddb.updateTable(b -> b.tableName("Flow").streamSpecification(s -> s.streamEnabled(false)));
            TableDescription disabled = describe(ddb, "Flow");
            assertThat(disabled.streamSpecification()).isNull();
            assertThat(disabled.latestStreamArn()).as("the old stream stays readable for a while").isEqualTo(first);
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Flow").streamSpecification(s -> s.streamEnabled(false))),
                    "Table has no stream to disable: TableName: Flow");

            ddb.updateTable(b -> b.tableName("Flow").streamSpecification(s -> s.streamEnabled(true)
                    .streamViewType(StreamViewType.OLD_IMAGE)));
            TableDescription again = describe(ddb, "Flow");
            assertThat(again.streamSpecification().streamViewType()).isEqualTo(StreamViewType.OLD_IMAGE);
            assertThat(again.latestStreamArn()).isNotEqualTo(first);
            assertThat(again.latestStreamLabel()).isGreaterThan(disabled.latestStreamLabel());
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void streamSpecificationRules(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Flow").build());
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Flow").streamSpecification(s -> s.streamEnabled(true))),
                    "One or more parameter values were invalid: If stream is being enabled then UpdateViewType is required");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Flow").streamSpecification(s -> s.streamEnabled(false)
                            .streamViewType(StreamViewType.KEYS_ONLY))),
                    "One or more parameter values were invalid: If stream is being disabled, then UpdateViewType "
                            + "must not be specified");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Flow").streamSpecification(s -> s
                            .streamViewType(StreamViewType.KEYS_ONLY))),
                    "1 validation error detected: Value null at 'streamSpecification.streamEnabled' failed to "
                            + "satisfy constraint: Member must not be null");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void protectionClassAndEncryptionAreUpdated(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Settings").build());
            ddb.updateTable(b -> b.tableName(tableArn("Settings")).deletionProtectionEnabled(true));
            ddb.updateTable(b -> b.tableName("Settings").tableClass(TableClass.STANDARD_INFREQUENT_ACCESS));
            ddb.updateTable(b -> b.tableName("Settings").sseSpecification(s -> s.enabled(true).sseType("KMS")
                    .kmsMasterKeyId("1234abcd-12ab-34cd-56ef-1234567890ab")));

            TableDescription table = describe(ddb, "Settings");
            assertThat(table.deletionProtectionEnabled()).isTrue();
            assertThat(table.tableClassSummary().tableClass()).isEqualTo(TableClass.STANDARD_INFREQUENT_ACCESS);
            assertThat(table.tableClassSummary().lastUpdateDateTime()).isNotNull();
            assertThat(table.sseDescription().kmsMasterKeyArn())
                    .isEqualTo("arn:aws:kms:us-east-1:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab");

            ddb.updateTable(b -> b.tableName("Settings").sseSpecification(s -> s.enabled(false)));
            assertThat(describe(ddb, "Settings").sseDescription()).isNull();
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Settings").sseSpecification(s -> s.enabled(false))),
                    "One or more parameter values were invalid: Table is already encrypted by default");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aNewGlobalIndexIsBackfilledFromTheExistingItems(Door door) {
        AdjustableClock clock = new AdjustableClock();
        EngineOptions options = EngineOptions.builder().clock(clock).transientStatusDelay(Duration.ofMinutes(2)).build();
        withEngine(door, options, (engine, ddb) -> {
            ddb.createTable(onDemandTable("Fill").build());
            clock.advance(Duration.ofMinutes(2));
            for (String id : new String[] {"a", "b", "c"}) {
                ddb.putItem(b -> b.tableName("Fill").item(Map.of("pk", AttributeValue.fromS(id),
                        "email", AttributeValue.fromS(id + "@example.com"))));
            }
            ddb.putItem(b -> b.tableName("Fill").item(Map.of("pk", AttributeValue.fromS("no-email"))));

            TableDescription response = ddb.updateTable(b -> b.tableName("Fill")
                    .attributeDefinitions(attribute("email", ScalarAttributeType.S))
                    .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("ByEmail").keySchema(hash("email"))
                            .projection(projectAll())))).tableDescription();
            assertThat(response.tableStatus()).isEqualTo(TableStatus.UPDATING);

            TableDescription building = describe(ddb, "Fill");
            GlobalSecondaryIndexDescription index = building.globalSecondaryIndexes().get(0);
            assertThat(building.tableStatus()).as("the table stays usable while the index builds")
                    .isEqualTo(TableStatus.ACTIVE);
            assertThat(index.indexStatus()).isEqualTo(IndexStatus.CREATING);
            assertThat(index.backfilling()).isTrue();
            assertThat(index.itemCount()).as("items without the key attribute are not indexed").isEqualTo(3);
            assertThat(building.attributeDefinitions()).containsExactly(attribute("pk", ScalarAttributeType.S),
                    attribute("email", ScalarAttributeType.S));

            clock.advance(Duration.ofMinutes(2));
            GlobalSecondaryIndexDescription built = describe(ddb, "Fill").globalSecondaryIndexes().get(0);
            assertThat(built.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
            assertThat(built.backfilling()).isNull();
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void droppingAnIndexDropsTheDefinitionsOnlyItUsed(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTableWithIndex("Drop").build());
            TableDescription response = ddb.updateTable(b -> b.tableName("Drop")
                    .globalSecondaryIndexUpdates(u -> u.delete(d -> d.indexName("ByG")))).tableDescription();
            assertThat(response.globalSecondaryIndexes().get(0).indexStatus()).isEqualTo(IndexStatus.DELETING);

            TableDescription after = describe(ddb, "Drop");
            assertThat(after.globalSecondaryIndexes()).isEmpty();
            assertThat(after.attributeDefinitions()).containsExactly(attribute("pk", ScalarAttributeType.S));
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void indexCreationRules(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTableWithIndex("Idx").build());
            GlobalSecondaryIndexUpdate byH = GlobalSecondaryIndexUpdate.builder().create(c -> c.indexName("ByH")
                    .keySchema(hash("h")).projection(projectAll())).build();
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx").globalSecondaryIndexUpdates(byH)),
                    "One or more parameter values were invalid: AttributeDefinitions is not specified for index: ByH");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx")
                            .attributeDefinitions(attribute("x", ScalarAttributeType.S)).globalSecondaryIndexUpdates(byH)),
                    "One or more parameter values were invalid: Some index key attributes are not defined in "
                            + "AttributeDefinitions. Keys: [h], AttributeDefinitions: [x]");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx")
                            .attributeDefinitions(attribute("g", ScalarAttributeType.S))
                            .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("ByG").keySchema(hash("g"))
                                    .projection(projectAll())))),
                    "Attempting to create an index which already exists");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx")
                            .attributeDefinitions(attribute("h", ScalarAttributeType.S))
                            .globalSecondaryIndexUpdates(byH.toBuilder().create(byH.create().toBuilder()
                                    .provisionedThroughput(capacity(1, 1)).build()).build())),
                    "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can "
                            + "be specified for index: ByH when BillingMode is PAY_PER_REQUEST");
            assertFails(() -> ddb.updateTable(b -> b.tableName("Idx")
                            .attributeDefinitions(attribute("h", ScalarAttributeType.S))
                            .globalSecondaryIndexUpdates(byH, GlobalSecondaryIndexUpdate.builder()
                                    .delete(d -> d.indexName("ByG")).build())),
                    LimitExceededException.class, "LimitExceededException",
                    "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx")
                            .attributeDefinitions(attribute("h", ScalarAttributeType.S)).globalSecondaryIndexUpdates(byH)
                            .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.KEYS_ONLY))),
                    "One or more parameter values were invalid: You cannot create or delete index while changing "
                            + "stream status");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void indexUpdateEntriesAreChecked(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(provisionedTable("Idx")
                    .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                            attribute("g", ScalarAttributeType.S))
                    .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("Local").keySchema(hash("pk"), range("g"))
                            .projection(projectAll()).build())
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("ByG").keySchema(hash("g"))
                            .projection(projectAll()).provisionedThroughput(capacity(4, 4)).build()).build());
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx").globalSecondaryIndexUpdates(
                            GlobalSecondaryIndexUpdate.builder().build())),
                    "One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Update, "
                            + "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx").globalSecondaryIndexUpdates(
                            GlobalSecondaryIndexUpdate.builder().delete(d -> d.indexName("ByG"))
                                    .update(u -> u.indexName("ByG").provisionedThroughput(capacity(1, 1))).build())),
                    "One or more parameter values were invalid: Only one global secondary index action is allowed "
                            + "per GlobalSecondaryIndexUpdate object");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx").globalSecondaryIndexUpdates(
                            u -> u.update(i -> i.indexName("ByG").provisionedThroughput(capacity(5, 5))),
                            u -> u.update(i -> i.indexName("ByG").provisionedThroughput(capacity(6, 6))))),
                    "One or more parameter values were invalid: Only one global secondary index update per index is "
                            + "allowed simultaneously. Index: ByG");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx").globalSecondaryIndexUpdates(
                            u -> u.update(i -> i.indexName("ByG").provisionedThroughput(capacity(4, 4))))),
                    "The provisioned throughput for the index ByG will not change. The requested value equals the "
                            + "current value. Current ReadCapacityUnits provisioned for the index: 4. Requested "
                            + "ReadCapacityUnits: 4. Current WriteCapacityUnits provisioned for the index: 4. Requested "
                            + "WriteCapacityUnits: 4. Refer to the Amazon DynamoDB Developer Guide for current limits "
                            + "and how to request higher limits.");
            assertFails(() -> ddb.updateTable(b -> b.tableName("Idx").globalSecondaryIndexUpdates(
                            u -> u.delete(d -> d.indexName("Nope")))),
                    ResourceNotFoundException.class, "ResourceNotFoundException",
                    "Requested resource not found: Index Nope for table Idx");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx").globalSecondaryIndexUpdates(
                            u -> u.delete(d -> d.indexName("Local")))),
                    "Cannot delete an index that is not a GlobalSecondaryIndex: Local");

            ddb.updateTable(b -> b.tableName("Idx").globalSecondaryIndexUpdates(
                    u -> u.update(i -> i.indexName("ByG").provisionedThroughput(capacity(9, 2)))));
            assertThat(describe(ddb, "Idx").globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits())
                    .isEqualTo(9);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void onDemandIndexesTakeNoCapacityUpdates(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTableWithIndex("Idx").build());
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx").globalSecondaryIndexUpdates(
                            u -> u.update(i -> i.indexName("ByG")))),
                    "One or more parameter values were invalid: The only Updates for index: ByG when "
                            + "TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Idx").globalSecondaryIndexUpdates(
                            u -> u.update(i -> i.indexName("ByG").provisionedThroughput(capacity(1, 1))))),
                    "One or more parameter values were invalid: The only Updates for index: ByG when "
                            + "TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void indexCapacityMustMatchTheBillingModeTheTableEndsIn(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTableWithIndex("Prov").billingMode(BillingMode.PROVISIONED)
                    .provisionedThroughput(capacity(5, 5))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("ByG").keySchema(hash("g"))
                            .projection(projectAll()).provisionedThroughput(capacity(1, 1)).build())
                    .build());
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Prov").billingMode(BillingMode.PAY_PER_REQUEST)
                            .globalSecondaryIndexUpdates(
                                    u -> u.update(i -> i.indexName("ByG").provisionedThroughput(capacity(2, 2))))),
                    "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can "
                            + "be specified for index: ByG when BillingMode is PAY_PER_REQUEST");
            assertInvalid(() -> ddb.updateTable(b -> b.tableName("Prov")
                            .attributeDefinitions(attribute("h", ScalarAttributeType.S))
                            .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName("ByH").keySchema(hash("h"))
                                    .projection(projectAll())))),
                    "One or more parameter values were invalid: Both ReadCapacityUnits and WriteCapacityUnits must be "
                            + "specified for index: ByH");
        });
    }

    private static TableDescription describe(DynamoDbClient ddb, String table) {
        return ddb.describeTable(b -> b.tableName(table)).table();
    }

    private static void assertThatLimitExceeded(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LimitExceededException.class,
                e -> assertThat(e.awsErrorDetails().errorMessage()).startsWith("Subscriber limit exceeded: Provisioned "
                        + "throughput decreases are limited within a given UTC day. After the first 4 decreases, each "
                        + "subsequent decrease in the same UTC day can be performed at most once every 3600 seconds. "
                        + "Number of decreases today: 4."));
    }
}
