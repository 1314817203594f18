package io.ddbworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonBoolean;
import io.ddbworkbench.engine.json.JsonNull;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import io.ddbworkbench.engine.json.JsonString;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.json.JsonWriter;
import io.ddbworkbench.engine.protocol.WireRequest;
import io.ddbworkbench.engine.protocol.WireResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property-style check that malformed control-plane requests are always answered with a 4xx error body of a
 * known type, never a 500: valid requests are mutated at random (members dropped, values swapped for values
 * of other JSON types, list elements duplicated) from a fixed seed, and fired at one engine so the table
 * states the later requests meet vary too.
 */
class ControlPlaneFuzzTest {
    private static final long SEED = 20_250_601L;
    private static final int ROUNDS = 4_000;
    private static final Set<String> EXPECTED_ERRORS = Set.of("ValidationException", "SerializationException",
            "ResourceNotFoundException", "ResourceInUseException", "LimitExceededException");

    private static final Map<String, String> TEMPLATES = Map.of(
            "CreateTable", """
                    {"TableName":"Fuzz","BillingMode":"PROVISIONED",
                     "AttributeDefinitions":[{"AttributeName":"pk","AttributeType":"S"},
                       {"AttributeName":"sk","AttributeType":"N"},{"AttributeName":"g","AttributeType":"B"}],
                     "KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},{"AttributeName":"sk","KeyType":"RANGE"}],
                     "ProvisionedThroughput":{"ReadCapacityUnits":5,"WriteCapacityUnits":5},
                     "LocalSecondaryIndexes":[{"IndexName":"lsi","KeySchema":[{"AttributeName":"pk","KeyType":"HASH"},
                       {"AttributeName":"g","KeyType":"RANGE"}],"Projection":{"ProjectionType":"INCLUDE",
                       "NonKeyAttributes":["a","b"]}}],
                     "GlobalSecondaryIndexes":[{"IndexName":"gsi","KeySchema":[{"AttributeName":"g","KeyType":"HASH"}],
                       "Projection":{"ProjectionType":"KEYS_ONLY"},
                       "ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}],
                     "StreamSpecification":{"StreamEnabled":true,"StreamViewType":"NEW_IMAGE"},
                     "SSESpecification":{"Enabled":true,"SSEType":"KMS","KMSMasterKeyId":"k"},
                     "Tags":[{"Key":"env","Value":"test"}],"TableClass":"STANDARD","DeletionProtectionEnabled":false}""",
            "UpdateTable", """
                    {"TableName":"Base","AttributeDefinitions":[{"AttributeName":"h","AttributeType":"S"}],
                     "GlobalSecondaryIndexUpdates":[{"Create":{"IndexName":"ByH",
                       "KeySchema":[{"AttributeName":"h","KeyType":"HASH"}],"Projection":{"ProjectionType":"ALL"},
                       "ProvisionedThroughput":{"ReadCapacityUnits":1,"WriteCapacityUnits":1}}},
                       {"Update":{"IndexName":"ByG","ProvisionedThroughput":{"ReadCapacityUnits":2,"WriteCapacityUnits":2}}},
                       {"Delete":{"IndexName":"ByG"}}],
                     "BillingMode":"PROVISIONED","ProvisionedThroughput":{"ReadCapacityUnits":3,"WriteCapacityUnits":3},
                     "StreamSpecification":{"StreamEnabled":false},"SSESpecification":{"Enabled":false},
                     "TableClass":"STANDARD_INFREQUENT_ACCESS","DeletionProtectionEnabled":true}""",
            "DeleteTable", "{\"TableName\":\"Fuzz\"}",
            "DescribeTable", "{\"TableName\":\"Base\"}",
            "ListTables", "{\"ExclusiveStartTableName\":\"Base\",\"Limit\":10}",
            "TagResource", "{\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:000000000000:table/Base\","
                    + "\"Tags\":[{\"Key\":\"a\",\"Value\":\"b\"}]}",
            "UntagResource", "{\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:000000000000:table/Base\","
                    + "\"TagKeys\":[\"a\"]}",
            "ListTagsOfResource", "{\"ResourceArn\":\"arn:aws:dynamodb:us-east-1:000000000000:table/Base\"}");

