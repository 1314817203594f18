package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.assertFails;
import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.projectAll;
import static io.ddbworkbench.engine.ControlPlaneFixtures.range;

import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Tables and values shared by the item feature tests; errors are asserted with {@link ControlPlaneFixtures}. */
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
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S))
                .keySchema(hash("pk"))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        ddb.createTable(b -> b.tableName(COMPOSITE)
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S))
                .keySchema(hash("pk"), range("sk"))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        ddb.createTable(b -> b.tableName(INDEXED)
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S),
                        attribute("gsiPk", ScalarAttributeType.S), attribute("lsiSk", ScalarAttributeType.S))
                .keySchema(hash("pk"), range("sk"))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("gsi-inc")
                        .keySchema(hash("gsiPk"))
                        .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                                .nonKeyAttributes("proj").build())
                        .build())
                .localSecondaryIndexes(LocalSecondaryIndex.builder().indexName("lsi1")
                        .keySchema(hash("pk"), range("lsiSk"))
                        .projection(projectAll())
                        .build()));
    }

    /** A client through the door to an engine holding the item tables. */
    static DynamoDbClient clientWithTables(Door door, DynamoDbEngine engine) {
        DynamoDbClient ddb = door.client(engine);
        createTables(ddb);
        return ddb;
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

    /** The call fails its condition with the service's ConditionalCheckFailedException. */
    static void assertConditionFails(ThrowingCallable call) {
        assertFails(call, ConditionalCheckFailedException.class, "ConditionalCheckFailedException",
                "The conditional request failed");
    }
}
