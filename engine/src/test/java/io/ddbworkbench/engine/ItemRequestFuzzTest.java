package io.ddbworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import io.ddbworkbench.engine.json.JsonString;
import io.ddbworkbench.engine.protocol.WireRequest;
import io.ddbworkbench.engine.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Property-style check of the item operations: requests assembled at random (fixed seed) from pools of valid
 * and invalid values for every parameter are answered with 200 or with a 400 of a known type, never a 500,
 * and every kind of outcome is reached.
 */
class ItemRequestFuzzTest {
    private static final long SEED = 7_140_611L;
    private static final int ROUNDS = 3_000;
    private static final Set<String> EXPECTED_ERRORS = Set.of("ValidationException", "SerializationException",
            "ResourceNotFoundException", "ConditionalCheckFailedException");
    private static final List<String> OPERATIONS = List.of("PutItem", "GetItem", "UpdateItem", "DeleteItem");

    private static final List<String> TABLES = List.of("\"Hash\"", "\"Composite\"", "\"Indexed\"", "\"Nope\"",
            "\"\"", "\"x!\"", "null", "7");
    private static final List<String> KEYS = List.of(
            "{\"pk\":{\"S\":\"a\"}}", "{\"pk\":{\"S\":\"b\"},\"sk\":{\"S\":\"1\"}}", "{\"pk\":{\"N\":\"1\"}}",
            "{\"pk\":{\"S\":\"\"}}", "{\"pk\":{\"S\":\"a\"},\"x\":{\"S\":\"y\"}}", "{}", "{\"pk\":{}}",
            "{\"pk\":{\"SS\":[]}}", "{\"pk\":{\"S\":\"a\",\"N\":\"1\"}}", "[]", "\"pk\"", "null");
    private static final List<String> ITEMS = List.of(
            "{\"pk\":{\"S\":\"a\"},\"v\":{\"N\":\"1\"},\"l\":{\"L\":[{\"S\":\"x\"}]},\"m\":{\"M\":{\"k\":{\"N\":\"2\"}}}}",
            "{\"pk\":{\"S\":\"b\"},\"sk\":{\"S\":\"1\"},\"gsiPk\":{\"S\":\"g\"},\"lsiSk\":{\"S\":\"l\"}}",
            "{\"pk\":{\"S\":\"b\"},\"sk\":{\"S\":\"1\"},\"gsiPk\":{\"N\":\"1\"}}",
            "{\"pk\":{\"S\":\"a\"},\"bad\":{\"NS\":[\"1\",\"1\"]}}", "{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1e200\"}}",
            "{\"other\":{\"S\":\"x\"}}", "{\"pk\":{\"B\":\"not base64!\"}}", "{}", "[1]", "null");
    private static final List<String> CONDITIONS = List.of(
            "\"attribute_not_exists(pk)\"", "\"attribute_exists(pk) AND v = :n\"", "\"v BETWEEN :n AND :m\"",
            "\"contains(l, :s) OR size(m) > :n\"", "\"#a = :s\"", "\"#s IN (:s, :n)\"", "\"status = :s\"",
            "\"((v = :n))\"", "\"v = \"", "\"\"", "\"pk.x = :s\"", "\"attribute_type(v, :s)\"", "\"begins_with(v, :l)\"",
            "\"v < :l\"", "\"undefined(v)\"", "4");
    private static final List<String> UPDATES = List.of(
            "\"SET v = v + :n, l = list_append(l, :l) REMOVE m.k\"", "\"ADD v :n DELETE ss :ss\"",
            "\"SET #a = if_not_exists(#a, :s)\"", "\"SET pk = :s\"", "\"SET m.k.x = :n\"", "\"SET l[10] = :s\"",
            "\"REMOVE l[0], l[1]\"", "\"SET v = v - :s\"", "\"ADD v :s\"", "\"SET a = :n SET b = :n\"",
            "\"SET gsiPk = :n\"", "\"SET lsiSk = v\"", "\"SET gsiPk.x = :s\"", "\"SET\"", "\"\"", "[]");
    private static final List<String> PROJECTIONS = List.of("\"pk, v, l[0], m.k\"", "\"#a, #s\"", "\"v, v\"",
            "\"m.k, m[0]\"", "\"!!\"", "\"\"", "\"pk.x\"", "\"status\"");
    private static final List<String> NAMES = List.of("{\"#a\":\"v\"}", "{\"#a\":\"v\",\"#s\":\"status\"}",
            "{\"#a\":\"\"}", "{\"a\":\"v\"}", "{}", "{\"#a\":5}", "[]");
    private static final List<String> VALUES = List.of(
            "{\":n\":{\"N\":\"1\"},\":s\":{\"S\":\"x\"}}",
            "{\":n\":{\"N\":\"1\"},\":m\":{\"N\":\"5\"},\":s\":{\"S\":\"S\"},\":l\":{\"L\":[]},\":ss\":{\"SS\":[\"a\"]}}",
            "{\":n\":{\"N\":\"9.9999999999999999999999999999999999999E+125\"},\":s\":{\"S\":\"x\"}}",
            "{\":bad\":{\"SS\":[]}}", "{\"n\":{\"N\":\"1\"}}", "{}", "{\":n\":{}}", "7");
    private static final List<String> RETURN_VALUES = List.of("\"NONE\"", "\"ALL_OLD\"", "\"UPDATED_OLD\"",
            "\"ALL_NEW\"", "\"UPDATED_NEW\"", "\"BAD\"", "true");
    private static final List<String> CAPACITY = List.of("\"NONE\"", "\"TOTAL\"", "\"INDEXES\"", "\"BAD\"");
    private static final List<String> METRICS = List.of("\"SIZE\"", "\"NONE\"", "\"BAD\"");
    private static final List<String> ON_FAILURE = List.of("\"ALL_OLD\"", "\"NONE\"", "\"BAD\"");
    private static final List<String> EXPECTED = List.of("{\"v\":{\"Value\":{\"N\":\"1\"}}}",
            "{\"pk\":{\"Exists\":false}}", "{\"v\":{\"ComparisonOperator\":\"BETWEEN\",\"AttributeValueList\":"
                    + "[{\"N\":\"1\"},{\"N\":\"0\"}]}}", "{\"v\":{\"Exists\":true}}",
            "{\"v\":{\"ComparisonOperator\":\"BAD\"}}", "{\"v\":{\"ComparisonOperator\":\"NULL\"}}", "[]");
    private static final List<String> ATTRIBUTE_UPDATES = List.of(
            "{\"v\":{\"Action\":\"ADD\",\"Value\":{\"N\":\"1\"}}}", "{\"x\":{\"Action\":\"DELETE\"}}",
            "{\"x\":{\"Action\":\"PUT\"}}", "{\"ss\":{\"Action\":\"DELETE\",\"Value\":{\"S\":\"a\"}}}",
            "{\"pk\":{\"Value\":{\"S\":\"z\"}}}", "{\"x\":{\"Action\":\"BAD\",\"Value\":{\"S\":\"a\"}}}");
    private static final List<String> ATTRIBUTES_TO_GET = List.of("[\"v\",\"pk\"]", "[\"v\",\"v\"]", "[]", "[7]");

