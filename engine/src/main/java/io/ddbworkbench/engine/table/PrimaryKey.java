package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values of an item's key attributes. {@code sort} is null for a table without a sort key. */
public record PrimaryKey(AttributeValue partition, AttributeValue sort) {

    /** The storage position of this key: hash of the partition value, then the values themselves. */
    public OrderedKey toOrderedKey() {
        return sort == null ? OrderedKey.of(partition) : OrderedKey.of(partition, sort);
    }

    /** The key as an item holding only the key attributes, as returned in LastEvaluatedKey and friends. */
    public Item toItem(KeySchema schema) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>(4);
        attributes.put(schema.partitionKey().name(), partition);
        if (sort != null) {
            attributes.put(schema.sortKey().name(), sort);
        }
        return Item.wrap(attributes);
    }
}
