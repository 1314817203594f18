package io.ddbworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ddbworkbench.engine.model.AttributeType;
import io.ddbworkbench.engine.table.IndexDefinition;
import io.ddbworkbench.engine.table.KeyAttribute;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.Projection;
import io.ddbworkbench.engine.table.ProjectionType;
import io.ddbworkbench.engine.table.ProvisionedThroughput;
import io.ddbworkbench.engine.table.Table;
import io.ddbworkbench.engine.table.TableDefinition;
import io.ddbworkbench.engine.table.TableStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
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

    static void createTables(DynamoDbEngine engine, DynamoDbClient ddb) {
        ddb.createTable(b -> b.tableName(HASH)
                .attributeDefinitions(definition("pk"))
                .keySchema(key("pk", KeyType.HASH))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        ddb.createTable(b -> b.tableName(COMPOSITE)
                .attributeDefinitions(definition("pk"), definition("sk"))
                .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        createIndexedTable(engine);
    }

    /** Built directly in the catalog so these tests depend only on the item path, not on CreateTable's index support. */
    private static void createIndexedTable(DynamoDbEngine engine) {
        KeyAttribute pk = new KeyAttribute("pk", AttributeType.S);
        KeySchema gsiKey = new KeySchema(new KeyAttribute("gsiPk", AttributeType.S), null);
        KeySchema lsiKey = new KeySchema(pk, new KeyAttribute("lsiSk", AttributeType.S));
        Map<String, AttributeType> attributes = new LinkedHashMap<>();
        attributes.put("pk", AttributeType.S);
        attributes.put("sk", AttributeType.S);
        attributes.put("gsiPk", AttributeType.S);
        attributes.put("lsiSk", AttributeType.S);
        String arn = "arn:aws:dynamodb:us-east-1:000000000000:table/" + INDEXED;
        TableDefinition definition = new TableDefinition.Builder()
                .name(INDEXED)
                .tableId("indexed-table")
                .arn(arn)
                .createdAt(Instant.EPOCH)
                .keySchema(new KeySchema(pk, new KeyAttribute("sk", AttributeType.S)))
                .attributeDefinitions(attributes)
                .billingMode(io.ddbworkbench.engine.table.BillingMode.PAY_PER_REQUEST)
                .globalIndexes(List.of(new IndexDefinition("gsi-inc", true, gsiKey,
                        new Projection(ProjectionType.INCLUDE, List.of("proj")), ProvisionedThroughput.ON_DEMAND,
                        TableStatus.ACTIVE, null, arn + "/index/gsi-inc")))
                .localIndexes(List.of(new IndexDefinition("lsi1", false, lsiKey, Projection.all(),
                        ProvisionedThroughput.ON_DEMAND, TableStatus.ACTIVE, null, arn + "/index/lsi1")))
                .status(TableStatus.ACTIVE)
                .build();
        engine.context().catalog().create(new Table(definition));
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
