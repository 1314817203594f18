package io.ddbworkbench.bench;

import io.ddbworkbench.engine.DynamoDbEngine;
import io.ddbworkbench.engine.protocol.InProcessHttpClient;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The table and the roughly 1 KB items every figure uses, and the SDK clients that carry them. */
final class Workload {
    static final String TABLE = "Bench";
    /** Pads each item to about 1 KB of DynamoDB item size. */
    private static final String PAYLOAD = "x".repeat(880);

    private Workload() {
    }

    static DynamoDbClient client(SdkHttpClient http, URI endpoint) {
        return DynamoDbClient.builder().httpClient(http).endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
                .build();
    }

    static DynamoDbClient inProcessClient(DynamoDbEngine engine) {
        return client(engine.httpClient(), engine.inProcessEndpoint());
    }

    /**
     * The same client answered {@code {}} in process: the SDK's own cost per call, so the most any engine could
     * reach through it.
     */
    static DynamoDbClient inProcessCeilingClient() {
        return client(new InProcessHttpClient(new CeilingHandler()), URI.create("http://ceiling.invalid"));
    }

    static void createTable(DynamoDbClient ddb) {
        ddb.createTable(b -> b.tableName(TABLE)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                        .attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    static String key(long n) {
        return "user-" + n;
    }

    static Map<String, AttributeValue> item(long n) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put("id", AttributeValue.fromS(key(n)));
        item.put("name", AttributeValue.fromS("Learner number " + n));
        item.put("email", AttributeValue.fromS("learner" + n + "@example.com"));
        item.put("visits", AttributeValue.fromN(Long.toString(n % 1_000)));
        item.put("tags", AttributeValue.fromSs(List.of("dynamodb", "workbench", "bench")));
        item.put("payload", AttributeValue.fromS(PAYLOAD));
        return item;
    }

    /**
     * Put number {@code n} of a run cycling over {@code distinctKeys} keys: the key's item with a revision no
     * earlier put gave it. A put of an identical item changes nothing, so the engine neither commits nor logs
     * it, and a benchmark of such puts would measure no-ops.
     */
    static Map<String, AttributeValue> revision(long n, int distinctKeys) {
        Map<String, AttributeValue> item = item(n % distinctKeys);
        item.put("revision", AttributeValue.fromN(Long.toString(n)));
        return item;
    }

    static Map<String, AttributeValue> keyOf(long n) {
        return Map.of("id", AttributeValue.fromS(key(n)));
    }

    /**
     * {@link #revision} as raw JSON 1.0, for the engine-only figure that skips the SDK. Bodies are prebuilt and
     * replayed in a cycle, so each key gets two revisions that alternate and every replay changes the item.
     */
    static String putItemJson(long n, int distinctKeys) {
        long k = n % distinctKeys;
        return "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"id\":{\"S\":\"" + key(k) + "\"},"
                + "\"name\":{\"S\":\"Learner number " + k + "\"},\"email\":{\"S\":\"learner" + k + "@example.com\"},"
                + "\"visits\":{\"N\":\"" + (k % 1_000) + "\"},\"tags\":{\"SS\":[\"dynamodb\",\"workbench\",\"bench\"]},"
                + "\"payload\":{\"S\":\"" + PAYLOAD + "\"},\"revision\":{\"N\":\"" + n + "\"}}}";
    }

    static String getItemJson(long n) {
        return "{\"TableName\":\"" + TABLE + "\",\"Key\":{\"id\":{\"S\":\"" + key(n) + "\"}}}";
    }
}
