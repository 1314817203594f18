package io.ddbworkbench.engine.storage;

import io.ddbworkbench.engine.model.Item;
import io.ddbworkbench.engine.table.OrderedKey;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Ordered item storage for one table or index. Reads may run concurrently with one writer; the engine
 * serialises writers per table. Implementations decide how items are held in memory.
 */
public interface ItemStore {

    Item get(OrderedKey key);

    /** Stores the item, replacing any item at the key. */
    void put(OrderedKey key, Item item);

    /** Removes the item at the key, if there is one. */
    void remove(OrderedKey key);

    /**
     * Entries between two bounds (either may be null for open-ended), ascending or descending. Bounds are
     * exclusive when {@code inclusive} is false, which is how ExclusiveStartKey resumes.
     */
    Iterator<Map.Entry<OrderedKey, Item>> range(OrderedKey from, boolean fromInclusive,
                                                OrderedKey to, boolean toInclusive, boolean descending);

    long itemCount();

    /**
     * Every item in its compact form ({@link ItemCodec}), in storage order; a consistent copy while the caller
     * holds the table's write lock. The durable storage snapshots tables this way: a store that already holds
     * encoded items hands them over without decoding anything, so writers wait only for the copy.
     */
    List<byte[]> encodedItems();

    /** Sum of the stored items' sizes by DynamoDB's rules. */
    long sizeBytes();

    void clear();
}
