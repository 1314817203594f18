package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.assertInvalid;
import static io.ddbworkbench.engine.ItemFixtures.COMPOSITE;
import static io.ddbworkbench.engine.ItemFixtures.HASH;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.clientWithTables;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;
import static io.ddbworkbench.engine.TransactionFixtures.assertCancelled;
import static io.ddbworkbench.engine.TransactionFixtures.assertTooManyActions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;

class TransactGetItemsTest {

    private static TransactGetItem get(String table, Map<String, AttributeValue> key) {
        return TransactGetItem.builder().get(b -> b.tableName(table).key(key)).build();
    }

    private static List<Map<String, AttributeValue>> items(DynamoDbClient ddb, TransactGetItem... gets) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (ItemResponse response : ddb.transactGetItems(b -> b.transactItems(gets)).responses()) {
            items.add(response.hasItem() ? response.item() : null);
        }
        return items;
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void readsItemsFromSeveralTablesInRequestOrder(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("h"), "v", n("1"))));
            ddb.putItem(b -> b.tableName(HASH).item(attrs("pk", s("other"), "v", n("3"))));
            ddb.putItem(b -> b.tableName(COMPOSITE).item(attrs("pk", s("c"), "sk", s("1"), "v", n("2"), "w", s("x"))));

            List<Map<String, AttributeValue>> items = items(ddb,
                    TransactGetItem.builder().get(b -> b.tableName(COMPOSITE).key(attrs("pk", s("c"), "sk", s("1")))
                            .projectionExpression("#v").expressionAttributeNames(Map.of("#v", "v"))).build(),
                    get(HASH, attrs("pk", s("missing"))),
                    get(HASH, attrs("pk", s("h"))),
                    TransactGetItem.builder().get(b -> b.tableName(HASH).key(attrs("pk", s("other")))
                            .projectionExpression("nothing")).build());

            assertThat(items).containsExactly(attrs("v", n("2")), null, attrs("pk", s("h"), "v", n("1")), null);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void requestProblemsAreRefusedAndKeyMismatchesCancel(Door door) {
        try (DynamoDbEngine engine = DynamoDbEngine.create(); DynamoDbClient ddb = clientWithTables(door, engine)) {
            assertInvalid(() -> ddb.transactGetItems(b -> b.transactItems(List.of())),
                    "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint:"
                            + " Member must have length greater than or equal to 1");
            assertInvalid(() -> items(ddb, TransactGetItem.builder().get(b -> b.tableName(HASH)
                            .key(attrs("pk", s("a"))).projectionExpression("!!!")).build()),
                    "Invalid ProjectionExpression: Syntax error; token: \"!\", near: \"!!\"");
            assertInvalid(() -> items(ddb, TransactGetItem.builder().get(b -> b.tableName(HASH)
                            .key(attrs("pk", s("a"))).expressionAttributeNames(Map.of("#n", "v"))).build()),
                    "ExpressionAttributeNames can only be specified when using expressions");
            assertInvalid(() -> items(ddb, get(HASH, attrs("pk", s("a"))), get(HASH, attrs("pk", s("a")))),
                    "Transaction request cannot include multiple operations on one item");
            assertInvalid(() -> items(ddb, TransactGetItem.builder().build()),
                    "1 validation error detected: Value null at 'transactItems.1.member.get' failed to satisfy"
                            + " constraint: Member must not be null");
            assertFails(() -> items(ddb, get("Missing", attrs("pk", s("x")))), ResourceNotFoundException.class,
                    "ResourceNotFoundException", "Requested resource not found");

            assertThat(assertCancelled(() -> items(ddb, get(HASH, attrs("pk", s("a"))), get(HASH, Map.of())),
                    "None", "ValidationError").get(1).message())
                    .isEqualTo("The provided key element does not match the schema");
        }
    }

    @Test
    void oneHundredGetsAreAllowedNotMore() {
        try (DynamoDbEngine engine = DynamoDbEngine.create();
             DynamoDbClient ddb = clientWithTables(Door.IN_PROCESS, engine)) {
            List<TransactGetItem> gets = new ArrayList<>();
            for (int i = 0; i < 101; i++) {
                gets.add(get(HASH, attrs("pk", s("k" + i))));
            }
            assertTooManyActions(() -> ddb.transactGetItems(b -> b.transactItems(gets)));
            assertThat(ddb.transactGetItems(b -> b.transactItems(gets.subList(0, 100))).responses()).hasSize(100);
        }
    }
}