    private final Random random = new Random(SEED);

    @Test
    void mutatedRequestsNeverCauseAServerError() {
        EngineOptions options = EngineOptions.builder().transientStatusDelay(Duration.ofMillis(1)).build();
        try (DynamoDbEngine engine = DynamoDbEngine.create(options)) {
            RawCalls.call(engine, "CreateTable", TEMPLATES.get("CreateTable").replace("\"Fuzz\"", "\"Base\"")
                    .replace("\"gsi\"", "\"ByG\""));
            List<String> operations = new ArrayList<>(TEMPLATES.keySet());
            operations.sort(null);
            int rejected = 0;
            for (int round = 0; round < ROUNDS; round++) {
                String operation = operations.get(random.nextInt(operations.size()));
                JsonObject request = (JsonObject) JsonParser.parse(TEMPLATES.get(operation));
                int mutations = 1 + random.nextInt(3);
                for (int i = 0; i < mutations; i++) {
                    mutate(request);
                }
                WireResponse response = RawCalls.call(engine, operation, JsonWriter.toJson(request));
                assertThat(response.status()).as("%s %s", operation, request).isIn(200, 400);
                if (response.status() == 400) {
                    rejected++;
                    String type = ((JsonString) ((JsonObject) JsonParser.parse(response.body())).get("__type")).value();
                    assertThat(type.substring(type.indexOf('#') + 1)).as("%s %s", operation, request)
                            .isIn(EXPECTED_ERRORS);
                }
            }
            assertThat(rejected).as("the mutations do reach the validation paths").isGreaterThan(ROUNDS / 2);
        }
    }


    /** Picks a random member or element somewhere in the tree and drops, replaces or duplicates it. */
    private void mutate(JsonValue root) {
        List<JsonValue> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonValue target = containers.get(random.nextInt(containers.size()));
        if (target instanceof JsonObject object && !object.isEmpty()) {
            List<String> names = new ArrayList<>(object.names());
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(3) == 0) {
                object.remove(name);
            } else {
                object.members().put(name, randomValue());
            }
        } else if (target instanceof JsonArray array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(3)) {
                case 0 -> array.elements().remove(index);
                case 1 -> array.elements().add(array.get(index));
                default -> array.elements().set(index, randomValue());
            }
        }
    }

    private static void collectContainers(JsonValue value, List<JsonValue> into) {
        if (value instanceof JsonObject object) {
            into.add(object);
            object.members().values().forEach(member -> collectContainers(member, into));
        } else if (value instanceof JsonArray array) {
            into.add(array);
            array.elements().forEach(element -> collectContainers(element, into));
        }
    }

    private JsonValue randomValue() {
        return switch (random.nextInt(12)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> JsonBoolean.of(random.nextBoolean());
            case 2 -> JsonNumber.of(random.nextInt(7) - 2);
            case 3 -> new JsonNumber("1e40");
            case 4 -> new JsonNumber("2.5");
            case 5 -> new JsonString("");
            case 6 -> new JsonString("x".repeat(random.nextInt(300)));
            case 7 -> new JsonString(List.of("HASH", "RANGE", "S", "N", "ALL", "INCLUDE", "PAY_PER_REQUEST",
                    "PROVISIONED", "NEW_IMAGE", "KMS", "Base", "Fuzz", "ByG", "pk", "g").get(random.nextInt(15)));
            case 8 -> new JsonArray();
            case 9 -> new JsonArray().add(JsonNull.INSTANCE);
            case 10 -> new JsonObject();
            default -> new JsonObject().put("AttributeName", "pk").put("KeyType", "HASH");
        };
    }
}
