package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.model.Item;

/**
 * One committed change to one item: what it was and what it is now (null for absent). Streams, the durable
 * log and capacity accounting all consume these.
 */
public record ItemChange(Table table, PrimaryKey key, Item oldItem, Item newItem) {

    public boolean isInsert() {
        return oldItem == null && newItem != null;
    }

    public boolean isRemove() {
        return oldItem != null && newItem == null;
    }

    public boolean isModify() {
        return oldItem != null && newItem != null;
    }
}
