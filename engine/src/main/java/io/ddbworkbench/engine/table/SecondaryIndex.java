package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.storage.ItemStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live copy of one secondary index: entries keyed by the index key followed by the base table key,
 * holding the projected attributes. Items lacking an index key attribute are not indexed (sparse indexes).
 */
public final class SecondaryIndex {
    private final IndexDefinition definition;
    private final KeySchema tableKeySchema;
    private final ItemStore store;

    public SecondaryIndex(IndexDefinition definition, KeySchema tableKeySchema, ItemStore store) {
        this.definition = definition;
        this.tableKeySchema = tableKeySchema;
        this.store = store;
    }

    public IndexDefinition definition() {
        return definition;
    }

    public ItemStore store() {
        return store;
    }

    public String name() {
        return definition.name();
    }

    public KeySchema keySchema() {
        return definition.keySchema();
    }

    /** The entry position for an item, or null when the item does not belong in this index. */
    public OrderedKey entryKey(Item item, PrimaryKey tableKey) {
        PrimaryKey indexKey = definition.keySchema().keyOfOrNull(item);
        if (indexKey == null) {
            return null;
        }
        return entryKey(indexKey, tableKey);
    }

    public static OrderedKey entryKey(PrimaryKey indexKey, PrimaryKey tableKey) {
        int parts = (indexKey.sort() == null ? 0 : 1) + 1 + (tableKey.sort() == null ? 0 : 1);
        AttributeValue[] rest = new AttributeValue[parts];
        int i = 0;
        if (indexKey.sort() != null) {
            rest[i++] = indexKey.sort();
        }
        rest[i++] = tableKey.partition();
        if (tableKey.sort() != null) {
            rest[i] = tableKey.sort();
        }
        return OrderedKey.of(indexKey.partition(), rest);
    }

    /** The attributes of the item this index holds: both keys, plus what the projection names. */
    public Item project(Item item) {
        Projection projection = definition.projection();
        if (projection.type() == ProjectionType.ALL) {
            return item;
        }
        Map<String, AttributeValue> projected = new LinkedHashMap<>();
        for (Map.Entry<String, AttributeValue> attribute : item.attributes().entrySet()) {
            String name = attribute.getKey();
            if (tableKeySchema.isKeyAttribute(name) || definition.keySchema().isKeyAttribute(name)
                    || (projection.type() == ProjectionType.INCLUDE && projection.nonKeyAttributes().contains(name))) {
                projected.put(name, attribute.getValue());
            }
        }
        return Item.wrap(projected);
    }

    /** Brings the index in line with one base-table change. */
    void apply(PrimaryKey tableKey, Item oldItem, Item newItem) {
        OrderedKey oldEntry = oldItem == null ? null : entryKey(oldItem, tableKey);
        OrderedKey newEntry = newItem == null ? null : entryKey(newItem, tableKey);
        if (oldEntry != null && !oldEntry.equals(newEntry)) {
            store.remove(oldEntry);
        }
        if (newEntry != null) {
            store.put(newEntry, project(newItem));
        }
    }
}
