package io.ddbworkbench.engine.table;

import io.ddbworkbench.engine.model.AttributeValue;
import io.ddbworkbench.engine.model.Item;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The size of every item collection of a table with local secondary indexes: per partition key value, the
 * table's items plus their local index entries. Kept up to date on each write so the 10 GB limit can be checked
 * and reported without walking the partition.
 */
final class ItemCollectionSizes {
    private final Collection<SecondaryIndex> localIndexes;
    private final ConcurrentHashMap<AttributeValue, Long> bytesByPartition = new ConcurrentHashMap<>();

    ItemCollectionSizes(Collection<SecondaryIndex> localIndexes) {
        this.localIndexes = localIndexes;
    }

    /** What one item (null: none) adds to its collection: itself and its entry in each local index. */
    long bytesOf(PrimaryKey key, Item item) {
        if (item == null) {
            return 0;
        }
        long bytes = item.size();
        for (SecondaryIndex index : localIndexes) {
            if (index.entryKey(item, key) != null) {
                bytes += index.project(item).size();
            }
        }
        return bytes;
    }

    long sizeOf(AttributeValue partition) {
        return bytesByPartition.getOrDefault(partition, 0L);
    }

    /** Records one item's change; the caller holds the table's write lock. */
    void apply(PrimaryKey key, Item oldItem, Item newItem) {
        long delta = bytesOf(key, newItem) - bytesOf(key, oldItem);
        if (delta != 0) {
            bytesByPartition.merge(key.partition(), delta, (a, b) -> a + b == 0 ? null : a + b);
        }
    }
}
