package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ItemFixtures.COMPOSITE;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.INDEXED;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ItemFixtures.assertConditionFails;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;

class PutItemTest {

    private static DynamoDbEngine engine() {
        return DynamoDbEngine.create();
    }

    private static DynamoDbClient client(Door door, DynamoDbEngine engine) {
        DynamoDbClient ddb = door.client(engine);
        ItemFixtures.createTables(ddb);
        return ddb;
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void replacesTheWholeItemAndReturnsTheOldOneOnRequest(Door door) {
        try (DynamoDbEngine engine = engine(); DynamoDbClient ddb = client(door, engine)) {
            PutItemResponse first = ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "a", s("1")))
                    .returnValues(ReturnValue.ALL_OLD));
            assertThat(first.hasAttributes()).isFalse();
            PutItemResponse second = ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "b", s("2")))
                    .returnValues(ReturnValue.ALL_OLD));
            assertThat(second.attributes()).isEqualTo(attrs("pk", s("k"), "a", s("1")));
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))).item())
                    .isEqualTo(attrs("pk", s("k"), "b", s("2")));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void conditionsDecideAndAFailureCanCarryTheItem(Door door) {
        try (DynamoDbEngine engine = engine(); DynamoDbClient ddb = client(door, engine)) {
            Map<String, AttributeValue> original = attrs("pk", s("k"), "v", n("1"));
            ddb.putItem(b -> b.tableName(HASH).item(original).conditionExpression("attribute_not_exists(pk)"));
            assertConditionFails(() -> ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "v", n("2")))
                            .conditionExpression("attribute_not_exists(pk)")));
            assertThatThrownBy(() -> ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "v", n("2")))
                    .conditionExpression("v = :two").expressionAttributeValues(attrs(":two", n("2")))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                    .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                            e -> assertThat(e.item()).isEqualTo(original));
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "v", n("3")))
                    .conditionExpression("v = :one").expressionAttributeValues(attrs(":one", n("1"))));
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))).item().get("v")).isEqualTo(n("3"));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void expressionAndLegacyParametersFollowTheServiceRules(Door door) {
        try (DynamoDbEngine engine = engine(); DynamoDbClient ddb = client(door, engine)) {
            Map<String, AttributeValue> item = attrs("pk", s("k"));
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(item)
                            .expected(Map.of("pk", software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue
                                    .builder().exists(false).build()))
                            .conditionExpression("attribute_not_exists(pk)")),
                            "Can not use both expression and non-expression parameters in the same"
                            + " request: Non-expression parameters: {Expected} Expression parameters:"
                            + " {ConditionExpression}");
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(item)
                            .expressionAttributeValues(attrs(":v", s("x")))),
                            "ExpressionAttributeValues can only be specified when using expressions:"
                                    + " ConditionExpression is null");
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(item)
                            .expressionAttributeNames(Map.of("#a", "a"))),
                            "ExpressionAttributeNames can only be specified when using expressions");
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(item)
                            .conditionExpression("((attribute_not_exists(pk)))")),
                    "Invalid ConditionExpression: The expression has redundant parentheses;");
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(item).conditionExpression("status = :v")
                            .expressionAttributeValues(attrs(":v", s("x")))),
                            "Invalid ConditionExpression: Attribute name is a reserved keyword;"
                                    + " reserved keyword: status");
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(item).returnValues(ReturnValue.ALL_NEW)),
                    "ReturnValues can only be ALL_OLD or NONE");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void constraintViolationsAreListedTogether(Door door) {
        try (DynamoDbEngine engine = engine(); DynamoDbClient ddb = client(door, engine)) {
            assertInvalid(() -> ddb.putItem(b -> b.tableName("x!").item(attrs("pk", s("k")))
                            .returnConsumedCapacity("INVALID").returnItemCollectionMetrics("INVALID")
                            .returnValues("INVALID")), "4 validation errors detected: "
                            + "Value 'INVALID' at 'returnConsumedCapacity' failed to satisfy constraint: Member must"
                            + " satisfy enum value set: [INDEXES, TOTAL, NONE]; "
                            + "Value 'x!' at 'tableName' failed to satisfy constraint: Member must satisfy regular"
                            + " expression pattern: [a-zA-Z0-9_.-]+; "
                            + "Value 'INVALID' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member"
                            + " must satisfy enum value set: [SIZE, NONE]; "
                            + "Value 'INVALID' at 'returnValues' failed to satisfy constraint: Member must satisfy"
                            + " enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void keyAttributesMustBePresentTypedNonEmptyAndShortEnough(Door door) {
        try (DynamoDbEngine engine = engine(); DynamoDbClient ddb = client(door, engine)) {
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(attrs("other", s("x")))),
                    "One or more parameter values were invalid: Missing the key pk in the item");
            assertInvalid(() -> ddb.putItem(b -> b.tableName(COMPOSITE).item(attrs("pk", s("x")))),
                    "One or more parameter values were invalid: Missing the key sk in the item");
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", n("1")))),
                    "One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N");
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("")))),
                    "One or more parameter values are not valid. The AttributeValue for a key"
                            + " attribute cannot contain an empty string value. Key: pk");
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("a".repeat(2048)))));
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("a".repeat(2049))))),
                    "One or more parameter values were invalid: Size of hashkey has exceeded"
                            + " the maximum size limit of2048 bytes");
            ddb.putItem(b -> b.tableName(COMPOSITE).item(attrs("pk", s("p"), "sk", s("b".repeat(1024)))));
            assertInvalid(() -> ddb.putItem(b -> b.tableName(COMPOSITE)
                            .item(attrs("pk", s("p"), "sk", s("b".repeat(1025))))),
                    "One or more parameter values were invalid: Aggregated size of all range"
                            + " keys has exceeded the size limit of 1024 bytes");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void emptyBinaryKeysAreRefusedToo(Door door) {
        try (DynamoDbEngine engine = engine(); DynamoDbClient ddb = door.client(engine)) {
            ddb.createTable(b -> b.tableName("Bin")
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                            .attributeType(ScalarAttributeType.B).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
            assertInvalid(() -> ddb.putItem(b -> b.tableName("Bin")
                            .item(attrs("pk", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[0]))))),
                            "One or more parameter values are not valid. The AttributeValue for a key"
                            + " attribute cannot contain an empty binary value. Key: pk");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void theItemSizeLimitIsExactly400KiB(Door door) {
        try (DynamoDbEngine engine = engine(); DynamoDbClient ddb = client(door, engine)) {
            // "pk" + "k" = 3 bytes, "p" = 1 byte: the string makes up the rest
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "p", s("x".repeat(409_600 - 4)))));
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH)
                            .item(attrs("pk", s("k"), "p", s("x".repeat(409_600 - 3))))),
                            "Item size has exceeded the maximum allowed size");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void indexKeysMustHaveTheirTypeAndNotBeEmpty(Door door) {
        try (DynamoDbEngine engine = engine(); DynamoDbClient ddb = client(door, engine)) {
            assertInvalid(() -> ddb.putItem(b -> b.tableName(INDEXED)
                            .item(attrs("pk", s("p"), "sk", s("s"), "gsiPk", n("1")))),
                            "One or more parameter values were invalid: Type mismatch for Index Key"
                            + " gsiPk Expected: S Actual: N IndexName: gsi-inc");
            assertInvalid(() -> ddb.putItem(b -> b.tableName(INDEXED)
                            .item(attrs("pk", s("p"), "sk", s("s"), "lsiSk", s("")))),
                            "One or more parameter values are not valid. A value specified for a"
                            + " secondary index key is not supported. The AttributeValue for a key attribute cannot"
                            + " contain an empty string value. IndexName: lsi1, IndexKey: lsiSk");
            ddb.putItem(b -> b.tableName(INDEXED).item(attrs("pk", s("p"), "sk", s("s"), "other", n("1"))));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anIndexKeySharedByIndexesIsReportedUnderTheAlphabeticallyFirstIndex(Door door) {
        try (DynamoDbEngine engine = engine(); DynamoDbClient ddb = door.client(engine)) {
            // the local index is declared first, but the service names gsi1: index names sort, kinds do not
            ddb.createTable(b -> b.tableName("Shared")
                    .attributeDefinitions(ControlPlaneFixtures.attribute("pk", ScalarAttributeType.S),
                            ControlPlaneFixtures.attribute("sk", ScalarAttributeType.S),
                            ControlPlaneFixtures.attribute("alt", ScalarAttributeType.S))
                    .keySchema(ControlPlaneFixtures.hash("pk"), ControlPlaneFixtures.range("sk"))
                    .billingMode(BillingMode.PAY_PER_REQUEST)
                    .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("lsi1")
                            .keySchema(ControlPlaneFixtures.hash("pk"), ControlPlaneFixtures.range("alt"))
                            .projection(ControlPlaneFixtures.projectAll()).build())
                    .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi1")
                            .keySchema(ControlPlaneFixtures.hash("alt"))
                            .projection(ControlPlaneFixtures.projectAll()).build()));
            assertInvalid(() -> ddb.putItem(b -> b.tableName("Shared")
                            .item(attrs("pk", s("p"), "sk", s("a"), "alt", n("5")))),
                    "One or more parameter values were invalid: Type mismatch for Index Key alt Expected: S"
                            + " Actual: N IndexName: gsi1");
            assertInvalid(() -> ddb.putItem(b -> b.tableName("Shared")
                            .item(attrs("pk", s("p"), "sk", s("c"), "alt", s("")))),
                    "One or more parameter values are not valid. A value specified for a secondary index key is"
                            + " not supported. The AttributeValue for a key attribute cannot contain an empty string"
                            + " value. IndexName: gsi1, IndexKey: alt");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void nestingDeeperThan32LevelsIsRefused(Door door) {
        try (DynamoDbEngine engine = engine(); DynamoDbClient ddb = client(door, engine)) {
            AttributeValue deep = s("leaf");
            for (int level = 0; level < 32; level++) {
                deep = AttributeValue.fromL(java.util.List.of(deep));
            }
            AttributeValue tooDeep = deep;
            assertInvalid(() -> ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "d", tooDeep))),
                    "Nesting Levels have exceeded supported limits: Attributes in the item"
                            + " have nested levels beyond supported limit");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void missingOrNotYetActiveTablesAreNotFound(Door door) {
        EngineOptions slow = EngineOptions.builder().transientStatusDelay(Duration.ofHours(1)).build();
        try (DynamoDbEngine engine = DynamoDbEngine.create(slow); DynamoDbClient ddb = door.client(engine)) {
            assertFails(() -> ddb.putItem(b -> b.tableName("Nope").item(attrs("pk", s("k")))),
                    ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found");
            ddb.createTable(b -> b.tableName("Creating")
                    .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
                            .attributeType(ScalarAttributeType.S).build())
                    .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                    .billingMode(BillingMode.PAY_PER_REQUEST));
            assertFails(() -> ddb.putItem(b -> b.tableName("Creating").item(attrs("pk", s("k")))),
                    ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found");
        }
    }
}
