package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.capacity;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.onDemandTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.projectAll;
import static io.ddbworkbench.engine.ControlPlaneFixtures.provisionedTable;
import static io.ddbworkbench.engine.ControlPlaneFixtures.range;
import static io.ddbworkbench.engine.ControlPlaneFixtures.tableArn;
import static io.ddbworkbench.engine.ControlPlaneFixtures.withClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableClass;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;

class CreateTableTest {

    @ParameterizedTest
    @EnumSource(Door.class)
    void provisionedTableIsDescribedAsTheServiceDescribesIt(Door door) {
        withClient(door, ddb -> {
            Instant before = Instant.now().minusSeconds(1);
            TableDescription created = ddb.createTable(provisionedTable("Orders").build()).tableDescription();

            assertThat(created.tableStatus()).isEqualTo(TableStatus.CREATING);
            assertThat(created.tableName()).isEqualTo("Orders");
            assertThat(created.tableArn()).isEqualTo(tableArn("Orders"));
            assertThat(created.tableId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(created.creationDateTime()).isBetween(before, Instant.now().plusSeconds(1));
            assertThat(created.keySchema()).containsExactly(hash("pk"), range("sk"));
            assertThat(created.attributeDefinitions()).containsExactly(
                    attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S));
            assertThat(created.provisionedThroughput().readCapacityUnits()).isEqualTo(5);
            assertThat(created.provisionedThroughput().writeCapacityUnits()).isEqualTo(5);
            assertThat(created.provisionedThroughput().numberOfDecreasesToday()).isZero();
            assertThat(created.billingModeSummary()).isNull();
            assertThat(created.tableClassSummary()).isNull();
            assertThat(created.sseDescription()).isNull();
            assertThat(created.deletionProtectionEnabled()).isFalse();
            assertThat(created.itemCount()).isZero();
            assertThat(created.tableSizeBytes()).isZero();

            TableDescription described = ddb.describeTable(b -> b.tableName("Orders")).table();
            assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
            assertThat(described.tableId()).isEqualTo(created.tableId());
            assertThat(described.creationDateTime()).isEqualTo(created.creationDateTime());
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void onDemandTableReportsZeroCapacityAndItsBillingMode(Door door) {
        withClient(door, ddb -> {
            TableDescription created = ddb.createTable(onDemandTable("Sessions").build()).tableDescription();
            assertThat(created.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
            assertThat(created.billingModeSummary().lastUpdateToPayPerRequestDateTime()).isNull();
            assertThat(created.provisionedThroughput().readCapacityUnits()).isZero();
            assertThat(created.provisionedThroughput().writeCapacityUnits()).isZero();

            TableDescription described = ddb.describeTable(b -> b.tableName("Sessions")).table();
            assertThat(described.billingModeSummary().lastUpdateToPayPerRequestDateTime())
                    .isEqualTo(described.creationDateTime());
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void indexesAreDescribedWithTheirKeysProjectionsAndArns(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(provisionedTable("Users")
                    .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                            attribute("email", ScalarAttributeType.S), attribute("rating", ScalarAttributeType.N))
                    .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("ByRating")
                            .keySchema(hash("pk"), range("rating"))
                            .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                    .nonKeyAttributes("name", "city").build()).build())
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("ByEmail")
                            .keySchema(hash("email")).projection(projectAll())
                            .provisionedThroughput(capacity(3, 2)).build())
                    .build());

            TableDescription table = ddb.describeTable(b -> b.tableName("Users")).table();
            LocalSecondaryIndexDescription local = table.localSecondaryIndexes().get(0);
            assertThat(local.indexName()).isEqualTo("ByRating");
            assertThat(local.keySchema()).containsExactly(hash("pk"), range("rating"));
            assertThat(local.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
            assertThat(local.projection().nonKeyAttributes()).containsExactly("name", "city");
            assertThat(local.indexArn()).isEqualTo(tableArn("Users") + "/index/ByRating");
            assertThat(local.itemCount()).isZero();

            GlobalSecondaryIndexDescription global = table.globalSecondaryIndexes().get(0);
            assertThat(global.indexName()).isEqualTo("ByEmail");
            assertThat(global.indexStatus()).isEqualTo(IndexStatus.ACTIVE);
            assertThat(global.backfilling()).isNull();
            assertThat(global.provisionedThroughput().readCapacityUnits()).isEqualTo(3);
            assertThat(global.provisionedThroughput().writeCapacityUnits()).isEqualTo(2);
            assertThat(global.indexArn()).isEqualTo(tableArn("Users") + "/index/ByEmail");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void globalIndexesAreCreatingInTheCreateTableResponse(Door door) {
        withClient(door, ddb -> {
            TableDescription created = ddb.createTable(onDemandTable("Things")
                    .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("g", ScalarAttributeType.N))
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("ByG")
                            .keySchema(hash("g")).projection(projectAll()).build())
                    .build()).tableDescription();

            GlobalSecondaryIndexDescription index = created.globalSecondaryIndexes().get(0);
            assertThat(index.indexStatus()).isEqualTo(IndexStatus.CREATING);
            assertThat(index.provisionedThroughput().readCapacityUnits()).isZero();
            assertThat(ddb.describeTable(b -> b.tableName("Things")).table().globalSecondaryIndexes().get(0)
                    .indexStatus()).isEqualTo(IndexStatus.ACTIVE);
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void streamGetsATimestampLabelAndAnArnBuiltFromIt(Door door) {
        withClient(door, ddb -> {
            TableDescription created = ddb.createTable(onDemandTable("Events")
                    .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES))
                    .build()).tableDescription();

            assertThat(created.streamSpecification().streamEnabled()).isTrue();
            assertThat(created.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
            assertThat(created.latestStreamLabel()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
            assertThat(created.latestStreamArn())
                    .isEqualTo(tableArn("Events") + "/stream/" + created.latestStreamLabel());
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void encryptionClassProtectionAndTagsAreKept(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Vault")
                    .sseSpecification(s -> s.enabled(true))
                    .tableClass(TableClass.STANDARD_INFREQUENT_ACCESS)
                    .deletionProtectionEnabled(true)
                    .tags(Tag.builder().key("env").value("test").build())
                    .build());

            TableDescription table = ddb.describeTable(b -> b.tableName("Vault")).table();
            assertThat(table.sseDescription().statusAsString()).isEqualTo("ENABLED");
            assertThat(table.sseDescription().sseType()).isEqualTo(SSEType.KMS);
            assertThat(table.sseDescription().kmsMasterKeyArn()).startsWith("arn:aws:kms:us-east-1:000000000000:key/");
            assertThat(table.tableClassSummary().tableClass()).isEqualTo(TableClass.STANDARD_INFREQUENT_ACCESS);
            assertThat(table.deletionProtectionEnabled()).isTrue();
            assertThat(ddb.listTagsOfResource(b -> b.resourceArn(tableArn("Vault"))).tags())
                    .containsExactly(Tag.builder().key("env").value("test").build());
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aNameInUseIsRefused(Door door) {
        withClient(door, ddb -> {
            ddb.createTable(onDemandTable("Taken").build());
            assertFails(() -> ddb.createTable(onDemandTable("Taken").build()), ResourceInUseException.class,
                    "ResourceInUseException", "Table already exists: Taken");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void tableNameRules(Door door) {
        withClient(door, ddb -> {
            assertInvalid(() -> ddb.createTable(onDemandTable(null).build()),
                    "The parameter 'TableName' is required but was not present in the request");
            assertInvalid(() -> ddb.createTable(onDemandTable("ab").build()),
                    "1 validation error detected: Value 'ab' at 'tableName' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 3");
            assertInvalid(() -> ddb.createTable(onDemandTable("x!").build()),
                    "2 validation errors detected: Value 'x!' at 'tableName' failed to satisfy constraint: "
                            + "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; Value 'x!' at "
                            + "'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void modelConstraintsAreReportedTogether(Door door) {
        withClient(door, ddb -> {
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").billingMode("FREE")
                            .keySchema(KeySchemaElement.builder().attributeName("pk").keyType("INVALID").build()).build()),
                    "2 validation errors detected: Value 'FREE' at 'billingMode' failed to satisfy constraint: "
                            + "Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]; Value 'INVALID' at "
                            + "'keySchema.1.member.keyType' failed to satisfy constraint: Member must satisfy enum "
                            + "value set: [HASH, RANGE]");
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").attributeDefinitions(
                            AttributeDefinition.builder()
                                    .attributeName("pk").attributeType("INVALID").build()).build()),
                    "1 validation error detected: Value 'INVALID' at 'attributeDefinitions.1.member.attributeType' "
                            + "failed to satisfy constraint: Member must satisfy enum value set: [B, N, S]");
            assertInvalid(() -> ddb.createTable(provisionedTable("Bad").billingMode((String) null)
                            .provisionedThroughput(capacity(0, 0)).build()),
                    "2 validation errors detected: Value '0' at 'provisionedThroughput.writeCapacityUnits' failed "
                            + "to satisfy constraint: Member must have value greater than or equal to 1; Value '0' at "
                            + "'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must "
                            + "have value greater than or equal to 1");
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad")
                            .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                                    attribute("extra", ScalarAttributeType.S))
                            .keySchema(hash("pk"), range("sk"), range("extra")).build()),
                    "1 validation error detected: Value '[KeySchemaElement(attributeName=pk, keyType=HASH), "
                            + "KeySchemaElement(attributeName=sk, keyType=RANGE), KeySchemaElement(attributeName=extra, "
                            + "keyType=RANGE)]' at 'keySchema' failed to satisfy constraint: Member must have length "
                            + "less than or equal to 2");
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").keySchema(List.of()).build()),
                    "1 validation error detected: Value '[]' at 'keySchema' failed to satisfy constraint: "
                            + "Member must have length greater than or equal to 1");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void billingModeAndCapacityMustAgree(Door door) {
        withClient(door, ddb -> {
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").provisionedThroughput(capacity(1, 1)).build()),
                    "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits "
                            + "can be specified when BillingMode is PAY_PER_REQUEST");
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").billingMode((String) null).build()),
                    "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must "
                            + "both be specified when BillingMode is PROVISIONED");
            assertInvalid(() -> ddb.createTable(provisionedTable("Bad")
                            .provisionedThroughput(capacity(1_000_000_000_001L, 5)).build()),
                    "Given value 1000000000001 for ReadCapacityUnits is out of bounds");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void keySchemaRulesInTheServicesOrder(Door door) {
        withClient(door, ddb -> {
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").keySchema(hash("pk"), range("pk")).build()),
                    "Invalid KeySchema: Some index key attribute have no definition");
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").keySchema(hash("PK")).build()),
                    "One or more parameter values were invalid: Some index key attributes are not defined in "
                            + "AttributeDefinitions. Keys: [PK], AttributeDefinitions: [pk]");
            assertInvalid(() -> ddb.createTable(provisionedTable("Bad").keySchema(range("sk"), hash("pk")).build()),
                    "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
            assertInvalid(() -> ddb.createTable(provisionedTable("Bad").keySchema(hash("pk"), hash("sk")).build()),
                    "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
            assertInvalid(() -> ddb.createTable(provisionedTable("Bad")
                            .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("pk", ScalarAttributeType.N))
                            .keySchema(hash("pk")).build()),
                    "Attribute Name is duplicated: pk");
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad")
                            .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("extra", ScalarAttributeType.N))
                            .build()),
                    "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly "
                            + "match number of attributes defined in AttributeDefinitions");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void localIndexRules(Door door) {
        withClient(door, ddb -> {
            LocalSecondaryIndex byRating = LocalSecondaryIndex.builder().indexName("lsi1")
                    .keySchema(hash("pk"), range("rating")).projection(projectAll()).build();
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad")
                            .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("rating", ScalarAttributeType.N))
                            .localSecondaryIndexes(byRating).build()),
                    "One or more parameter values were invalid: Table KeySchema does not have a range key, which is "
                            + "required when specifying a LocalSecondaryIndex");
            assertInvalid(() -> ddb.createTable(withRating(provisionedTable("Bad"))
                            .localSecondaryIndexes(byRating.toBuilder().keySchema(hash("sk"), range("rating")).build())
                            .build()),
                    "One or more parameter values were invalid: Index KeySchema does not have the same leading hash "
                            + "key as table KeySchema for index: lsi1. index hash key: sk, table hash key: pk");
            assertInvalid(() -> ddb.createTable(withRating(provisionedTable("Bad"))
                            .localSecondaryIndexes(byRating.toBuilder().keySchema(hash("pk")).build()).build()),
                    "One or more parameter values were invalid: Index KeySchema does not have a range key for index: lsi1");
            assertInvalid(() -> ddb.createTable(withRating(provisionedTable("Bad"))
                            .localSecondaryIndexes(IntStream.range(0, 6).mapToObj(i ->
                                    byRating.toBuilder().indexName("lsi" + i).build()).toList()).build()),
                    "One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table "
                            + "limit of 5");
            assertInvalid(() -> ddb.createTable(withRating(provisionedTable("Bad"))
                            .localSecondaryIndexes(List.of()).build()),
                    "One or more parameter values were invalid: List of LocalSecondaryIndexes is empty");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void globalIndexRules(Door door) {
        withClient(door, ddb -> {
            GlobalSecondaryIndex byG = GlobalSecondaryIndex.builder().indexName("sameIndex")
                    .keySchema(hash("g")).projection(projectAll()).build();
            assertInvalid(() -> ddb.createTable(withG(onDemandTable("Bad"))
                            .globalSecondaryIndexes(byG.toBuilder().provisionedThroughput(capacity(1, 1)).build()).build()),
                    "One or more parameter values were invalid: ProvisionedThroughput should not be specified for "
                            + "index: sameIndex when BillingMode is PAY_PER_REQUEST");
            assertInvalid(() -> ddb.createTable(withG(provisionedTable("Bad")).keySchema(hash("pk"))
                            .globalSecondaryIndexes(byG).build()),
                    "One or more parameter values were invalid: ProvisionedThroughput is not specified for index: "
                            + "sameIndex");
            assertInvalid(() -> ddb.createTable(withG(onDemandTable("Bad")).globalSecondaryIndexes(byG, byG).build()),
                    "One or more parameter values were invalid: Duplicate index name: sameIndex");
            assertInvalid(() -> ddb.createTable(withG(onDemandTable("Bad")).globalSecondaryIndexes(IntStream.range(0, 21)
                            .mapToObj(i -> byG.toBuilder().indexName("gsi" + i).build()).toList()).build()),
                    "One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table "
                            + "limit of 20");
            assertInvalid(() -> ddb.createTable(withG(onDemandTable("Bad")).globalSecondaryIndexes(byG.toBuilder()
                            .keySchema(hash("missing")).build()).build()),
                    "One or more parameter values were invalid: Some index key attributes are not defined in "
                            + "AttributeDefinitions. Keys: [missing], AttributeDefinitions: [pk, g]");
            assertInvalid(() -> ddb.createTable(withG(onDemandTable("Bad")).globalSecondaryIndexes(List.of()).build()),
                    "One or more parameter values were invalid: List of GlobalSecondaryIndexes is empty");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void projectionRules(Door door) {
        withClient(door, ddb -> {
            GlobalSecondaryIndex byG = GlobalSecondaryIndex.builder().indexName("gsi1").keySchema(hash("g")).build();
            assertInvalid(() -> ddb.createTable(withG(onDemandTable("Bad")).globalSecondaryIndexes(byG.toBuilder()
                            .projection(p -> p.projectionType(ProjectionType.INCLUDE)).build()).build()),
                    "One or more parameter values were invalid: ProjectionType is INCLUDE, but NonKeyAttributes is "
                            + "not specified");
            assertInvalid(() -> ddb.createTable(withG(onDemandTable("Bad")).globalSecondaryIndexes(byG.toBuilder()
                            .projection(p -> p.projectionType(ProjectionType.KEYS_ONLY).nonKeyAttributes("x")).build())
                            .build()),
                    "One or more parameter values were invalid: ProjectionType is KEYS_ONLY, but NonKeyAttributes "
                            + "is specified");
            assertInvalid(() -> ddb.createTable(withG(onDemandTable("Bad")).globalSecondaryIndexes(byG.toBuilder()
                            .projection(p -> p.nonKeyAttributes("x")).build()).build()),
                    "One or more parameter values were invalid: Unknown ProjectionType: null");
            List<GlobalSecondaryIndex> wide = IntStream.range(0, 6).mapToObj(i -> byG.toBuilder().indexName("gsi" + i)
                    .projection(p -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes(IntStream.range(0, 17)
                            .mapToObj(a -> "a" + a).toList())).build()).toList();
            assertInvalid(() -> ddb.createTable(withG(onDemandTable("Bad")).globalSecondaryIndexes(wide).build()),
                    "One or more parameter values were invalid: Number of projected attributes in all indexes "
                            + "exceeds limit of 100");
        });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void streamEncryptionClassAndTagRules(Door door) {
        withClient(door, ddb -> {
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad")
                            .streamSpecification(s -> s.streamEnabled(false).streamViewType(StreamViewType.NEW_IMAGE))
                            .build()),
                    "One or more parameter values were invalid: Table is being created with a stream disabled, "
                            + "UpdateViewType should not be specified");
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").streamSpecification(s -> s.streamEnabled(true))
                            .build()),
                    "One or more parameter values were invalid: Table is being created with a stream enabled, "
                            + "UpdateViewType is required");
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").sseSpecification(s -> s.enabled(false)
                            .sseType(SSEType.KMS)).build()),
                    "One or more parameter values were invalid: SSEType can not be specified if Enabled is false");
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").tableClass("GLACIER").build()),
                    "Invalid table-class parameter provided. Please try again with a valid table-class value: "
                            + "[STANDARD, STANDARD_INFREQUENT_ACCESS].");
            assertInvalid(() -> ddb.createTable(onDemandTable("Bad").tags(Tag.builder().key("aws:owner").value("me")
                            .build()).build()),
                    "Tag Key cannot be prefixed with aws:, Key: aws:owner");
        });
    }

    private static CreateTableRequest.Builder withRating(
            CreateTableRequest.Builder builder) {
        return builder.attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                attribute("rating", ScalarAttributeType.N));
    }

    private static CreateTableRequest.Builder withG(
            CreateTableRequest.Builder builder) {
        return builder.attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("g", ScalarAttributeType.S));
    }
}
