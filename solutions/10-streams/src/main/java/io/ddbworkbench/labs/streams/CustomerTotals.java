package io.ddbworkbench.labs.streams;

import static io.ddbworkbench.labs.streams.CustomerTotalsTable.ORDER_COUNT;
import static io.ddbworkbench.labs.streams.CustomerTotalsTable.TOTAL_CENTS;
import static io.ddbworkbench.labs.streams.CustomerTotalsTable.appliedAttribute;
import static io.ddbworkbench.labs.streams.CustomerTotalsTable.comparable;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamRecord;

/**
 * Reference solution of lab 10, Steps 4 to 7: every record becomes one atomic addition to its customer's
 * item, and that same write checks and moves on the order's applied sequence number, so a record delivered
 * again (or an older record of the same order) changes nothing.
 */
public final class CustomerTotals {
    private final DynamoDbClient ddb;
    private final String viewTable;

    public CustomerTotals(DynamoDbClient ddb, String viewTable) {
        this.ddb = ddb;
        this.viewTable = viewTable;
    }

    public void apply(Record record) {
        switch (record.eventName()) {
            case INSERT -> orderPlaced(record.dynamodb());
            case MODIFY -> orderChanged(record.dynamodb());
            case REMOVE -> orderRemoved(record.dynamodb());
            default -> throw new IllegalArgumentException("not a change this view knows: " + record.eventName());
        }
    }

    /** Step 4. */
    private void orderPlaced(StreamRecord change) {
        add(change, change.newImage(), 1, total(change.newImage()));
    }

    /** Step 5: only the difference; a status change adds zero but still marks the record as applied. */
    private void orderChanged(StreamRecord change) {
        add(change, change.newImage(), 0, total(change.newImage()) - total(change.oldImage()));
    }

    /** Step 6: a REMOVE carries only the old image, which is exactly what was counted. */
    private void orderRemoved(StreamRecord change) {
        add(change, change.oldImage(), -1, -total(change.oldImage()));
    }

    /** Step 7: the additions and the applied marker in one UpdateItem, refused for a record seen before. */
    private void add(StreamRecord change, Map<String, AttributeValue> image, long orders, long cents) {
        String orderId = change.keys().get(OrdersTable.ORDER_ID).s();
        try {
            ddb.updateItem(request -> request.tableName(viewTable)
                    .key(Map.of(CustomerTotalsTable.CUSTOMER_ID, image.get(OrdersTable.CUSTOMER_ID)))
                    .updateExpression("SET #applied = :sequence ADD #orders :orders, #cents :cents")
                    .conditionExpression("attribute_not_exists(#applied) OR #applied < :sequence")
                    .expressionAttributeNames(Map.of("#applied", appliedAttribute(orderId),
                            "#orders", ORDER_COUNT, "#cents", TOTAL_CENTS))
                    .expressionAttributeValues(Map.of(
                            ":sequence", AttributeValue.fromS(comparable(change.sequenceNumber())),
                            ":orders", number(orders),
                            ":cents", number(cents))));
        } catch (ConditionalCheckFailedException appliedAlready) {
            // Delivered again: its change is in the totals already.
        }
    }

    private static long total(Map<String, AttributeValue> image) {
        return Long.parseLong(image.get(OrdersTable.TOTAL_CENTS).n());
    }

    private static AttributeValue number(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
