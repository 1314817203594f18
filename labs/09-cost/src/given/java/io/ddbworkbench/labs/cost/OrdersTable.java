package io.ddbworkbench.labs.cost;

import io.ddbworkbench.toolkit.table.IndexSpec;
import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The table whose requests this lab measures, and the names of its attributes and indexes (given: nothing to
 * do here). Orders keyed by customer, with two global secondary indexes that every write may also pay for.
 *
 * <pre>
 * CustomerId (S, partition key)   OrderId (S, sort key)   Status (S)   OrderDay (S)   Details (S, the bulk)
 * ByStatus: Status (partition key), projection KEYS_ONLY: a sparse index, only orders with a Status
 * ByDay:    OrderDay (partition key), OrderId (sort key), projection ALL: a full copy of every order
 * </pre>
 */
public final class OrdersTable {
    public static final String CUSTOMER_ID = "CustomerId";
    public static final String ORDER_ID = "OrderId";
    public static final String STATUS = "Status";
    public static final String ORDER_DAY = "OrderDay";
    public static final String DETAILS = "Details";

    public static final String BY_STATUS = "ByStatus";
    public static final String BY_DAY = "ByDay";

    private OrdersTable() {
    }

    /** Creates the table on demand, with both indexes, and waits until it is active. */
    public static void create(DynamoDbClient ddb, String tableName) {
        new TableAdmin(ddb).create(TableSpec.builder(tableName)
                .partitionKey(CUSTOMER_ID, ScalarAttributeType.S)
                .sortKey(ORDER_ID, ScalarAttributeType.S)
                .onDemand()
                .globalIndex(IndexSpec.global(BY_STATUS).partitionKey(STATUS, ScalarAttributeType.S)
                        .projectKeysOnly().build())
                .globalIndex(IndexSpec.global(BY_DAY).partitionKey(ORDER_DAY, ScalarAttributeType.S)
                        .sortKey(ORDER_ID, ScalarAttributeType.S).projectAll().build())
                .build());
    }
}
