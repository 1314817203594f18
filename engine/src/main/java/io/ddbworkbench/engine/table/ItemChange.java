package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.model.Item;

/**
 * One committed change to one item: what it was and what it is now (null for absent). Streams, the durable
 * log and capacity accounting all consume these.
 *
 * @param byTimeToLive true when the service itself deleted the item because its TTL passed, which stream
 *                     records report as the service's own doing rather than a caller's
 */
public record ItemChange(Table table, PrimaryKey key, Item oldItem, Item newItem, boolean byTimeToLive) {

    /** A change made by a caller's request. */
    public ItemChange(Table table, PrimaryKey key, Item oldItem, Item newItem) {
        this(table, key, oldItem, newItem, false);
    }

    public boolean isInsert() {
        return oldItem == null && newItem != null;
    }

    public boolean isRemove() {
        return oldItem != null && newItem == null;
    }

    public boolean isModify() {
        return oldItem != null && newItem != null;
    }

    /** This change, marked as the TTL process's deletion. */
    ItemChange asTimeToLiveDeletion() {
        return new ItemChange(table, key, oldItem, newItem, true);
    }
}
