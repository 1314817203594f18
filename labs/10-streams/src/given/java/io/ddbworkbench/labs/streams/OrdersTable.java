package io.ddbworkbench.labs.streams;

import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The source table: one item per order, written by the shop (given: nothing to do here). Its stream is what
 * the lab consumes.
 *
 * <pre>
 * OrderId (S, partition key)   CustomerId (S)   TotalCents (N)   Status (S)
 * </pre>
 */
public final class OrdersTable {
    public static final String ORDER_ID = "OrderId";
    public static final String CUSTOMER_ID = "CustomerId";
    /** Whole cents. */
    public static final String TOTAL_CENTS = "TotalCents";
    /** PLACED, PAID, SHIPPED: changes that leave the customer's totals alone. */
    public static final String STATUS = "Status";

    private OrdersTable() {
    }

    /** Creates the table on demand, without a stream (Step 1 turns one on), and waits until it is ACTIVE. */
    public static void create(DynamoDbClient ddb, String tableName) {
        new TableAdmin(ddb).create(TableSpec.builder(tableName).partitionKey(ORDER_ID, ScalarAttributeType.S)
                .build());
    }
}
