package io.ddbworkbench.labs.keys;

import java.util.List;

/**
 * A customer's pending orders and what it cost to find them.
 *
 * @param orders the pending orders of the customer
 * @param itemsRead how many items DynamoDB read to find them (the response's {@code ScannedCount})
 * @param readUnits the read capacity units the query consumed (its {@code ConsumedCapacity})
 */
public record PendingOrders(List<CustomerOrder> orders, int itemsRead, double readUnits) {
    public PendingOrders {
        orders = List.copyOf(orders);
    }
}
