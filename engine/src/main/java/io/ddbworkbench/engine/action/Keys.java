package io.ddbworkbench.engine.action;

import io.ddbworkbench.engine.error.ApiException;
import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.KeySchema;
import io.ddbworkbench.engine.table.PrimaryKey;

/** Extracting and checking primary keys from requests, with the service's messages. */
public final class Keys {
    private Keys() {
    }

    /** The key of an item being written: every key attribute present, of the declared type. */
    public static PrimaryKey ofItem(KeySchema schema, Item item) {
        AttributeValue partition = item.get(schema.partitionKey().name());
        AttributeValue sort = schema.hasSortKey() ? item.get(schema.sortKey().name()) : null;
        if (partition == null) {
            throw ApiException.validation("One or more parameter values were invalid: Missing the key "
                    + schema.partitionKey().name() + " in the item");
        }
        if (schema.hasSortKey() && sort == null) {
            throw ApiException.validation("One or more parameter values were invalid: Missing the key "
                    + schema.sortKey().name() + " in the item");
        }
        return new PrimaryKey(partition, sort);
    }

    /** The key named by a Key parameter: exactly the key attributes, of the declared types. */
    public static PrimaryKey ofKey(KeySchema schema, Item key) {
        int expected = schema.hasSortKey() ? 2 : 1;
        AttributeValue partition = key.get(schema.partitionKey().name());
        AttributeValue sort = schema.hasSortKey() ? key.get(schema.sortKey().name()) : null;
        if (key.attributes().size() != expected || partition == null || (schema.hasSortKey() && sort == null)
                || partition.type() != schema.partitionKey().type()
                || (sort != null && sort.type() != schema.sortKey().type())) {
            throw ApiException.validation("The provided key element does not match the schema");
        }
        return new PrimaryKey(partition, sort);
    }
}
