package io.ddbworkbench.labs.cost;

import io.ddbworkbench.labkit.NotDoneYet;
import io.ddbworkbench.toolkit.capacity.ReadConsistency;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Measures what requests to the orders table ({@link OrdersTable}) really consume, as DynamoDB reports it:
 * every data request accepts {@code ReturnConsumedCapacity} and then answers with a {@code ConsumedCapacity}.
 * Each method is one step of the lab (README.adoc).
 *
 * <p>The rule of the lab: measure, do not guess. The figures come from the same rules as Step 2, including the
 * writes that secondary indexes add.
 */
public final class CapacityMeter {
    private final DynamoDbClient ddb;
    private final String tableName;

    public CapacityMeter(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /**
     * Step 3: writes the item with one {@code PutItem} and {@code ReturnConsumedCapacity.TOTAL}, and returns the
     * response's {@code consumedCapacity().capacityUnits()}.
     */
    public double put(Map<String, AttributeValue> item) {
        throw new NotDoneYet("Step 3: PutItem with ReturnConsumedCapacity.TOTAL; return the units");
    }

    /**
     * Step 3: reads the item with this key and returns the read units it consumed: a {@code GetItem} with
     * {@code ConsistentRead} false (EVENTUAL) or true (STRONG), or, for TRANSACTIONAL, a {@code TransactGetItems}
     * holding one Get, whose response lists the consumed capacity per table.
     */
    public double get(Map<String, AttributeValue> key, ReadConsistency consistency) {
        throw new NotDoneYet("Step 3: GetItem (or TransactGetItems) with ReturnConsumedCapacity; return the units");
    }

    /**
     * Step 3: reads every order of a customer with one {@code Query} ({@code CustomerId = :id}, consistent read
     * when STRONG) and returns the read units consumed, added up over every page.
     */
    public double queryCustomer(String customerId, ReadConsistency consistency) {
        throw new NotDoneYet("Step 3: Query a customer's orders with ReturnConsumedCapacity; return the units");
    }

    /**
     * Step 3: writes the item inside a {@code TransactWriteItems} (one Put) and returns the write units consumed.
     */
    public double transactPut(Map<String, AttributeValue> item) {
        throw new NotDoneYet("Step 3: TransactWriteItems with one Put and ReturnConsumedCapacity; return the units");
    }

    /**
     * Step 4: writes the item with {@code PutItem} and {@code ReturnConsumedCapacity.INDEXES}, and returns where
     * the units went: {@code consumedCapacity().table().capacityUnits()} for the table, and
     * {@code consumedCapacity().globalSecondaryIndexes()} for each index.
     */
    public WriteCost putWithIndexes(Map<String, AttributeValue> item) {
        throw new NotDoneYet("Step 4: PutItem with ReturnConsumedCapacity.INDEXES; split the units by index");
    }

    /**
     * Step 4: sets an order's {@code Status} with {@code UpdateItem} and {@code ReturnConsumedCapacity.INDEXES},
     * and returns where the units went.
     */
    public WriteCost updateStatus(String customerId, String orderId, String status) {
        throw new NotDoneYet("Step 4: UpdateItem of Status with ReturnConsumedCapacity.INDEXES");
    }
}
