package io.ddbworkbench.labs.cost;

import static io.ddbworkbench.labs.cost.OrdersTable.CUSTOMER_ID;
import static io.ddbworkbench.labs.cost.OrdersTable.DETAILS;
import static io.ddbworkbench.labs.cost.OrdersTable.ORDER_DAY;
import static io.ddbworkbench.labs.cost.OrdersTable.ORDER_ID;
import static io.ddbworkbench.labs.cost.OrdersTable.STATUS;

import io.ddbworkbench.toolkit.capacity.ItemSize;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Orders of an exact size, so that the capacity a request should consume is known in advance: the Details
 * attribute is padded until the item measures {@code bytes} by DynamoDB's rules (the toolkit's ItemSize).
 */
final class Orders {
    private Orders() {
    }

    /** An order in no index (no Status, no OrderDay). */
    static Map<String, AttributeValue> plain(String customerId, String orderId, long bytes) {
        return sized(Map.of(CUSTOMER_ID, s(customerId), ORDER_ID, s(orderId)), bytes);
    }

    /** An order in the ByDay index and, when {@code status} is not null, in the ByStatus index too. */
    static Map<String, AttributeValue> indexed(String customerId, String orderId, String status, long bytes) {
        Map<String, AttributeValue> item = new HashMap<>(Map.of(CUSTOMER_ID, s(customerId), ORDER_ID, s(orderId),
                ORDER_DAY, s("2024-12-20")));
        if (status != null) {
            item.put(STATUS, s(status));
        }
        return sized(item, bytes);
    }

    static Map<String, AttributeValue> key(String customerId, String orderId) {
        return Map.of(CUSTOMER_ID, s(customerId), ORDER_ID, s(orderId));
    }

    private static Map<String, AttributeValue> sized(Map<String, AttributeValue> attributes, long bytes) {
        long padding = bytes - ItemSize.of(attributes) - DETAILS.length();
        if (padding < 0) {
            throw new IllegalArgumentException("an order with these attributes is larger than " + bytes + " bytes");
        }
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put(DETAILS, s("d".repeat((int) padding)));
        return Map.copyOf(item);
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }
}
