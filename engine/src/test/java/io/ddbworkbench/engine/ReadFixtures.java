package io.ddbworkbench.engine;

import static io.ddbworkbench.engine.ControlPlaneFixtures.attribute;
import static io.ddbworkbench.engine.ControlPlaneFixtures.hash;
import static io.ddbworkbench.engine.ControlPlaneFixtures.range;
import static io.ddbworkbench.engine.ItemFixtures.attrs;
import static io.ddbworkbench.engine.ItemFixtures.n;
import static io.ddbworkbench.engine.ItemFixtures.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Tables and helpers shared by the Query, Scan and batch tests. */
final class ReadFixtures {
    /** pk (S), n (N): numeric sort keys. */
    static final String NUMBERED = "Numbered";

    private ReadFixtures() {
    }

    /** The item tables of {@link ItemFixtures} plus {@link #NUMBERED}. */
    static DynamoDbClient client(Door door, DynamoDbEngine engine) {
        DynamoDbClient ddb = door.client(engine);
        ItemFixtures.createTables(ddb);
        ddb.createTable(b -> b.tableName(NUMBERED)
                .attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("n", ScalarAttributeType.N))
                .keySchema(hash("pk"), range("n"))
                .billingMode(BillingMode.PAY_PER_REQUEST));
        return ddb;
    }

    /** Puts {pk, sk, extra attributes} into a table keyed by pk and sk (both S). */
    static void put(DynamoDbClient ddb, String table, String pk, String sk, Object... more) {
        Map<String, AttributeValue> item = attrs(more);
        item.put("pk", s(pk));
        item.put("sk", s(sk));
        ddb.putItem(b -> b.tableName(table).item(item));
    }

    static void putNumbered(DynamoDbClient ddb, String pk, String number) {
        ddb.putItem(b -> b.tableName(NUMBERED).item(attrs("pk", s(pk), "n", n(number))));
    }

    /** One attribute of each item, in the order given. */
    static List<String> strings(List<Map<String, AttributeValue>> items, String attribute) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(attribute).s()));
        return values;
    }
}
