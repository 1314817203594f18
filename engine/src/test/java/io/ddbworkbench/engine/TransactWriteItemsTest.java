package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ItemFixtures.COMPOSITE;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.INDEXED;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.clientWithTables;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.TransactionFixtures.assertCancelled;
import static io.ddbworkbench.engine.TransactionFixtures.assertTooManyActions;
import static io.ddbworkbench.engine.TransactionFixtures.check;
import static io.ddbworkbench.engine.TransactionFixtures.delete;
import static io.ddbworkbench.engine.TransactionFixtures.put;
import static io.ddbworkbench.engine.TransactionFixtures.putIf;
import static io.ddbworkbench.engine.TransactionFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.json.JsonFields;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import io.ddbworkbench.engine.protocol.WireResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

class TransactWriteItemsTest {
    private static Map<String, AttributeValue> get(DynamoDbClient ddb, String table, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = ddb.getItem(b -> b.tableName(table).key(key).consistentRead(true)).item();
        return item.isEmpty() ? null : item;
    }

    private static void transact(DynamoDbClient ddb, TransactWriteItem... actions) {
        ddb.transactWriteItems(b -> b.transactItems(actions));
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void appliesEveryActionAcrossTables(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("gone"))));
            ddb.putItem(b -> b.tableName(COMPOSITE).item(attrs("pk", s("a"), "sk", s("1"), "n", n("1"))));
            ddb.putItem(b -> b.tableName(COMPOSITE).item(attrs("pk", s("a"), "sk", s("2"), "phase", s("open"))));

            transact(ddb,
                    put(HASH, attrs("pk", s("new"), "v", s("x"))),
                    update(COMPOSITE, attrs("pk", s("a"), "sk", s("1")), "SET n = n + :one", "n = :one",
                            attrs(":one", n("1"))),
                    delete(HASH, attrs("pk", s("gone"))),
                    check(COMPOSITE, attrs("pk", s("a"), "sk", s("2")), "phase = :open", attrs(":open", s("open"))));

            assertThat(get(ddb, HASH, attrs("pk", s("new")))).isEqualTo(attrs("pk", s("new"), "v", s("x")));
            assertThat(get(ddb, COMPOSITE, attrs("pk", s("a"), "sk", s("1"))).get("n")).isEqualTo(n("2"));
            assertThat(get(ddb, HASH, attrs("pk", s("gone")))).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aFailedConditionCancelsEveryActionWithOneReasonEach(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("taken"), "v", s("old"))));
            TransactWriteItem conflicting = TransactWriteItem.builder().put(Put.builder().tableName(HASH)
                    .item(attrs("pk", s("taken"), "v", s("new"))).conditionExpression("attribute_not_exists(pk)")
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build()).build();

            List<CancellationReason> reasons = assertCancelled(() -> transact(ddb,
                    putIf(HASH, attrs("pk", s("fresh")), "attribute_not_exists(pk)"),
                    conflicting,
                    check(HASH, attrs("pk", s("nobody")), "attribute_exists(pk)")),
                    "None", "ConditionalCheckFailed", "ConditionalCheckFailed");

            assertThat(reasons.get(0).message()).isNull();
            assertThat(reasons.get(1).message()).isEqualTo("The conditional request failed");
            assertThat(reasons.get(1).item()).isEqualTo(attrs("pk", s("taken"), "v", s("old")));
            assertThat(reasons.get(2).hasItem()).as("the item is only returned when asked for").isFalse();
            assertThat(get(ddb, HASH, attrs("pk", s("fresh")))).as("nothing was written").isNull();
            assertThat(get(ddb, HASH, attrs("pk", s("taken"))).get("v")).isEqualTo(s("old"));
        }
    }

    @Test
    void theCancellationCarriesItsMessageAndReasonsAsTheServiceWritesThem() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("taken"))));
            WireResponse response = RawCalls.call(engine, "TransactWriteItems", "{\"TransactItems\":["
                    + "{\"Put\":{\"TableName\":\"Hash\",\"Item\":{\"pk\":{\"S\":\"free\"}}}},"
                    + "{\"Put\":{\"TableName\":\"Hash\",\"Item\":{\"pk\":{\"S\":\"taken\"}},"
                    + "\"ConditionExpression\":\"attribute_not_exists(pk)\"}}]}");

            assertThat(response.status()).isEqualTo(400);
            JsonObject body = (JsonObject) JsonParser.parse(response.body());
            assertThat(body.toString()).isEqualTo("{\"__type\":\"com.amazonaws.dynamodb.v20120810#"
                    + "TransactionCanceledException\",\"Message\":\"Transaction cancelled, please refer cancellation"
                    + " reasons for specific reasons [None, ConditionalCheckFailed]\",\"CancellationReasons\":["
                    + "{\"Code\":\"None\"},{\"Code\":\"ConditionalCheckFailed\","
                    + "\"Message\":\"The conditional request failed\"}]}");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anUpdateCreatesAnAbsentItemFromItsKey(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            transact(ddb, update(HASH, attrs("pk", s("counter")), "ADD hits :one", null, attrs(":one", n("1"))));
            transact(ddb, update(HASH, attrs("pk", s("counter")), "ADD hits :one", null, attrs(":one", n("1"))));

            assertThat(get(ddb, HASH, attrs("pk", s("counter")))).isEqualTo(attrs("pk", s("counter"), "hits", n("2")));
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void requestProblemsAreRefusedBeforeAnythingRuns(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            assertInvalid(() -> ddb.transactWriteItems(b -> b.transactItems(List.of())),
                    "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint:"
                            + " Member must have length greater than or equal to 1");
            assertInvalid(() -> transact(ddb, put(HASH, attrs("pk", s("same"))), delete(HASH, attrs("pk", s("same")))),
                    "Transaction request cannot include multiple operations on one item");
            assertInvalid(() -> transact(ddb, put(HASH, attrs("pk", s("a"))),
                            update("bad!name", attrs("pk", s("a")), "SET a = :a", null, attrs(":a", s("x")))),
                    "1 validation error detected: Value 'bad!name' at 'transactItems.2.member.update.tableName'"
                            + " failed to satisfy constraint: Member must satisfy regular expression pattern:"
                            + " [a-zA-Z0-9_.-]+");
            assertInvalid(() -> transact(ddb, TransactWriteItem.builder().build()),
                    "Invalid Request: TransactWriteRequest should contain Delete or Put or Update request");
            assertInvalid(() -> transact(ddb, TransactWriteItem.builder()
                            .put(Put.builder().tableName(HASH).item(attrs("pk", s("a"))).build())
                            .delete(b -> b.tableName(HASH).key(attrs("pk", s("b")))).build()),
                    "TransactItems can only contain one of Check, Put, Update or Delete");
            assertInvalid(() -> transact(ddb, check(HASH, attrs("pk", s("a")), "")),
                    "Invalid ConditionExpression: The expression can not be empty;");
            assertInvalid(() -> transact(ddb, check(HASH, attrs("pk", s("a")), "attribute_not_exists(")),
                    "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"(\"");
            assertFails(() -> transact(ddb, put("Missing", attrs("pk", s("a")))),
                    ResourceNotFoundException.class, "ResourceNotFoundException", "Requested resource not found");
        }
    }

    @Test
    void moreThanOneHundredActionsAreRefused() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            List<TransactWriteItem> actions = new ArrayList<>();
            for (int i = 0; i < 101; i++) {
                actions.add(put(HASH, attrs("pk", s("k" + i))));
            }
            assertTooManyActions(() -> ddb.transactWriteItems(b -> b.transactItems(actions)));
            transact(ddb, actions.subList(0, 100).toArray(TransactWriteItem[]::new));
            assertThat(engine.context().catalog().require(HASH).snapshot()).hasSize(100);
        }
    }

    @Test
    void anUnusedValueOnTheSecondActionRefusesTheWholeRequest() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            assertInvalid(() -> transact(ddb, put(HASH, attrs("pk", s("first"))), TransactWriteItem.builder()
                            .conditionCheck(b -> b.tableName(HASH).key(attrs("pk", s("c")))
                                    .conditionExpression("attribute_not_exists(pk)")
                                    .expressionAttributeValues(attrs(":v", s("x")))).build()),
                    "Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}");
            assertThat(get(ddb, HASH, attrs("pk", s("first")))).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void emptyKeyValuesAreRefusedUpFrontWrongTypesOnlyCancel(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            String emptyKey = "One or more parameter values are not valid. The AttributeValue for a key attribute"
                    + " cannot contain an empty string value. Key: pk";
            assertInvalid(() -> transact(ddb, put(HASH, attrs("pk", s("")))), emptyKey);
            assertInvalid(() -> transact(ddb, delete(HASH, attrs("pk", s("")))), emptyKey);
            assertInvalid(() -> transact(ddb, check(HASH, attrs("pk", s("")), "attribute_exists(pk)")), emptyKey);
            assertInvalid(() -> transact(ddb, put(INDEXED, attrs("pk", s("p"), "sk", s("1"), "gsiPk", s("")))),
                    "One or more parameter values are not valid. A value specified for a secondary index key is not"
                            + " supported. The AttributeValue for a key attribute cannot contain an empty string value."
                            + " IndexName: gsi-inc, IndexKey: gsiPk");
            assertInvalid(() -> transact(ddb, update(INDEXED, attrs("pk", s("p"), "sk", s("1")), "SET gsiPk = :v",
                            null, attrs(":v", s("")))),
                    "One or more parameter values are not valid. The update expression attempted to update a secondary"
                            + " index key to a value that is not supported. The AttributeValue for a key attribute"
                            + " cannot contain an empty string value.");

            assertThat(assertCancelled(() -> transact(ddb, put(HASH, attrs("pk", n("5")))), "ValidationError")
                    .get(0).message()).isEqualTo("One or more parameter values were invalid: Type mismatch for key pk"
                            + " expected: S actual: N");
            assertThat(assertCancelled(() -> transact(ddb, delete(HASH, attrs("pk", n("5")))), "ValidationError")
                    .get(0).message()).isEqualTo("The provided key element does not match the schema");
            assertThat(assertCancelled(() -> transact(ddb, put(HASH, attrs("pk", s("ok"))),
                            check(HASH, attrs("pk", AttributeValue.fromL(List.of(s("x")))), "attribute_exists(pk)")),
                    "None", "ValidationError").get(1).message())
                    .isEqualTo("The provided key element does not match the schema");
            assertThat(assertCancelled(() -> transact(ddb, put(INDEXED, attrs("pk", s("p"), "sk", s("1"),
                            "gsiPk", n("5")))), "ValidationError").get(0).message())
                    .isEqualTo("One or more parameter values were invalid: Type mismatch for Index Key gsiPk Expected:"
                            + " S Actual: N IndexName: gsi-inc");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aPutTooLargeIsRefusedAnUpdateTooLargeOnlyCancels(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            String big = "x".repeat(400 * 1024);
            assertInvalid(() -> transact(ddb, put(HASH, attrs("pk", s("big"), "p", s(big)))),
                    "Item size has exceeded the maximum allowed size");
            assertThat(assertCancelled(() -> transact(ddb, update(HASH, attrs("pk", s("big")), "SET p = :p", null,
                    attrs(":p", s(big)))), "ValidationError").get(0).message())
                    .isEqualTo("Item size to update has exceeded the maximum allowed size");

            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("text"), "t", s("abc"))));
            String singleItemMessage = assertThatThrownBy(() -> ddb.updateItem(b -> b.tableName(HASH)
                    .key(attrs("pk", s("text"))).updateExpression("SET t = t + :one")
                    .expressionAttributeValues(attrs(":one", n("1"))))).actual().getMessage();
            assertThat(assertCancelled(() -> transact(ddb, update(HASH, attrs("pk", s("text")), "SET t = t + :one",
                    null, attrs(":one", n("1")))), "ValidationError").get(0).message())
                    .as("an update that cannot be applied cancels with UpdateItem's own message")
                    .isEqualTo("An operand in the update expression has an incorrect data type")
                    .satisfies(message -> assertThat(singleItemMessage).startsWith(message));
        }
    }

    @Test
    void theItemsOfOneTransactionMayNotExceedFourMegabytes() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            String payload = "x".repeat(350_000);
            List<TransactWriteItem> actions = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                actions.add(put(HASH, attrs("pk", s("mb" + i), "payload", s(payload))));
            }
            assertInvalid(() -> transact(ddb, actions.toArray(TransactWriteItem[]::new)),
                    "Collection size of items exceeded, which can also be caused by the aggregate size of the items in"
                            + " the transaction exceeding the 4MB limit");
            transact(ddb, actions.subList(0, 10).toArray(TransactWriteItem[]::new));
            assertThat(engine.context().catalog().require(HASH).snapshot()).hasSize(10);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void itemCollectionMetricsAreReportedPerTableWithLocalIndexes(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            TransactWriteItemsResponse response = ddb.transactWriteItems(b -> b
                    .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                    .transactItems(put(INDEXED, attrs("pk", s("p"), "sk", s("1"))), put(HASH, attrs("pk", s("h")))));

            assertThat(response.itemCollectionMetrics()).containsOnlyKeys(INDEXED);
            assertThat(response.itemCollectionMetrics().get(INDEXED)).singleElement().satisfies(metrics -> {
                assertThat(metrics.itemCollectionKey()).isEqualTo(attrs("pk", s("p")));
                assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
            });
        }
    }

    @Test
    void aReplayUnderItsTokenReportsTheItemCollectionMetricsOfTheFirstRun() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
                    .clientRequestToken("replay-metrics")
                    .returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE)
                    .transactItems(put(INDEXED, attrs("pk", s("p"), "sk", s("1"))))
                    .build();
            TransactWriteItemsResponse first = ddb.transactWriteItems(request);
            TransactWriteItemsResponse replay = ddb.transactWriteItems(request);

            assertThat(first.itemCollectionMetrics()).containsOnlyKeys(INDEXED);
            assertThat(replay.itemCollectionMetrics()).isEqualTo(first.itemCollectionMetrics());
        }
    }

    @Test
    void aWriteThatWouldOverfillItsItemCollectionCancelsTheTransaction() {
        EngineOptions options = EngineOptions.builder().itemCollectionLimitBytes(5_000).build();
        try (DynamoDbEngine engine = DynamoDbEngine.create(options);
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            String payload = "x".repeat(1000);
            transact(ddb, put(INDEXED, attrs("pk", s("p"), "sk", s("1"), "lsiSk", s("l"), "payload", s(payload))),
                    put(INDEXED, attrs("pk", s("p"), "sk", s("2"), "lsiSk", s("l"), "payload", s(payload))));

            List<CancellationReason> reasons = assertCancelled(() -> transact(ddb,
                    put(HASH, attrs("pk", s("elsewhere"))),
                    put(INDEXED, attrs("pk", s("p"), "sk", s("3"), "lsiSk", s("l"), "payload", s(payload)))),
                    "None", "ItemCollectionSizeLimitExceeded");
            assertThat(reasons.get(1).message()).isEqualTo("Collection size exceeded");
            assertThat(get(ddb, HASH, attrs("pk", s("elsewhere")))).isNull();
            transact(ddb, delete(INDEXED, attrs("pk", s("p"), "sk", s("1"))),
                    put(INDEXED, attrs("pk", s("other"), "sk", s("1"), "lsiSk", s("l"), "payload", s(payload))));
        }
    }

    @Test
    void everyAnswerIsAKnownOneForAssembledRequests() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            String[] bodies = {"{}", "{\"TransactItems\":7}", "{\"TransactItems\":[7]}", "{\"TransactItems\":[null]}",
                "{\"TransactItems\":[{\"Put\":[]}]}", "{\"TransactItems\":[{\"Put\":{}}]}",
                "{\"TransactItems\":[{\"Update\":{\"TableName\":\"Hash\",\"Key\":{\"pk\":{\"S\":\"a\"}}}}]}",
                "{\"TransactItems\":[{\"Put\":{\"TableName\":\"Hash\",\"Item\":{\"pk\":{}}}}]}",
                "{\"TransactItems\":[{\"Put\":{\"TableName\":\"Hash\",\"Item\":{\"pk\":{\"S\":\"a\"}}}}],"
                        + "\"ClientRequestToken\":\"" + "t".repeat(37) + "\",\"ReturnConsumedCapacity\":\"BAD\"}"};
            for (String body : bodies) {
                WireResponse response = RawCalls.call(engine, "TransactWriteItems", body);
                assertThat(response.status()).as(body).isEqualTo(400);
                String type = JsonFields.string((JsonObject) JsonParser.parse(response.body()), "__type");
                assertThat(type).as(body).containsAnyOf("ValidationException", "SerializationException");
            }
            JsonObject refused = (JsonObject) JsonParser.parse(RawCalls.call(engine, "TransactWriteItems",
                    bodies[bodies.length - 1]).body());
            assertThat(JsonFields.string(refused, "message")).isEqualTo("2 validation errors detected: Value 'BAD' at"
                    + " 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set:"
                    + " [INDEXES, TOTAL, NONE]; Value '" + "t".repeat(37) + "' at 'clientRequestToken' failed to"
                    + " satisfy constraint: Member must have length less than or equal to 36");
        }
    }
}
