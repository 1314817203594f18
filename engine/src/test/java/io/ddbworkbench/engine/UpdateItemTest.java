package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ItemFixtures.COMPOSITE;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.INDEXED;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.table.ItemChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

class UpdateItemTest {
    private static final Map<String, AttributeValue> KEY = attrs("pk", s("k"));

    private static DynamoDbClient client(Door door, DynamoDbEngine engine) {
        DynamoDbClient ddb = door.client(engine);
        ItemFixtures.createTables(ddb);
        return ddb;
    }

    private static UpdateItemResponse update(DynamoDbClient ddb, String expression, Map<String, AttributeValue> values,
                                             ReturnValue returnValue) {
        return ddb.updateItem(UpdateItemRequest.builder().tableName(HASH).key(KEY).updateExpression(expression)
                .expressionAttributeValues(values).returnValues(returnValue).build());
    }

    private static Map<String, AttributeValue> stored(DynamoDbClient ddb) {
        return ddb.getItem(b -> b.tableName(HASH).key(KEY)).item();
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void createsTheItemFromItsKeyAndAppliesEveryClause(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            UpdateItemResponse created = update(ddb, "SET hits = if_not_exists(hits, :zero) + :one, tags = :tags,"
                    + " labels = :tags, doc = :doc, l = :l", attrs(":zero", n("0"), ":one", n("1"),
                    ":tags", AttributeValue.fromSs(List.of("a", "b")), ":doc", AttributeValue.fromM(attrs("x", n("1"))),
                    ":l", AttributeValue.fromL(List.of(s("a"), s("b"), s("c")))), ReturnValue.ALL_NEW);
            assertThat(created.attributes()).containsEntry("pk", s("k")).containsEntry("hits", n("1"));

            update(ddb, "SET doc.y = :two, l[9] = :z REMOVE l[0] ADD hits :one, tags :c DELETE labels :a",
                    attrs(":two", n("2"), ":z", s("z"), ":one", n("1"), ":c", AttributeValue.fromSs(List.of("c")),
                            ":a", AttributeValue.fromSs(List.of("a"))), ReturnValue.NONE);
            Map<String, AttributeValue> item = stored(ddb);
            assertThat(item.get("hits")).isEqualTo(n("2"));
            assertThat(item.get("tags").ss()).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(item.get("labels").ss()).containsExactly("b");
            assertThat(item.get("doc")).isEqualTo(AttributeValue.fromM(attrs("x", n("1"), "y", n("2"))));
            assertThat(item.get("l")).isEqualTo(AttributeValue.fromL(List.of(s("b"), s("c"), s("z"))));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void returnValuesShowTheRequestedPart(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "a", s("1"), "b", s("1"),
                    "m", AttributeValue.fromM(attrs("x", n("1"), "y", n("1"))))));
            Map<String, AttributeValue> values = attrs(":v", s("2"), ":n", n("5"));
            assertThat(update(ddb, "SET a = :v", values.entrySet().stream().filter(e -> e.getKey().equals(":v"))
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                    ReturnValue.UPDATED_OLD).attributes()).isEqualTo(attrs("a", s("1")));
            assertThat(update(ddb, "SET m.x = :n REMOVE b", attrs(":n", n("5")), ReturnValue.UPDATED_NEW).attributes())
                    .isEqualTo(attrs("m", AttributeValue.fromM(attrs("x", n("5")))));
            assertThat(update(ddb, "SET c = :n", attrs(":n", n("5")), ReturnValue.ALL_OLD).attributes())
                    .isEqualTo(attrs("pk", s("k"), "a", s("2"), "m", AttributeValue.fromM(attrs("x", n("5"),
                    "y", n("1")))));
            assertThat(update(ddb, "REMOVE c", null, ReturnValue.UPDATED_NEW).hasAttributes())
                    .as("nothing left at the updated path").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aFailedConditionChangesNothingAndMayReturnTheItem(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "version", n("5"))));
            assertThatThrownBy(() -> ddb.updateItem(b -> b.tableName(HASH).key(KEY)
                    .updateExpression("SET version = version + :one")
                    .conditionExpression("version = :expected")
                    .expressionAttributeValues(attrs(":one", n("1"), ":expected", n("4")))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                    .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The conditional request failed");
                        assertThat(e.item()).isEqualTo(attrs("pk", s("k"), "version", n("5")));
                    });
            assertThat(stored(ddb).get("version")).isEqualTo(n("5"));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anUpdateThatChangesNothingCommitsNothing(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "a", s("same"))));
            List<ItemChange> commits = new ArrayList<>();
            engine.context().writer().addListener(commits::addAll);
            update(ddb, "SET a = :v", attrs(":v", s("same")), ReturnValue.NONE);
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "a", s("same"))));
            ddb.deleteItem(b -> b.tableName(HASH).key(attrs("pk", s("absent"))));
            assertThat(commits).isEmpty();
            update(ddb, "SET a = :v", attrs(":v", s("changed")), ReturnValue.NONE);
            assertThat(commits).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void expressionErrorsUseTheServiceWords(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            assertInvalid(() -> update(ddb, "SET pk = :v", attrs(":v", s("x")), ReturnValue.NONE),
                    "One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of"
                            + " the key");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(COMPOSITE).key(attrs("pk", s("p"), "sk", s("s")))
                            .updateExpression("SET sk = :v").expressionAttributeValues(attrs(":v", s("x")))),
                            "One or more parameter values were invalid: Cannot update attribute sk."
                            + " This attribute is part of the key");
            assertInvalid(() -> update(ddb, "INVALID SYNTAX HERE", attrs(":v", s("x")), ReturnValue.NONE),
                    "Invalid UpdateExpression: Syntax error; token: \"INVALID\", near: \"INVALID SYNTAX\"");
            assertInvalid(() -> update(ddb, "", null, ReturnValue.NONE),
                    "Invalid UpdateExpression: The expression can not be empty;");
            assertInvalid(() -> update(ddb, "SET attr1 = :v", null, ReturnValue.NONE),
                    "Invalid UpdateExpression: An expression attribute value used in expression is not defined;"
                            + " attribute value: :v");
            assertInvalid(() -> update(ddb, "SET attr1 = :v", attrs(":v", s("x"), ":unused", s("y")), ReturnValue.NONE),
                    "Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(HASH).key(KEY).updateExpression("SET attr1 = :v")
                            .expressionAttributeValues(attrs(":v", s("x")))
                            .expressionAttributeNames(Map.of("#unused", "u"))),
                            "Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(HASH).key(KEY).updateExpression("SET attr1 = :v")
                            .expressionAttributeValues(attrs(":v", s("x")))
                            .attributeUpdates(Map.of("attr1", AttributeValueUpdate.builder().value(s("x"))
                                    .action(AttributeAction.PUT).build()))),
                                    "Can not use both expression and non-expression parameters in the same"
                            + " request: Non-expression parameters: {AttributeUpdates} Expression parameters:"
                            + " {UpdateExpression}");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(HASH).key(KEY)
                            .expressionAttributeValues(attrs(":v", s("x")))),
                    "ExpressionAttributeValues can only be specified when using expressions:"
                            + " UpdateExpression and ConditionExpression are null");
            assertInvalid(() -> update(ddb, "ADD a :v", attrs(":v", s("x")), ReturnValue.NONE),
                    "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD,"
                            + " operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void errorsFoundWhileApplying(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "text", s("t"), "big",
                    n("9.9999999999999999999999999999999999999E+125"))));
            assertInvalid(() -> update(ddb, "SET a.b = :v", attrs(":v", s("x")), ReturnValue.NONE),
                    "The document path provided in the update expression is invalid for update");
            assertInvalid(() -> update(ddb, "SET a = nothing", null, ReturnValue.NONE),
                    "The provided expression refers to an attribute that does not exist in the item");
            assertInvalid(() -> update(ddb, "SET a = #t + :one", null, ReturnValue.NONE),
                    "Invalid UpdateExpression: An expression attribute name used in the document path is not defined;"
                            + " attribute name: #t");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(HASH).key(KEY).updateExpression("SET a = #t + :one")
                            .expressionAttributeNames(Map.of("#t", "text"))
                            .expressionAttributeValues(attrs(":one", n("1")))),
                            "An operand in the update expression has an incorrect data type");
            assertInvalid(() -> update(ddb, "SET big = big + big", null, ReturnValue.NONE),
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void updatesAreMeasuredAgainstTheLimitWithTheUpdateWording(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            // At a one-byte key value the statement's own charge binds: 409,600 - 19 is the largest finished item.
            int largestValue = 409_600 - 19 - 3 - 1;
            update(ddb, "SET b = :pad", attrs(":pad", s("x".repeat(largestValue))), ReturnValue.NONE);
            assertThat(stored(ddb).get("b").s()).hasSize(largestValue);
            assertInvalid(() -> update(ddb, "SET b = :pad", attrs(":pad", s("x".repeat(largestValue + 1))),
                    ReturnValue.NONE), "Item size to update has exceeded the maximum allowed size");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void indexKeysAreCheckedBeforeAndAfterTheUpdate(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            Map<String, AttributeValue> key = attrs("pk", s("p"), "sk", s("s"));
            ddb.putItem(b -> b.tableName(INDEXED).item(attrs("pk", s("p"), "sk", s("s"), "num", n("1"),
                    "doc", AttributeValue.fromM(attrs("x", n("1"))))));
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(INDEXED).key(key).updateExpression("SET gsiPk = :n")
                            .expressionAttributeValues(attrs(":n", n("1")))),
                            "One or more parameter values were invalid: Type mismatch for Index Key"
                            + " gsiPk Expected: S Actual: N IndexName: gsi-inc");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(INDEXED).key(key).updateExpression("SET lsiSk = num")),
                    "The update expression attempted to update the secondary index key to unsupported type");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(INDEXED).key(key).updateExpression("SET gsiPk.x = :n")
                            .expressionAttributeValues(attrs(":n", n("1")))),
                            "Key attributes must be scalars; list random access '[]' and map lookup"
                            + " '.' are not allowed: IndexKey: gsiPk");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void legacyAttributeUpdates(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = client(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("k"), "n", n("10"),
                    "tags", AttributeValue.fromSs(List.of("a", "b", "c")), "gone", s("x"))));
            UpdateItemResponse response = ddb.updateItem(b -> b.tableName(HASH).key(KEY)
                    .attributeUpdates(Map.of(
                            "n", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("5")).build(),
                            "tags", AttributeValueUpdate.builder().action(AttributeAction.DELETE)
                                    .value(AttributeValue.fromSs(List.of("b"))).build(),
                            "gone", AttributeValueUpdate.builder().action(AttributeAction.DELETE).build(),
                            "l", AttributeValueUpdate.builder().action(AttributeAction.ADD)
                                    .value(AttributeValue.fromL(List.of(s("x")))).build(),
                            "name", AttributeValueUpdate.builder().value(s("new")).build()))
                    .returnValues(ReturnValue.UPDATED_NEW));
            assertThat(response.attributes()).containsEntry("n", n("15")).containsEntry("name", s("new"))
                    .containsEntry("l", AttributeValue.fromL(List.of(s("x")))).doesNotContainKey("gone");
            assertThat(stored(ddb).get("tags").ss()).containsExactlyInAnyOrder("a", "c");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(HASH).key(KEY).attributeUpdates(Map.of("tags",
                            AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("1")).build()))),
                            "Type mismatch for attribute to update");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(HASH).key(KEY).attributeUpdates(Map.of("x",
                            AttributeValueUpdate.builder().action(AttributeAction.ADD).value(s("1")).build()))),
                            "One or more parameter values were invalid: ADD action is not supported"
                            + " for the type S");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(HASH).key(KEY).attributeUpdates(Map.of("x",
                            AttributeValueUpdate.builder().action(AttributeAction.PUT).build()))),
                            "One or more parameter values were invalid: Only DELETE action is allowed"
                            + " when no attribute value is specified");
            assertInvalid(() -> ddb.updateItem(b -> b.tableName(HASH).key(KEY).attributeUpdates(Map.of("pk",
                            AttributeValueUpdate.builder().value(s("other")).build()))),
                            "One or more parameter values were invalid: Cannot update attribute pk."
                            + " This attribute is part of the key");
        }
    }
}
