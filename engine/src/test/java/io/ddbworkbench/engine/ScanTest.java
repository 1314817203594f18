package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.ReadFixtures.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.engine.model.KeyValues;
import io.ddbworkbench.engine.model.StringValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

class ScanTest {

    private static List<String> seed(DynamoDbClient ddb, int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = "k" + i;
            keys.add(key);
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s(key), "i", n(String.valueOf(key.length())))));
        }
        return keys;
    }

    private static List<String> scanAll(DynamoDbClient ddb, ScanRequest request) {
        List<String> keys = new ArrayList<>();
        ddb.scanPaginator(request).items().forEach(item -> keys.add(item.get("pk").s()));
        return keys;
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void scansWalkPartitionsInHashOrderNotInsertionOrder(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            List<String> inserted = seed(ddb, 40);
            List<String> byHash = new ArrayList<>(inserted);
            byHash.sort(Comparator.comparingLong(key -> KeyValues.partitionHash(new StringValue(key))));
            List<String> scanned = scanAll(ddb, ScanRequest.builder().tableName(HASH).limit(7).build());
            assertThat(scanned).isEqualTo(byHash).isNotEqualTo(inserted);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void everySegmentPaginatesOnItsOwnAndTogetherTheyHoldEveryItemOnce(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            List<String> inserted = seed(ddb, 200);
            List<String> union = new ArrayList<>();
            for (int segment = 0; segment < 4; segment++) {
                int current = segment;
                List<String> part = scanAll(ddb, ScanRequest.builder().tableName(HASH).segment(current)
                        .totalSegments(4).limit(9).build());
                assertThat(part).as("segment %d", segment).isNotEmpty();
                union.addAll(part);
            }
            assertThat(union).hasSize(200).containsExactlyInAnyOrderElementsOf(inserted);
            assertThat(scanAll(ddb, ScanRequest.builder().tableName(HASH).segment(0).totalSegments(1).build()))
                    .hasSize(200);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void segmentParametersAreCheckedTogether(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            seed(ddb, 30);
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).segment(0)), "The TotalSegments parameter is"
                    + " required but was not present in the request when Segment parameter is present");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).totalSegments(4)), "The Segment parameter is"
                    + " required but was not present in the request when parameter TotalSegments is present");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).segment(5).totalSegments(5)), "The Segment parameter"
                    + " is zero-based and must be less than parameter TotalSegments: Segment: 5 is not less than"
                    + " TotalSegments: 5");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).segment(-1).totalSegments(4)),
                    "1 validation error detected: Value '-1' at 'segment' failed to satisfy constraint: Member must"
                            + " have value greater than or equal to 0");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).segment(0).totalSegments(1_000_001)),
                    "1 validation error detected: Value '1000001' at 'totalSegments' failed to satisfy constraint:"
                            + " Member must have value less than or equal to 1000000");
            ScanResponse second = ddb.scan(b -> b.tableName(HASH).segment(1).totalSegments(2).limit(1));
            Map<String, AttributeValue> fromSecond = second.lastEvaluatedKey();
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).segment(0).totalSegments(2)
                    .exclusiveStartKey(fromSecond)), "The provided starting key is invalid: Invalid ExclusiveStartKey."
                    + " Please use ExclusiveStartKey with correct Segment. TotalSegments: 2 Segment: 0");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void scanMessagesDifferFromQueryWhereTheServiceDoes(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).limit(0)), "1 validation error detected: Value '0' at"
                    + " 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).select(Select.SPECIFIC_ATTRIBUTES)),
                    "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).select(Select.COUNT).attributesToGet("pk")),
                    "Cannot specify the AttributesToGet when choosing to get only the Count");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).select(Select.ALL_PROJECTED_ATTRIBUTES)),
                    "ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).exclusiveStartKey(attrs("pk", n("1")))),
                    "The provided starting key is invalid: The provided key element does not match the schema");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).attributesToGet("a", "a")),
                    "One or more parameter values were invalid: Duplicate value in attribute name: a");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).filterExpression("attribute_exists(pk.b)")),
                    "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).expressionAttributeValues(Map.of(":v", s("x")))),
                    "ExpressionAttributeValues can only be specified when using expressions: FilterExpression is null");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void filtersMayUseKeysAndTheLegacyFormJoinsWithAndOrOr(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            seed(ddb, 12);
            ScanResponse byKey = ddb.scan(b -> b.tableName(HASH).filterExpression("begins_with(pk, :p) AND i = :two")
                    .expressionAttributeValues(Map.of(":p", s("k1"), ":two", n("2"))));
            assertThat(strings(byKey.items(), "pk")).containsExactly("k1");
            assertThat(byKey.scannedCount()).isEqualTo(12);

            Condition shortKey = Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                    .attributeValueList(n("2")).build();
            Condition named = Condition.builder().comparisonOperator(ComparisonOperator.IN)
                    .attributeValueList(s("k10"), s("k11")).build();
            Map<String, Condition> conditions = Map.of("i", shortKey, "pk", named);
            assertThat(ddb.scan(b -> b.tableName(HASH).scanFilter(conditions)).count()).isZero();
            assertThat(ddb.scan(b -> b.tableName(HASH).scanFilter(conditions)
                    .conditionalOperator(ConditionalOperator.OR)).count()).isEqualTo(12);
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).scanFilter(Map.of("i", Condition.builder()
                            .comparisonOperator(ComparisonOperator.BETWEEN).attributeValueList(n("1")).build()))),
                    "One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN"
                            + " ComparisonOperator");
            assertInvalid(() -> ddb.scan(b -> b.tableName(HASH).scanFilter(conditions).filterExpression("i = :v")
                    .expressionAttributeValues(Map.of(":v", n("1")))), "Can not use both expression and"
                    + " non-expression parameters in the same request: Non-expression parameters: {ScanFilter}"
                    + " Expression parameters: {FilterExpression}");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aFullMegabytePageCostsWhatTheServiceCharges(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            String payload = "y".repeat(4083);
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < 300; i++) {
                String key = String.format("s%03d", i);
                keys.add(key);
                ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s(key), "payload", s(payload))));
            }
            // 2 + 4 + 7 + 4,083 = 4,096 bytes per item: 256 items make exactly 1 MB, 128 units eventually consistent
            List<ScanResponse> pages = new ArrayList<>();
            ddb.scanPaginator(b -> b.tableName(HASH).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                    .forEach(pages::add);
            assertThat(pages).hasSize(2);
            assertThat(pages.get(0).count()).isEqualTo(256);
            assertThat(pages.get(0).consumedCapacity().capacityUnits()).isEqualTo(128.0);
            assertThat(pages.get(1).count()).isEqualTo(44);
            Set<String> seen = new HashSet<>();
            pages.forEach(page -> seen.addAll(strings(page.items(), "pk")));
            assertThat(seen).isEqualTo(keys);
        }
    }
}
