package io.ddbworkbench.labs.cost;

import static io.ddbworkbench.labs.cost.OrdersTable.CUSTOMER_ID;
import static io.ddbworkbench.labs.cost.OrdersTable.STATUS;

import io.ddbworkbench.toolkit.capacity.ReadConsistency;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reference solution of lab 09, the measurements: every request asks for its consumed capacity, TOTAL when
 * one figure is enough, INDEXES when the question is where the units went.
 */
public final class CapacityMeter {
    private final DynamoDbClient ddb;
    private final String tableName;

    public CapacityMeter(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    /** Step 3. */
    public double put(Map<String, AttributeValue> item) {
        return ddb.putItem(request -> request.tableName(tableName).item(item)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits();
    }

    /** Step 3: a transactional read is a TransactGetItems, whose capacity comes back per table. */
    public double get(Map<String, AttributeValue> key, ReadConsistency consistency) {
        if (consistency == ReadConsistency.TRANSACTIONAL) {
            return ddb.transactGetItems(request -> request
                    .transactItems(item -> item.get(get -> get.tableName(tableName).key(key)))
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                    .consumedCapacity().stream().mapToDouble(ConsumedCapacity::capacityUnits).sum();
        }
        return ddb.getItem(request -> request.tableName(tableName).key(key)
                .consistentRead(consistency == ReadConsistency.STRONG)
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)).consumedCapacity().capacityUnits();
    }

    /** Step 3: each page reports its own capacity; a customer with many orders takes many pages. */
    public double queryCustomer(String customerId, ReadConsistency consistency) {
        return ddb.queryPaginator(request -> request.tableName(tableName)
                        .keyConditionExpression("#customer = :customer")
                        .expressionAttributeNames(Map.of("#customer", CUSTOMER_ID))
                        .expressionAttributeValues(Map.of(":customer", AttributeValue.fromS(customerId)))
                        .consistentRead(consistency == ReadConsistency.STRONG)
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .stream().map(QueryResponse::consumedCapacity).mapToDouble(ConsumedCapacity::capacityUnits).sum();
    }

    /** Step 3. */
    public double transactPut(Map<String, AttributeValue> item) {
        return ddb.transactWriteItems(request -> request
                        .transactItems(write -> write.put(put -> put.tableName(tableName).item(item)))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL))
                .consumedCapacity().stream().mapToDouble(ConsumedCapacity::capacityUnits).sum();
    }

    /** Step 4. */
    public WriteCost putWithIndexes(Map<String, AttributeValue> item) {
        return byIndex(ddb.putItem(request -> request.tableName(tableName).item(item)
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity());
    }

    /** Step 4: Status is a reserved word, and the key of the ByStatus index. */
    public WriteCost updateStatus(String customerId, String orderId, String status) {
        return byIndex(ddb.updateItem(request -> request.tableName(tableName)
                .key(Map.of(CUSTOMER_ID, AttributeValue.fromS(customerId),
                        OrdersTable.ORDER_ID, AttributeValue.fromS(orderId)))
                .updateExpression("SET #status = :status")
                .expressionAttributeNames(Map.of("#status", STATUS))
                .expressionAttributeValues(Map.of(":status", AttributeValue.fromS(status)))
                .returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)).consumedCapacity());
    }

    private static WriteCost byIndex(ConsumedCapacity consumed) {
        Map<String, Double> indexes = new HashMap<>();
        consumed.globalSecondaryIndexes().forEach((index, capacity) -> indexes.put(index, capacity.capacityUnits()));
        return new WriteCost(consumed.table().capacityUnits(), indexes);
    }
}
