package io.ddbworkbench.labs.batches;

import io.ddbworkbench.toolkit.table.TableAdmin;
import io.ddbworkbench.toolkit.table.TableSpec;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The table this lab loads and reads, and the names of its attributes (given: nothing to do here). One item
 * per product, keyed by its stock-keeping unit, because an import and a shopping basket both know the SKUs.
 *
 * <pre>
 * Sku (S, partition key)   Name (S)   PriceCents (N)   Description (S, up to a few KB)
 * </pre>
 */
public final class ProductsTable {
    public static final String SKU = "Sku";
    public static final String NAME = "Name";
    /** Whole cents. */
    public static final String PRICE_CENTS = "PriceCents";
    /** Free text: most of an item's size, so it decides the write units of a put. */
    public static final String DESCRIPTION = "Description";

    private ProductsTable() {
    }

    /** Creates the table on demand and waits until it can take writes. */
    public static void create(DynamoDbClient ddb, String tableName) {
        new TableAdmin(ddb).create(TableSpec.builder(tableName).partitionKey(SKU, ScalarAttributeType.S).onDemand()
                .build());
    }
}
