package io.ddbworkbench.site.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.ddbworkbench.testkit.DynamoDbTest;
import io.ddbworkbench.testkit.TableNamespace;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The guide's "local development" chapter shows this test: it runs wherever DDB_BACKEND points. */
// tag::backend-switch[]
@DynamoDbTest
class BackendSwitchExampleTest {

    @Test
    void savesAndReadsAUser(DynamoDbClient ddb, TableNamespace tables) {
        String users = tables.table("Users"); // "Users" embedded; a unique prefix on shared backends
        ddb.createTable(b -> b.tableName(users)
                .attributeDefinitions(a -> a.attributeName("UserID").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("UserID").keyType(KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        ddb.waiter().waitUntilTableExists(b -> b.tableName(users));

        ddb.putItem(b -> b.tableName(users).item(Map.of(
                "UserID", AttributeValue.fromS("user123"), "Name", AttributeValue.fromS("John Doe"))));

        assertThat(ddb.getItem(b -> b.tableName(users).key(Map.of("UserID", AttributeValue.fromS("user123"))))
                .item()).containsEntry("Name", AttributeValue.fromS("John Doe"));
    }
}
// end::backend-switch[]