    private final Random random = new Random(SEED);

    @Test
    void assembledRequestsAreAnsweredWithKnownOutcomesOnly() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = Door.IN_PROCESS.client(engine)) {
            ItemFixtures.createTables(ddb);
            Map<String, Integer> outcomes = new java.util.TreeMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                String operation = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
                String body = request(operation);
                WireResponse response = RawCalls.call(engine, operation, body);
                assertThat(response.status()).as("%s %s", operation, body).isIn(200, 400);
                String outcome = "OK";
                if (response.status() == 400) {
                    String type = ((JsonString) ((JsonObject) JsonParser.parse(response.body())).get("__type")).value();
                    outcome = type.substring(type.indexOf('#') + 1);
                    assertThat(outcome).as("%s %s", operation, body).isIn(EXPECTED_ERRORS);
                }
                outcomes.merge(outcome, 1, Integer::sum);
            }
            assertThat(outcomes.keySet()).as("every kind of outcome is reached")
                    .containsAll(EXPECTED_ERRORS).contains("OK");
        }
    }

    private String request(String operation) {
        StringJoiner members = new StringJoiner(",", "{", "}");
        member(members, "TableName", TABLES, 9);
        switch (operation) {
            case "PutItem" -> member(members, "Item", ITEMS, 9);
            case "GetItem" -> {
                member(members, "Key", KEYS, 9);
                member(members, "ProjectionExpression", PROJECTIONS, 3);
                member(members, "AttributesToGet", ATTRIBUTES_TO_GET, 1);
                member(members, "ConsistentRead", List.of("true", "false", "\"x\""), 3);
            }
            default -> member(members, "Key", KEYS, 9);
        }
        if (!operation.equals("GetItem")) {
            member(members, "ConditionExpression", CONDITIONS, 4);
            member(members, "Expected", EXPECTED, 1);
            member(members, "ConditionalOperator", List.of("\"AND\"", "\"OR\"", "\"XOR\""), 1);
            member(members, "ReturnValues", RETURN_VALUES, 3);
            member(members, "ReturnItemCollectionMetrics", METRICS, 2);
            member(members, "ReturnValuesOnConditionCheckFailure", ON_FAILURE, 2);
            member(members, "ExpressionAttributeValues", VALUES, 7);
        }
        if (operation.equals("UpdateItem")) {
            member(members, "UpdateExpression", UPDATES, 7);
            member(members, "AttributeUpdates", ATTRIBUTE_UPDATES, 1);
        }
        member(members, "ExpressionAttributeNames", NAMES, 3);
        member(members, "ReturnConsumedCapacity", CAPACITY, 3);
        return members.toString();
    }

    /**
     * Adds the member, with a chance of {@code tenths} in ten, taking the pool's first (valid) value half the
     * time so that some requests get past validation to the item itself.
     */
    private void member(StringJoiner members, String name, List<String> pool, int tenths) {
        if (random.nextInt(10) < tenths) {
            int pick = random.nextBoolean() ? 0 : random.nextInt(pool.size());
            members.add("\"" + name + "\":" + pool.get(pick));
        }
    }
}
