package io.ddbworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Tables, values and error assertions shared by the item feature tests. */
final class ItemFixtures {
    /** pk (S). */
    static final String HASH = "Hash";
    /** pk (S), sk (S). */
    static final String COMPOSITE = "Composite";
    /** pk (S), sk (S); GSI gsi-inc on gsiPk (S) projecting INCLUDE [proj]; LSI lsi1 on lsiSk (S), ALL. */
    static final String INDEXED = "Indexed";

    private ItemFixtures() {
    }

    static void createTables(DynamoDbClient ddb) {
        ddb.createTable(b -> b.tableName(HASH)
                .attributeDefinitions(definition("pk"))
                .keySchema(key("pk", KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        ddb.createTable(b -> b.tableName(COMPOSITE)
                .attributeDefinitions(definition("pk"), definition("sk"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        ddb.createTable(b -> b.tableName(INDEXED)
                .attributeDefinitions(definition("pk"), definition("sk"), definition("gsiPk"), definition("lsiSk"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi-inc")
                        .keySchema(key("gsiPk", KeyType.HASH))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes("proj").build())
                        .build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("lsi1")
                        .keySchema(key("pk", KeyType.HASH), key("lsiSk", KeyType.RANGE))
                        .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                        .build()));
    }

    private static AttributeDefinition definition(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement key(String name, KeyType type) {
        return KeySchemaElement.builder().attributeName(name).keyType(type).build();
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(String value) {
        return AttributeValue.fromN(value);
    }

    /** A map from alternating names and values. */
    static Map<String, AttributeValue> attrs(Object... nameValuePairs) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            map.put((String) nameValuePairs[i], (AttributeValue) nameValuePairs[i + 1]);
        }
        return map;
    }

    /** Asserts the SDK exception type and the service's exact message. */
    static void assertError(ThrowableAssert.ThrowingCallable call, Class<? extends AwsServiceException> type,
                            String message) {
        assertThatThrownBy(call).isInstanceOf(type).satisfies(e ->
                assertThat(((AwsServiceException) e).awsErrorDetails().errorMessage()).isEqualTo(message));
    }
}
