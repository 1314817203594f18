package io.ddbworkbench.engine.protocol;

import static io.ddbworkbench.engine.protocol.WireAssertions.assertFramed;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.json.JsonArray;
import io.ddbworkbench.engine.json.JsonBoolean;
import io.ddbworkbench.engine.json.JsonNull;
import io.ddbworkbench.engine.json.JsonNumber;
import io.ddbworkbench.engine.json.JsonObject;
import io.ddbworkbench.engine.json.JsonParser;
import io.ddbworkbench.engine.json.JsonString;
import io.ddbworkbench.engine.json.JsonValue;
import io.ddbworkbench.engine.json.JsonWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seeded random requests: valid calls mutated by truncation, byte flips, spliced fragments, values of the
 * wrong type at random depths, deep nesting and plain noise, with random methods, targets and signature
 * headers. Whatever arrives, the answer is one of the service's (200, 400, 404 or 413, framed with a request id
 * and a matching CRC32), never a 500. Set {@code -Dfuzz.seed=N} to replay a run.
 */
class ProtocolFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20_240_601L);
    private static final String PREFIX = "DynamoDB_20120810.";
    private static final List<String> SEEDS = List.of(
            "{\"TableName\":\"Fuzz\",\"Item\":{\"id\":{\"S\":\"a\"},\"n\":{\"N\":\"-12.5e3\"},\"b\":{\"B\":\"AAEC\"},"
                    + "\"ss\":{\"SS\":[\"x\",\"y\"]},\"ns\":{\"NS\":[\"1\",\"2\"]},\"bs\":{\"BS\":[\"AA==\"]},"
                    + "\"m\":{\"M\":{\"k\":{\"L\":[{\"BOOL\":true},{\"NULL\":true},{\"S\":\"\"}]}}}}}",
            "{\"TableName\":\"Fuzz\",\"Key\":{\"id\":{\"S\":\"a\"}},\"ConsistentRead\":true}",
            "{\"TableName\":\"Fuzz\"}",
            "{\"TableName\":\"Fuzz2\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
                    + "{\"AttributeName\":\"sk\",\"AttributeType\":\"N\"}],\"KeySchema\":[{\"AttributeName\":\"pk\","
                    + "\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
                    + "\"ProvisionedThroughput\":{\"ReadCapacityUnits\":5,\"WriteCapacityUnits\":5}}");
    private static final List<String> TARGETS = List.of("PutItem", "GetItem", "DescribeTable", "CreateTable",
            "ListTables", "UpdateTable", "DeleteTable", "TagResource", "UntagResource", "ListTagsOfResource",
            "DescribeEndpoints", "DescribeLimits");
    private static final List<String> CONTENT_TYPES = List.of("application/x-amz-json-1.0", "application/json",
            "application/json; charset=utf-8", "text/plain", "");

    @Test
    void randomRequestsOverHttpAlwaysGetAServiceAnswer() throws IOException {
        try (DynamoDbEngine engine = DynamoDbEngine.create()) {
            URI endpoint = engine.startServer(0).endpoint();
            createFuzzTable(engine);
            Random random = new Random(SEED);
            Map<String, Integer> outcomes = new TreeMap<>();
            RawHttp http = new RawHttp(endpoint);
            try {
                for (int i = 0; i < 1_500; i++) {
                    WireRequest request = randomRequest(random);
                    RawHttp.Response response = http.exchange(request.method(), target(request), request.headers(),
                            request.body());
                    if (response == null || "close".equalsIgnoreCase(response.header("Connection"))) {
                        http.close();
                        http = new RawHttp(endpoint);
                    }
                    assertThat(response).as("answer to case %d of seed %d", i, SEED).isNotNull();
                    record(outcomes, i, response.status(), response.headers(), response.body());
                }
            } finally {
                http.close();
            }
            System.out.println("[fuzz] seed " + SEED + " over HTTP: " + outcomes);
            assertThat(outcomes.keySet()).anyMatch(outcome -> outcome.startsWith("200"))
                    .anyMatch(outcome -> outcome.startsWith("400"));
        }
    }

    @Test
    void randomRequestsInProcessAlwaysGetAServiceAnswer() {
        try (DynamoDbEngine engine = DynamoDbEngine.create()) {
            createFuzzTable(engine);
            Random random = new Random(SEED + 1);
            Map<String, Integer> outcomes = new TreeMap<>();
            for (int i = 0; i < 5_000; i++) {
                WireResponse response = engine.handle(randomRequest(random));
                record(outcomes, i, response.status(), response.headers(), response.body());
            }
            System.out.println("[fuzz] seed " + (SEED + 1) + " in process: " + outcomes);
            assertThat(outcomes.keySet()).anyMatch(outcome -> outcome.startsWith("200"))
                    .anyMatch(outcome -> outcome.startsWith("400"));
        }
    }

    private static void createFuzzTable(DynamoDbEngine engine) {
        WireResponse created = engine.handle(new WireRequest("POST", "/", RawHttp.apiHeaders(PREFIX + "CreateTable"),
                RawHttp.createTableBody("Fuzz").getBytes(StandardCharsets.UTF_8)));
        assertThat(created.status()).isEqualTo(200);
    }

    private static String target(WireRequest request) {
        return request.query().isEmpty() ? request.path() : request.path() + "?" + request.query();
    }

    /** Checks one answer and counts it under "status type". */
    private static void record(Map<String, Integer> outcomes, int index, int status, Map<String, String> headers,
                               byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(status).as("case %d of seed %d answered %s", index, SEED, text).isIn(200, 400, 404, 413);
        assertFramed(headers, body);
        String outcome = Integer.toString(status);
        if (status == 400 || status == 413) {
            JsonObject error = (JsonObject) JsonParser.parse(body);
            String type = ((JsonString) error.get("__type")).value();
            assertThat(type).startsWith("com.amazon");
            outcome += " " + type.substring(type.indexOf('#') + 1);
        } else if (status == 200 && text.startsWith("{")) {
            assertThat(JsonParser.parse(body)).isInstanceOf(JsonObject.class);
        }
        outcomes.merge(outcome, 1, Integer::sum);
    }

    private static WireRequest randomRequest(Random random) {
        String method = random.nextInt(10) < 8 ? "POST" : pick(random, List.of("GET", "PUT", "DELETE", "OPTIONS", "PATCH"));
        Map<String, String> headers = new LinkedHashMap<>(RawHttp.SIGNED);
        String contentType = random.nextInt(10) < 8 ? CONTENT_TYPES.get(0) : pick(random, CONTENT_TYPES);
        if (!contentType.isEmpty()) {
            headers.put("Content-Type", contentType);
        }
        int targetRoll = random.nextInt(20);
        if (targetRoll < 16) {
            headers.put("X-Amz-Target", PREFIX + pick(random, TARGETS));
        } else if (targetRoll < 19) {
            headers.put("X-Amz-Target", randomText(random, 30));
        }
        int authRoll = random.nextInt(20);
        if (authRoll == 0) {
            headers.remove("Authorization");
        } else if (authRoll == 1) {
            headers.put("Authorization", "AWS4-" + randomText(random, 40));
        } else if (authRoll == 2) {
            headers.remove("X-Amz-Date");
        }
        String query = random.nextInt(30) == 0 ? "X-Amz-Algorithm=" + QueryString.encode(randomText(random, 5), true) : "";
        return new WireRequest(method, "/", query, headers, randomBody(random));
    }

    private static byte[] randomBody(Random random) {
        byte[] seed = pick(random, SEEDS).getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(9)) {
            case 0:
                return seed;
            case 1:
                return java.util.Arrays.copyOf(seed, random.nextInt(seed.length));
            case 2:
                byte[] flipped = seed.clone();
                for (int i = random.nextInt(4); i >= 0; i--) {
                    flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
                }
                return flipped;
            case 3:
                int at = random.nextInt(seed.length);
                String text = new String(seed, StandardCharsets.UTF_8);
                return (text.substring(0, at) + JsonWriter.toJson(randomValue(random, 3)) + text.substring(at))
                        .getBytes(StandardCharsets.UTF_8);
            case 4:
            case 5:
            case 6:
                return JsonWriter.toBytes(mutate(JsonParser.parse(seed), random));
            case 7:
                int depth = 1 + random.nextInt(2_000);
                return ("[".repeat(depth) + "]".repeat(random.nextBoolean() ? depth : 0)).getBytes(StandardCharsets.UTF_8);
            default:
                byte[] noise = new byte[random.nextInt(200)];
                random.nextBytes(noise);
                return noise;
        }
    }

    /** Replaces one node somewhere in the tree with a random value, most often deep down. */
    private static JsonValue mutate(JsonValue value, Random random) {
        List<String> names = value instanceof JsonObject object ? new ArrayList<>(object.names()) : List.of();
        int size = value instanceof JsonArray array ? array.size() : names.size();
        if (size == 0 || random.nextInt(4) == 0) {
            return randomValue(random, 3);
        }
        int child = random.nextInt(size);
        if (value instanceof JsonArray array) {
            List<JsonValue> elements = new ArrayList<>(array.elements());
            elements.set(child, mutate(elements.get(child), random));
            return new JsonArray(elements);
        }
        Map<String, JsonValue> members = new LinkedHashMap<>(((JsonObject) value).members());
        String name = names.get(child);
        if (random.nextInt(6) == 0) {
            members.remove(name);
            members.put(randomText(random, 6), mutate(((JsonObject) value).get(name), random));
        } else {
            members.put(name, mutate(members.get(name), random));
        }
        return new JsonObject(members);
    }

    private static JsonValue randomValue(Random random, int depth) {
        switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0:
                return new JsonString(randomText(random, 12));
            case 1:
                return new JsonNumber(pick(random, List.of("0", "-1", "1e400", "3.14", "99999999999999999999999999999999999999999")));
            case 2:
                return JsonBoolean.TRUE;
            case 3:
                return JsonNull.INSTANCE;
            case 4:
                return new JsonString(pick(random, List.of("S", "N", "B", "M", "L", "SS", "NULL", "BOOL", "")));
            case 5:
                return new JsonString("\ud800" + "x".repeat(random.nextInt(3)));
            case 6:
                JsonArray array = new JsonArray();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomValue(random, depth - 1));
                }
                return array;
            default:
                JsonObject object = new JsonObject();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.put(pick(random, List.of("S", "N", "M", "L", "TableName", "Item", "Key", "id")),
                            randomValue(random, depth - 1));
                }
                return object;
        }
    }

    private static String randomText(Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append((char) (0x20 + random.nextInt(0x5f)));
        }
        return text.toString();
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
