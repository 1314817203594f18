package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ItemFixtures.COMPOSITE;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.ReadFixtures.NUMBERED;
import static io.ddbworkbench.engine.ReadFixtures.put;
import static io.ddbworkbench.engine.ReadFixtures.putNumbered;
import static io.ddbworkbench.engine.ReadFixtures.strings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.ConditionalOperator;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Select;

class QueryTest {

    /** Partition "p" holds sort keys a, ab, abc, ac, b, c; partition "q" holds a. */
    private static void seed(DynamoDbClient ddb) {
        for (String sk : List.of("c", "ab", "a", "b", "ac", "abc")) {
            put(ddb, COMPOSITE, "p", sk, "len", s(String.valueOf(sk.length())));
        }
        put(ddb, COMPOSITE, "q", "a");
    }

    private static List<String> sortKeys(DynamoDbClient ddb, String condition, Map<String, AttributeValue> values,
                                         boolean forward) {
        Map<String, AttributeValue> all = new java.util.LinkedHashMap<>(values);
        all.put(":p", s("p"));
        return strings(ddb.query(b -> b.tableName(COMPOSITE).keyConditionExpression(condition)
                .expressionAttributeValues(all).scanIndexForward(forward)).items(), "sk");
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void everySortKeyOperatorSelectsItsRangeInOrderBothWays(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            seed(ddb);
            Map<String, AttributeValue> ab = Map.of(":v", s("ab"));
            assertThat(sortKeys(ddb, "pk = :p", Map.of(), true)).containsExactly("a", "ab", "abc", "ac", "b", "c");
            assertThat(sortKeys(ddb, "pk = :p", Map.of(), false)).containsExactly("c", "b", "ac", "abc", "ab", "a");
            assertThat(sortKeys(ddb, "pk = :p AND sk = :v", ab, true)).containsExactly("ab");
            assertThat(sortKeys(ddb, "pk = :p AND sk < :v", ab, true)).containsExactly("a");
            assertThat(sortKeys(ddb, "pk = :p AND sk <= :v", ab, true)).containsExactly("a", "ab");
            assertThat(sortKeys(ddb, "pk = :p AND sk > :v", ab, true)).containsExactly("abc", "ac", "b", "c");
            assertThat(sortKeys(ddb, "pk = :p AND sk >= :v", ab, false)).containsExactly("c", "b", "ac", "abc", "ab");
            assertThat(sortKeys(ddb, ":v < sk AND pk = :p", ab, true)).as("key on the right")
                    .containsExactly("abc", "ac", "b", "c");
            assertThat(sortKeys(ddb, "pk = :p AND sk BETWEEN :v AND :w", Map.of(":v", s("ab"), ":w", s("b")), true))
                    .containsExactly("ab", "abc", "ac", "b");
            assertThat(sortKeys(ddb, "pk = :p AND begins_with(sk, :v)", ab, true)).containsExactly("ab", "abc");
            assertThat(sortKeys(ddb, "pk = :p AND begins_with(sk, :v)", Map.of(":v", s("a")), false))
                    .containsExactly("ac", "abc", "ab", "a");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void numericSortKeysOrderByValueNotByText(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            for (String number : List.of("10", "-5", "2", "1.5", "100", "-0.25")) {
                putNumbered(ddb, "p", number);
            }
            QueryResponse forward = ddb.query(b -> b.tableName(NUMBERED).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("p"))));
            List<String> order = new ArrayList<>();
            forward.items().forEach(item -> order.add(item.get("n").n()));
            assertThat(order).containsExactly("-5", "-0.25", "1.5", "2", "10", "100");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void limitCountsWhatWasReadAndTheFilterRunsAfterIt(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            seed(ddb);
            QueryRequest request = QueryRequest.builder().tableName(COMPOSITE).keyConditionExpression("pk = :p")
                    .filterExpression("len = :one")
                    .expressionAttributeValues(Map.of(":p", s("p"), ":one", s("1"))).limit(3).build();
            QueryResponse first = ddb.query(request);
            assertThat(strings(first.items(), "sk")).containsExactly("a");
            assertThat(first.count()).isEqualTo(1);
            assertThat(first.scannedCount()).isEqualTo(3);
            assertThat(first.lastEvaluatedKey()).isEqualTo(attrs("pk", s("p"), "sk", s("abc")));

            QueryResponse second = ddb.query(request.toBuilder().exclusiveStartKey(first.lastEvaluatedKey()).build());
            assertThat(strings(second.items(), "sk")).containsExactly("b", "c");
            assertThat(second.scannedCount()).isEqualTo(3);
            assertThat(second.lastEvaluatedKey()).as("a page that stopped at the Limit always hands back a key")
                    .isEqualTo(attrs("pk", s("p"), "sk", s("c")));

            QueryResponse third = ddb.query(request.toBuilder().exclusiveStartKey(second.lastEvaluatedKey()).build());
            assertThat(third.items()).isEmpty();
            assertThat(third.scannedCount()).isZero();
            assertThat(third.hasLastEvaluatedKey()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void reverseQueriesResumeBackwardsFromTheLastKey(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            seed(ddb);
            QueryRequest request = QueryRequest.builder().tableName(COMPOSITE).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("p"))).scanIndexForward(false).limit(4).build();
            List<String> seen = new ArrayList<>();
            ddb.queryPaginator(request).items().forEach(item -> seen.add(item.get("sk").s()));
            assertThat(seen).containsExactly("c", "b", "ac", "abc", "ab", "a");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void pagesStayUnderOneMegabyteAndThePaginatorSeesEveryItem(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            String payload = "x".repeat(100_000);
            for (int i = 0; i < 45; i++) {
                put(ddb, COMPOSITE, "big", String.format("%03d", i), "payload", s(payload));
            }
            QueryRequest request = QueryRequest.builder().tableName(COMPOSITE).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("big"))).consistentRead(true)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
            List<QueryResponse> pages = new ArrayList<>();
            ddb.queryPaginator(request).forEach(pages::add);
            // Each item is 2 + 3 + 2 + 3 + 7 + 100,000 = 100,017 bytes: ten fit in 1 MB (1,048,576), eleven do not.
            assertThat(pages).hasSize(5);
            assertThat(pages.subList(0, 4)).allSatisfy(page -> {
                assertThat(page.count()).isEqualTo(10);
                assertThat(page.consumedCapacity().capacityUnits()).as("ceil(1,000,170 / 4,096)").isEqualTo(245.0);
            });
            assertThat(pages.get(4).count()).isEqualTo(5);
            assertThat(pages.get(4).hasLastEvaluatedKey()).isFalse();
            assertThat(pages.stream().mapToInt(QueryResponse::count).sum()).isEqualTo(45);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void capacityIsBilledOnWhatWasReadBeforeTheFilterAndTheProjection(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            for (int i = 0; i < 6; i++) {
                put(ddb, COMPOSITE, "cc", "s" + i, "keep", s(i == 0 ? "yes" : "no"), "filler", s("x".repeat(2000)));
            }
            QueryRequest plain = QueryRequest.builder().tableName(COMPOSITE).keyConditionExpression("pk = :p")
                    .expressionAttributeValues(Map.of(":p", s("cc")))
                    .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES).build();
            QueryResponse all = ddb.query(plain);
            // six items of 2 + 2 + 2 + 2 + 4 + (3 or 2) + 6 + 2,000 bytes, 12,121 in all: 3 units, halved
            assertThat(all.consumedCapacity().capacityUnits()).isEqualTo(1.5);
            assertThat(all.consumedCapacity().table().capacityUnits()).isEqualTo(1.5);
            QueryResponse filtered = ddb.query(plain.toBuilder().filterExpression("keep = :k").projectionExpression("sk")
                    .expressionAttributeValues(Map.of(":p", s("cc"), ":k", s("yes"))).build());
            assertThat(filtered.count()).isEqualTo(1);
            assertThat(filtered.items()).containsExactly(attrs("sk", s("s0")));
            assertThat(filtered.consumedCapacity().capacityUnits()).isEqualTo(1.5);
            QueryResponse counted = ddb.query(plain.toBuilder().select(Select.COUNT).consistentRead(true).build());
            assertThat(counted.hasItems()).isFalse();
            assertThat(counted.count()).isEqualTo(6);
            assertThat(counted.consumedCapacity().capacityUnits()).isEqualTo(3.0);
            QueryResponse nothing = ddb.query(plain.toBuilder().expressionAttributeValues(Map.of(":p", s("none")))
                    .build());
            assertThat(nothing.consumedCapacity().capacityUnits()).as("an empty read still costs").isEqualTo(0.5);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void legacyKeyConditionsAndQueryFilterSelectAndFilterLikeExpressions(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            seed(ddb);
            Condition partition = Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                    .attributeValueList(s("p")).build();
            Condition prefix = Condition.builder().comparisonOperator(ComparisonOperator.BEGINS_WITH)
                    .attributeValueList(s("a")).build();
            QueryResponse ranged = ddb.query(b -> b.tableName(COMPOSITE).keyConditions(Map.of("pk", partition,
                    "sk", prefix)).scanIndexForward(false));
            assertThat(strings(ranged.items(), "sk")).containsExactly("ac", "abc", "ab", "a");

            Condition lengthTwo = Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                    .attributeValueList(s("2")).build();
            Condition lengthThree = Condition.builder().comparisonOperator(ComparisonOperator.EQ)
                    .attributeValueList(s("3")).build();
            QueryResponse filtered = ddb.query(b -> b.tableName(COMPOSITE).keyConditions(Map.of("pk", partition))
                    .queryFilter(Map.of("len", lengthTwo)).attributesToGet("sk"));
            assertThat(filtered.items()).containsExactly(attrs("sk", s("ab")), attrs("sk", s("ac")));
            assertThat(filtered.scannedCount()).isEqualTo(6);
            Map<String, Condition> both = new java.util.LinkedHashMap<>();
            both.put("len", lengthTwo);
            both.put("sk", Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(s("x"))
                    .build());
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditions(Map.of("pk", partition))
                            .queryFilter(both).conditionalOperator(ConditionalOperator.OR)),
                    "QueryFilter can only contain non-primary key attributes: Primary key attribute: sk");
            QueryResponse either = ddb.query(b -> b.tableName(COMPOSITE).keyConditions(Map.of("pk", partition))
                    .queryFilter(Map.of("len", lengthTwo, "len3", lengthThree)).conditionalOperator(ConditionalOperator.OR));
            assertThat(either.count()).as("len3 exists on no item").isEqualTo(2);

            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditions(Map.of("pk",
                            Condition.builder().comparisonOperator(ComparisonOperator.NOT_NULL).build()))),
                    "Attempted conditional constraint is not an indexable operation");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditions(Map.of())),
                    "Conditions can be of length 1 or 2 only");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditions(Map.of("pk", prefix))),
                    "Query key condition not supported");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditions(Map.of("pk", partition))
                            .keyConditionExpression("pk = :p").expressionAttributeValues(Map.of(":p", s("p")))),
                    "Can not use both expression and non-expression parameters in the same request: Non-expression"
                            + " parameters: {KeyConditions} Expression parameters: {KeyConditionExpression}");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void badKeyConditionsGetTheServiceMessages(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            Map<String, AttributeValue> v = Map.of(":v", s("x"));
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE)),
                    "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditionExpression("sk = :v")
                    .expressionAttributeValues(v)), "Query condition missed key schema element: pk");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditionExpression("attr1 = :v")
                    .expressionAttributeValues(v)), "Query condition missed key schema element: pk");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditionExpression("pk = :v OR sk = :v")
                    .expressionAttributeValues(v)), "Invalid operator used in KeyConditionExpression: OR");
            assertInvalid(() -> ddb.query(b -> b.tableName(HASH).keyConditionExpression("pk = :v AND sk = :v")
                    .expressionAttributeValues(v)), "Query key condition not supported");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditionExpression("pk = :v")
                    .filterExpression("sk = :v").expressionAttributeValues(v)),
                    "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditionExpression("")
                    .expressionAttributeValues(v)), "Invalid KeyConditionExpression: The expression can not be empty;");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditionExpression("pk = :v")
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN("1")))),
                    "One or more parameter values were invalid: Condition parameter type does not match schema type");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditionExpression("pk = :v")
                    .expressionAttributeValues(v).limit(0)),
                    "1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have"
                            + " value greater than or equal to 1");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditionExpression("pk = :v")
                    .expressionAttributeValues(v).expressionAttributeNames(Map.of("#unused", "x"))),
                    "Value provided in ExpressionAttributeNames unused in expressions: keys: {#unused}");
            assertInvalid(() -> ddb.query(b -> b.tableName(COMPOSITE).keyConditionExpression("pk = :v")
                    .filterExpression("#missing = :v").expressionAttributeValues(v)),
                    "Invalid FilterExpression: An expression attribute name used in the document path is not defined;"
                            + " attribute name: #missing");
            assertFails(() -> ddb.query(b -> b.tableName("Missing").keyConditionExpression("pk = :v")
                    .expressionAttributeValues(v)), ResourceNotFoundException.class, "ResourceNotFoundException",
                    "Requested resource not found");
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void selectRulesAreWordedInsideTheValidationEnvelope(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            QueryRequest base = QueryRequest.builder().tableName(COMPOSITE).keyConditionExpression("pk = :v")
                    .expressionAttributeValues(Map.of(":v", s("x"))).build();
            assertInvalid(() -> ddb.query(base.toBuilder().select(Select.SPECIFIC_ATTRIBUTES).build()),
                    "1 validation error detected: Must specify the AttributesToGet or ProjectionExpression when"
                            + " choosing to get SPECIFIC_ATTRIBUTES");
            assertInvalid(() -> ddb.query(base.toBuilder().select(Select.ALL_ATTRIBUTES).projectionExpression("sk")
                    .build()), "1 validation error detected: Cannot specify the ProjectionExpression when choosing"
                    + " to get ALL_ATTRIBUTES");
            assertInvalid(() -> ddb.query(base.toBuilder().select(Select.COUNT).projectionExpression("sk").build()),
                    "1 validation error detected: Cannot specify the ProjectionExpression when choosing to get only"
                            + " the Count");
            assertInvalid(() -> ddb.query(base.toBuilder().select(Select.ALL_PROJECTED_ATTRIBUTES).build()),
                    "1 validation error detected: ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an"
                            + " IndexName");
            assertInvalid(() -> ddb.query(base.toBuilder().select("count").build()),
                    "1 validation error detected: Value 'count' at 'select' failed to satisfy constraint: Member must"
                            + " satisfy enum value set: [SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES,"
                            + " ALL_PROJECTED_ATTRIBUTES]");
            assertThat(ddb.query(base.toBuilder().select(Select.SPECIFIC_ATTRIBUTES).projectionExpression("sk")
                    .build()).count()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void startKeysMustFitTheSchemaAndTheCondition(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = ReadFixtures.client(door, engine)) {
            seed(ddb);
            QueryRequest base = QueryRequest.builder().tableName(COMPOSITE).keyConditionExpression("pk = :p AND sk > :v")
                    .expressionAttributeValues(Map.of(":p", s("p"), ":v", s("ab"))).build();
            assertInvalid(() -> ddb.query(base.toBuilder().exclusiveStartKey(attrs("pk", s("p"))).build()),
                    "The provided starting key is invalid");
            assertInvalid(() -> ddb.query(base.toBuilder().exclusiveStartKey(attrs("pk", s("p"), "sk",
                    AttributeValue.fromN("1"))).build()), "The provided starting key is invalid");
            assertInvalid(() -> ddb.query(base.toBuilder().exclusiveStartKey(attrs("pk", s("q"), "sk", s("b")))
                    .build()), "The provided starting key is outside query boundaries based on provided conditions");
            assertInvalid(() -> ddb.query(base.toBuilder().exclusiveStartKey(attrs("pk", s("p"), "sk", s("a")))
                    .build()), "The provided starting key does not match the range key predicate");
            QueryResponse resumed = ddb.query(base.toBuilder().exclusiveStartKey(attrs("pk", s("p"), "sk", s("ac")))
                    .build());
            assertThat(strings(resumed.items(), "sk")).as("a start key need not be an existing item")
                    .containsExactly("b", "c");
        }
    }
}
