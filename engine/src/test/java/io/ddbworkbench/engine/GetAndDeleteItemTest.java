package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ItemFixtures.COMPOSITE;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ItemFixtures.assertConditionFails;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

class GetAndDeleteItemTest {
    private static final Map<String, AttributeValue> ITEM = attrs("pk", s("k"), "name", s("Ana"),
            "doc", AttributeValue.fromM(attrs("a", n("1"), "b", n("2"))),
            "l", AttributeValue.fromL(List.of(s("l0"), s("l1"), s("l2"))));

    private static DynamoDbClient client(Door door, DynamoDbEngine engine) {
        DynamoDbClient ddb = door.client(engine);
        ItemFixtures.createTables(ddb);
        ddb.putItem(b -> b.tableName(HASH).item(ITEM));
        return ddb;
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void getReturnsTheWholeItemOrTheProjectedParts(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k"))).consistentRead(true)).item())
                    .isEqualTo(ITEM);
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))
                    .projectionExpression("#n, doc.b, l[2], l[0]")
                    .expressionAttributeNames(Map.of("#n", "name"))).item())
                    .isEqualTo(attrs("name", s("Ana"), "doc", AttributeValue.fromM(attrs("b", n("2"))),
                            "l", AttributeValue.fromL(List.of(s("l0"), s("l2")))));
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))
                    .attributesToGet("name", "nope")).item())
                    .isEqualTo(attrs("name", s("Ana")));
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("absent")))).hasItem()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void getValidatesKeysAndProjections(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            String mismatch = "The provided key element does not match the schema";
            assertInvalid(() -> ddb.getItem(b -> b.tableName(COMPOSITE).key(attrs("pk", s("p")))), mismatch);
            assertInvalid(() -> ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("p"),
                    "extra", s("x")))), mismatch);
            assertInvalid(() -> ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", n("1")))), mismatch);
            assertInvalid(() -> ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("a".repeat(2049))))),
                    "One or more parameter values were invalid: Size of hashkey has exceeded"
                            + " the maximum size limit of2048 bytes");
            assertInvalid(() -> ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))
                            .projectionExpression("!!! INVALID !!!")),
                            "Invalid ProjectionExpression: Syntax error; token: \"!\", near: \"!!\"");
            assertInvalid(() -> ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))
                            .projectionExpression("pk, status")),
                    "Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: status");
            assertInvalid(() -> ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k"))).attributesToGet("name")
                            .projectionExpression("#n").expressionAttributeNames(Map.of("#n", "name"))),
                            "Can not use both expression and non-expression parameters in the same"
                            + " request: Non-expression parameters: {AttributesToGet} Expression parameters:"
                            + " {ProjectionExpression}");
            assertInvalid(() -> ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k"))).attributesToGet("a", "a")),
                    "One or more parameter values were invalid: Duplicate value in attribute name: a");
            assertInvalid(() -> ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))
                            .projectionExpression("pk.x")),
                    "Key attributes must be scalars; list random access '[]' and map lookup"
                            + " '.' are not allowed: Key: pk");
            assertFails(() -> ddb.getItem(b -> b.tableName("Nope").key(attrs("pk", s("k")))),
                    ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void deleteRemovesReturnsAndRespectsConditions(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            assertConditionFails(() -> ddb.deleteItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))
                            .conditionExpression("#n = :other").expressionAttributeNames(Map.of("#n", "name"))
                            .expressionAttributeValues(attrs(":other", s("Bob")))));
            DeleteItemResponse deleted = ddb.deleteItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))
                    .returnValues(ReturnValue.ALL_OLD));
            assertThat(deleted.attributes()).isEqualTo(ITEM);
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))).hasItem()).isFalse();
            DeleteItemResponse again = ddb.deleteItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))
                    .returnValues(ReturnValue.ALL_OLD));
            assertThat(again.hasAttributes()).isFalse();
            assertInvalid(() -> ddb.deleteItem(b -> b.tableName(COMPOSITE).key(attrs("pk", s("k")))),
                    "The provided key element does not match the schema");
            assertInvalid(() -> ddb.deleteItem(b -> b.tableName(HASH).key(attrs("pk", s("k")))
                            .returnValues(ReturnValue.UPDATED_NEW)), "ReturnValues can only be ALL_OLD or NONE");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void legacyExpectedConditions(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            Map<String, AttributeValue> key = attrs("pk", s("k"));
            assertConditionFails(() -> ddb.putItem(b -> b.tableName(HASH).item(key)
                            .expected(Map.of("pk", ExpectedAttributeValue.builder().exists(false).build()))));
            ddb.putItem(b -> b.tableName(HASH).item(ITEM).expected(Map.of(
                    "name", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.BEGINS_WITH)
                            .attributeValueList(s("An")).build())));
            ddb.putItem(b -> b.tableName(HASH).item(ITEM).conditionalOperator(ConditionalOperator.OR).expected(Map.of(
                    "name", ExpectedAttributeValue.builder().value(s("Bob")).build(),
                    "l", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.CONTAINS)
                            .attributeValueList(s("l1")).build())));
            assertConditionFails(() -> ddb.deleteItem(b -> b.tableName(HASH).key(key).expected(Map.of(
                            "name", ExpectedAttributeValue.builder().value(s("Bob")).build(),
                            "l", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.NOT_NULL).build()))));
            assertInvalid(() -> ddb.deleteItem(b -> b.tableName(HASH).key(key).expected(Map.of(
                            "name", ExpectedAttributeValue.builder().exists(true).build()))),
                            "One or more parameter values were invalid: Value must be provided when"
                            + " Exists is true for Attribute: name");
            assertInvalid(() -> ddb.deleteItem(b -> b.tableName(HASH).key(key).expected(Map.of(
                            "name", ExpectedAttributeValue.builder().exists(false).value(s("x")).build()))),
                            "One or more parameter values were invalid: Value cannot be used when"
                            + " Exists is false for Attribute: name");
            assertInvalid(() -> ddb.deleteItem(b -> b.tableName(HASH).key(key).expected(Map.of(
                            "name", ExpectedAttributeValue.builder().comparisonOperator(ComparisonOperator.BETWEEN)
                                    .attributeValueList(s("x")).build()))),
                                    "One or more parameter values were invalid: Invalid number of argument(s)"
                            + " for the BETWEEN ComparisonOperator");
            assertInvalid(() -> ddb.deleteItem(b -> b.tableName(HASH).key(key).expected(Map.of(
                            "name", ExpectedAttributeValue.builder().comparisonOperator("BAD").build()))),
                            "1 validation error detected: Value 'BAD' at"
                            + " 'expected.name.member.comparisonOperator' failed to satisfy constraint: Member must"
                            + " satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE,"
                            + " BEGINS_WITH, GE, CONTAINS]");
            ddb.deleteItem(b -> b.tableName(HASH).key(key).expected(Map.of(
                    "name", ExpectedAttributeValue.builder().value(s("Ana")).build())));
            assertThat(ddb.getItem(b -> b.tableName(HASH).key(key)).hasItem()).isFalse();
        }
    }
}
