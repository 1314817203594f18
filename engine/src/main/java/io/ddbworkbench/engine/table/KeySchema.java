package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import java.util.ArrayList;
import java.util.List;

/** A partition key and an optional sort key, for a table or an index. */
public record KeySchema(KeyAttribute partitionKey, KeyAttribute sortKey) {

    public boolean hasSortKey() {
        return sortKey != null;
    }

    /** The key attribute names, partition key first. */
    public List<String> names() {
        List<String> names = new ArrayList<>(2);
        names.add(partitionKey.name());
        if (sortKey != null) {
            names.add(sortKey.name());
        }
        return names;
    }

    public List<KeyAttribute> attributes() {
        return sortKey == null ? List.of(partitionKey) : List.of(partitionKey, sortKey);
    }

    public boolean isKeyAttribute(String name) {
        return partitionKey.name().equals(name) || (sortKey != null && sortKey.name().equals(name));
    }

    /** The item's key, or null when a key attribute is missing or of another type (sparse index). */
    public PrimaryKey keyOfOrNull(Item item) {
        AttributeValue partition = item.get(partitionKey.name());
        if (partition == null || partition.type() != partitionKey.type()) {
            return null;
        }
        AttributeValue sort = null;
        if (sortKey != null) {
            sort = item.get(sortKey.name());
            if (sort == null || sort.type() != sortKey.type()) {
                return null;
            }
        }
        return new PrimaryKey(partition, sort);
    }
}
