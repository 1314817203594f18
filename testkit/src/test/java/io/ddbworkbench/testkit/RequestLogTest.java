package io.ddbworkbench.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

@DynamoDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestLogTest {
    private static final Map<String, AttributeValue> ADA = Map.of("id", AttributeValue.fromS("ada"));

    @BeforeAll
    void createTable(DynamoDbClient ddb, TableNamespace tables) {
        Tables.createKeyedById(ddb, tables.table("Logged"));
    }

    @Test
    void recordsRequestsBuiltEitherWayInOrderAndStillSendsThem(DynamoDbClient ddb, TableNamespace tables) {
        String table = tables.table("Logged");
        RequestLog log = RequestLog.around(ddb);

        log.client().putItem(PutItemRequest.builder().tableName(table).item(ADA).build());
        Map<String, AttributeValue> read = log.client().getItem(b -> b.tableName(table).key(ADA)).item();

        assertThat(read).isEqualTo(ADA);
        assertThat(log.operations()).containsExactly("PutItem", "GetItem");
        assertThat(log.requests(GetItemRequest.class)).singleElement()
                .satisfies(get -> assertThat(get.tableName()).isEqualTo(table));
    }

    @Test
    void theServicesExceptionsReachTheCallerUnwrapped(DynamoDbClient ddb, TableNamespace tables) {
        RequestLog log = RequestLog.around(ddb);
        log.client().putItem(b -> b.tableName(tables.table("Logged")).item(Map.of("id", AttributeValue.fromS("bo"))));

        assertThatThrownBy(() -> log.client().putItem(b -> b.tableName(tables.table("Logged"))
                .item(Map.of("id", AttributeValue.fromS("bo"))).conditionExpression("attribute_not_exists(id)")))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(log.operations()).containsExactly("PutItem", "PutItem");
    }

    @Test
    void anAfterEachActionWritesBetweenTheReadAndWhatTheCodeDoesNext(DynamoDbClient ddb, TableNamespace tables) {
        String table = tables.table("Logged");
        Map<String, AttributeValue> cy = Map.of("id", AttributeValue.fromS("cy"));
        ddb.putItem(b -> b.tableName(table).item(cy));
        RequestLog log = RequestLog.around(ddb).afterEach(GetItemRequest.class,
                get -> ddb.updateItem(b -> b.tableName(table).key(get.key()).updateExpression("ADD Meddled :one")
                        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1")))));

        Map<String, AttributeValue> seen = log.client().getItem(b -> b.tableName(table).key(cy)).item();
        log.client().putItem(b -> b.tableName(table).item(cy));
        log.client().getItem(b -> b.tableName(table).key(cy));

        assertThat(seen).as("the code sees the item as it was when it read it").doesNotContainKey("Meddled");
        assertThat(ddb.getItem(b -> b.tableName(table).key(cy)).item())
                .containsEntry("Meddled", AttributeValue.fromN("1"));
        assertThat(log.operations()).as("the meddler's own requests are not recorded")
                .containsExactly("GetItem", "PutItem", "GetItem");
    }

    @Test
    void recordsTheResponsesOfRequestsThatSucceeded(DynamoDbClient ddb, TableNamespace tables) {
        String table = tables.table("Logged");
        Map<String, AttributeValue> dee = Map.of("id", AttributeValue.fromS("dee"));
        ddb.putItem(b -> b.tableName(table).item(dee));
        RequestLog log = RequestLog.around(ddb);

        log.client().getItem(b -> b.tableName(table).key(dee));
        catchThrowable(() -> log.client().getItem(b -> b.tableName("NoSuchTable").key(dee)));
        log.client().getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromS("nobody"))));

        assertThat(log.responses(GetItemResponse.class)).as("one response per GetItem that succeeded, in order")
                .extracting(GetItemResponse::item).containsExactly(dee, Map.of());
        assertThat(log.responses(PutItemResponse.class)).isEmpty();
        log.clear();
        assertThat(log.responses(GetItemResponse.class)).isEmpty();
    }

    @Test
    void closingTheLoggedClientLeavesTheTargetOpenAndClearForgets(DynamoDbClient ddb, TableNamespace tables) {
        RequestLog log = RequestLog.around(ddb);
        log.client().listTables();

        log.client().close();
        log.clear();

        assertThat(ddb.describeTable(b -> b.tableName(tables.table("Logged"))).table().tableName())
                .isEqualTo(tables.table("Logged"));
        assertThat(log.requests()).isEmpty();
    }
}
